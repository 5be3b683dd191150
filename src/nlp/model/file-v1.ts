import { gunzipSync } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DenseWeights, packDense } from '../perceptron/dense.js';
import { packWeights, Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; features: number; pairs: number }

/**
 * Reads the first model file format (until December 2026): gzip of "NXM1",
 * a JSON header, then each table's keys (int32), then for a sparse table
 * the pair counts (uint8) and pairs (int32), for a dense one rows of int16
 * weights, each part padded to 4 bytes; a table's hot part is a table of
 * its own named "name#hot". Kept so that `npm run model:convert` can turn
 * such a file into the current format, and so that one still loads.
 */
export function readModelV1(data: Buffer, file: string): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch (e) {
    throw new NexusError('ModelInvalid', `${file}: not a nexus model (gzip data, but it does not unpack: ${(e as Error).message})`, { subject: file, cause: e });
  }
  if (raw.toString('ascii', 0, 4) !== 'NXM1') throw new NexusError('ModelInvalid', `${file}: not a nexus model (bad magic)`, { subject: file });
  const len = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + len)) as Record<string, unknown> & { tables: TableInfo[] };
  // Copy into an aligned buffer so the typed arrays can view it directly.
  const body = new Uint8Array(raw.length - 8 - align4(len));
  body.set(raw.subarray(8 + align4(len)));
  let at = 0;
  const tables: Record<string, Weights | DenseWeights> = {};
  const truncated = () => new NexusError('ModelInvalid', `${file}: truncated`, { subject: file });
  for (const t of header.tables) {
    if (at + 4 * t.features > body.length) throw truncated();
    const keys = new Int32Array(body.buffer, at, t.features); at += 4 * t.features;
    if (t.kind === 'dense') {
      if (at + 2 * t.classes * t.features > body.length) throw truncated();
      const weights = new Int16Array(body.buffer, at, t.classes * t.features); at += align4(2 * t.classes * t.features);
      tables[t.name] = packDense(t.classes, keys, weights, t.scale);
      continue;
    }
    if (at + align4(t.features) + 4 * t.pairs > body.length) throw truncated();
    const counts = new Uint8Array(body.buffer, at, t.features); at += align4(t.features);
    const pairs = new Int32Array(body.buffer, at, t.pairs); at += 4 * t.pairs;
    tables[t.name] = packWeights(t.classes, keys, counts, pairs, t.scale);
  }
  return { header, tables: joinHot(tables) };
}

/** Puts each "name#hot" table in front of "name" (the layout both formats share). */
export function joinHot(tables: Record<string, Weights | DenseWeights>): Record<string, Weights | DenseWeights> {
  const out = { ...tables };
  for (const name of Object.keys(tables)) {
    if (!name.endsWith('#hot')) continue;
    const base = name.slice(0, -4);
    const cold = out[base], hot = out[name];
    if (cold instanceof Weights && hot instanceof Weights) out[base] = cold.withHot(hot);
    else if (cold instanceof DenseWeights && hot instanceof DenseWeights) out[base] = cold.withHot(hot);
    delete out[name];
  }
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
