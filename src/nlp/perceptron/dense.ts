import type { PageCheck } from './page-check.js';
import { MAX_FEATURES, tableSize } from './weights.js';

/** 32-bit words per slot: the key, then the four 16-bit weights in two words. */
export const DENSE_SLOT = 3;

/**
 * Weights of a model with at most four classes (the parser's moves), dense
 * in the slot itself: three 32-bit words per slot, the key and the four
 * weights as 16-bit halves. A lookup touches one cache line (rarely two),
 * where sparse pairs would take a second; the moves are scored about 170
 * times a word. Three words, not four, keep the table a quarter smaller.
 */
export class DenseWeights {
  readonly mask: number;
  readonly hotMask: number;
  /** Scratch of `score`: the features the hot table lacks, their cold slots. */
  private missKeys = new Int32Array(MAX_FEATURES);
  private misses = new Int32Array(MAX_FEATURES);
  /** What the early reads of `score` summed to, kept so that the compiler cannot drop them. */
  sink = 0;

  /** `hotTable`: the most looked-up features, probed first; `check`: the pages' checksums, checked as lookups touch them (see Weights). */
  constructor(readonly classes: number, readonly table: Int32Array, readonly scale: number, readonly hotTable: Int32Array = new Int32Array(DENSE_SLOT), readonly check?: PageCheck) {
    this.mask = table.length / DENSE_SLOT - 1;
    this.hotMask = hotTable.length / DENSE_SLOT - 1;
  }

  withHot(hot: DenseWeights): DenseWeights {
    return new DenseWeights(this.classes, this.table, this.scale, hot.table, this.check);
  }

  get hot(): DenseWeights {
    return new DenseWeights(this.classes, this.whole().hotTable, this.scale);
  }

  /** These weights with every page checked: for whatever reads the table other than `score`. */
  whole(): this {
    this.check?.all();
    return this;
  }

  score(features: Int32Array, n: number, out: Int32Array): void {
    const { check } = this;
    if (check !== undefined && !check.done) this.checkLookups(check, features, n);
    const { table, mask, hotTable, hotMask } = this;
    const end = table.length, hotEnd = hotTable.length;
    if (n > MAX_FEATURES) throw new RangeError(`at most ${MAX_FEATURES} features are scored at once, not ${n}`);
    let o0 = 0, o1 = 0, o2 = 0, o3 = 0;
    // The hot table first, which stays in the cache; the features it lacks
    // are noted and their slots in the big table read all together before
    // any is probed, so that the fetches from memory overlap (a probe loop
    // branches on what it read, so each miss waited for the one before; bare
    // reads of independent addresses are fetched at once).
    const misses = this.misses, missKeys = this.missKeys;
    let m = 0, sink = 0;
    outer: for (let f = 0; f < n; f++) {
      const key = features[f];
      const h = key ^ (key >>> 16);
      let s = (h & hotMask) * DENSE_SLOT;
      for (;;) {
        const k = hotTable[s];
        if (k === key) {
          const a = hotTable[s + 1], b = hotTable[s + 2];
          o0 += (a << 16) >> 16; o1 += a >> 16; o2 += (b << 16) >> 16; o3 += b >> 16;
          continue outer;
        }
        if (k === 0) break;
        s += DENSE_SLOT;
        if (s === hotEnd) s = 0;
      }
      missKeys[m] = key;
      misses[m++] = h & mask;
    }
    for (let f = 0; f < m; f++) sink ^= table[misses[f] * DENSE_SLOT];
    this.sink = sink;
    for (let f = 0; f < m; f++) {
      const key = missKeys[f];
      let s = misses[f] * DENSE_SLOT;
      for (;;) {
        const k = table[s];
        if (k === key) {
          const a = table[s + 1], b = table[s + 2];
          o0 += (a << 16) >> 16; o1 += a >> 16; o2 += (b << 16) >> 16; o3 += b >> 16;
          break;
        }
        if (k === 0) break;
        s += DENSE_SLOT;
        if (s === end) s = 0;
      }
    }
    out[0] += o0; out[1] += o1; out[2] += o2; out[3] += o3;
  }

  /** Checks the pages that scoring these features reads: the same probes as `score` (a slot may straddle two pages). */
  private checkLookups(check: PageCheck, features: Int32Array, n: number): void {
    const { table, mask, hotTable, hotMask } = this;
    const end = table.length, hotEnd = hotTable.length;
    outer: for (let f = 0; f < n; f++) {
      check.lookup();
      const key = features[f];
      const h = key ^ (key >>> 16);
      for (let s = (h & hotMask) * DENSE_SLOT; ; s = s + DENSE_SLOT === hotEnd ? 0 : s + DENSE_SLOT) {
        check.touchRange(hotTable, s, s + DENSE_SLOT);
        const k = hotTable[s];
        if (k === key) continue outer;
        if (k === 0) break;
      }
      for (let s = (h & mask) * DENSE_SLOT; ; s = s + DENSE_SLOT === end ? 0 : s + DENSE_SLOT) {
        check.touchRange(table, s, s + DENSE_SLOT);
        const k = table[s];
        if (k === key || k === 0) break;
      }
    }
  }

  get size(): number {
    this.whole();
    let n = 0;
    for (let s = 0; s < this.table.length; s += DENSE_SLOT) if (this.table[s] !== 0) n++;
    return n;
  }

  /** Keys and rows (`classes` weight units each), in slot order, for the model file. */
  rows(): { keys: Int32Array; weights: Int16Array } {
    this.whole();
    const keys: number[] = [], weights: number[] = [];
    for (let s = 0; s < this.table.length; s += DENSE_SLOT) {
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
  const table = new Int32Array(size * DENSE_SLOT);
  const mask = size - 1;
  const row = [0, 0, 0, 0];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] | 0;
    let slot = (key ^ (key >>> 16)) & mask;
    while (table[slot * DENSE_SLOT] !== 0) slot = (slot + 1) & mask;
    for (let c = 0; c < 4; c++) row[c] = c < classes ? weights[i * classes + c] & 0xffff : 0;
    table[slot * DENSE_SLOT] = key;
    table[slot * DENSE_SLOT + 1] = row[0] | (row[1] << 16);
    table[slot * DENSE_SLOT + 2] = row[2] | (row[3] << 16);
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
