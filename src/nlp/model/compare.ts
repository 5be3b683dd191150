import { DenseWeights } from '../perceptron/dense.js';
import type { Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

/**
 * Where two models' weights differ, or undefined when every table gives
 * every key (hot or not) the same scores and has the same hot keys: what
 * makes a converted model parse exactly as the original. The header is
 * compared too, but for the file's own fields (format, table shapes).
 */
export function modelDifference(a: ModelFile, b: ModelFile): string | undefined {
  const strip = (h: Record<string, unknown>) => JSON.stringify({ ...h, format: undefined, tables: undefined });
  if (strip(a.header) !== strip(b.header)) return 'the headers differ';
  const names = Object.keys(a.tables).sort();
  if (names.join() !== Object.keys(b.tables).sort().join()) return 'the tables differ';
  for (const name of names) {
    const x = a.tables[name], y = b.tables[name];
    if (x.classes !== y.classes || x.scale !== y.scale) return `${name}: classes or scale differ`;
    const hotX = keysOf(x.hot), hotY = keysOf(y.hot);
    if (hotX.join() !== hotY.join()) return `${name}: the hot keys differ`;
    const keys = [...new Set([...hotX, ...keysOf(x), ...keysOf(y)])];
    const one = new Int32Array(1), sx = new Int32Array(256), sy = new Int32Array(256);
    for (const k of keys) {
      one[0] = k;
      sx.fill(0); sy.fill(0);
      x.score(one, 1, sx);
      y.score(one, 1, sy);
      for (let c = 0; c < x.classes; c++) if (sx[c] !== sy[c]) return `${name}: key ${k} scores class ${c} ${sx[c]} against ${sy[c]}`;
    }
  }
  return undefined;
}

function keysOf(w: Weights | DenseWeights): number[] {
  const step = w instanceof DenseWeights ? 3 : 2;
  const out: number[] = [];
  const { table } = w.whole();
  for (let s = 0; s < table.length; s += step) if (table[s] !== 0) out.push(table[s]);
  return out.sort((p, q) => p - q);
}
