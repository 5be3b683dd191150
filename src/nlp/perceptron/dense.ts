import { tableSize } from './weights.js';

/**
 * Weights of a model with at most four classes (the parser's moves), dense
 * in the slot itself: four 32-bit words per slot, the key and the four
 * weights as 16-bit halves. A lookup touches one cache line, where sparse
 * pairs would take a second; the moves are scored about 170 times a word.
 */
export class DenseWeights {
  readonly mask: number;
  readonly hotMask: number;

  /** `hotTable`: the most looked-up features, probed first (see Weights). */
  constructor(readonly classes: number, readonly table: Int32Array, readonly scale: number, readonly hotTable: Int32Array = new Int32Array(4)) {
    this.mask = (table.length >>> 2) - 1;
    this.hotMask = (hotTable.length >>> 2) - 1;
  }

  withHot(hot: DenseWeights): DenseWeights {
    return new DenseWeights(this.classes, this.table, this.scale, hot.table);
  }

  get hot(): DenseWeights {
    return new DenseWeights(this.classes, this.hotTable, this.scale);
  }

  score(features: Int32Array, n: number, out: Int32Array): void {
    const { table, mask, hotTable, hotMask } = this;
    outer: for (let f = 0; f < n; f++) {
      const key = features[f];
      const h = key ^ (key >>> 16);
      let hs = (h & hotMask) << 2;
      for (;;) {
        const k = hotTable[hs];
        if (k === key) {
          const a = hotTable[hs + 1], b = hotTable[hs + 2];
          out[0] += (a << 16) >> 16; out[1] += a >> 16;
          out[2] += (b << 16) >> 16; out[3] += b >> 16;
          continue outer;
        }
        if (k === 0) break;
        hs = (hs + 4) & (hotMask << 2 | 3);
      }
      let slot = (h & mask) << 2;
      for (;;) {
        const k = table[slot];
        if (k === key) {
          const a = table[slot + 1], b = table[slot + 2];
          out[0] += (a << 16) >> 16; out[1] += a >> 16;
          out[2] += (b << 16) >> 16; out[3] += b >> 16;
          break;
        }
        if (k === 0) break;
        slot = (slot + 4) & (mask << 2 | 3);
      }
    }
  }

  get size(): number {
    let n = 0;
    for (let s = 0; s < this.table.length; s += 4) if (this.table[s] !== 0) n++;
    return n;
  }

  /** Keys and rows (`classes` weight units each), for the model file. */
  rows(): { keys: Int32Array; weights: Int16Array } {
    const keys: number[] = [], weights: number[] = [];
    for (let s = 0; s < this.table.length; s += 4) {
      if (this.table[s] === 0) continue;
      keys.push(this.table[s]);
      const a = this.table[s + 1], b = this.table[s + 2];
      weights.push(...[(a << 16) >> 16, a >> 16, (b << 16) >> 16, b >> 16].slice(0, this.classes));
    }
    return { keys: Int32Array.from(keys), weights: Int16Array.from(weights) };
  }
}

const UNITS = 32767;

/** Lays out keys with their rows of weight units (already quantised). */
export function packDense(classes: number, keys: ArrayLike<number>, weights: ArrayLike<number>, scale: number): DenseWeights {
  if (classes > 4) throw new RangeError(`dense weights hold at most 4 classes, not ${classes}`);
  const size = tableSize(keys.length);
  const table = new Int32Array(size * 4);
  const mask = size - 1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] | 0;
    let slot = (key ^ (key >>> 16)) & mask;
    while (table[slot << 2] !== 0) slot = (slot + 1) & mask;
    const w = (c: number) => (c < classes ? weights[i * classes + c] : 0) & 0xffff;
    table[slot << 2] = key;
    table[(slot << 2) + 1] = w(0) | (w(1) << 16);
    table[(slot << 2) + 2] = w(2) | (w(3) << 16);
  }
  return new DenseWeights(classes, table, scale);
}

/** Quantises float rows (classes per key) to 16-bit units and lays them out. */
export function buildDense(classes: number, keys: ArrayLike<number>, rows: ArrayLike<number>): DenseWeights {
  let max = 0;
  for (let i = 0; i < rows.length; i++) max = Math.max(max, Math.abs(rows[i]));
  const scale = max > 0 ? max / UNITS : 1;
  const q = new Int16Array(rows.length);
  for (let i = 0; i < rows.length; i++) q[i] = Math.round(rows[i] / scale);
  return packDense(classes, keys, q, scale);
}
