import type { PageCheck } from './page-check.js';

/**
 * The weights a linear model reads, stored sparse and packed for the cache:
 * an open-addressing table (linear probing, key 0 empty) of two words per
 * slot, the 32-bit feature key and where its pairs start (low 24 bits) with
 * how many there are (high 8 bits); and the pairs, one 32-bit word each, the
 * class in the low 8 bits and the weight, quantised, in the high 24. Most
 * features speak for a few classes only, so a model stays a few MB; a
 * lookup touches the slot and one run of pairs, which is what makes tagging
 * and parsing fast.
 */
export class Weights {
  readonly mask: number;
  readonly hotMask: number;
  /** Scratch of `score`: the features the hot table lacks, their cold slots. */
  private missKeys = new Int32Array(MAX_FEATURES);
  private misses = new Int32Array(MAX_FEATURES);
  /** What the early reads of `score` summed to, kept so that the compiler cannot drop them. */
  sink = 0;

  constructor(
    readonly classes: number,
    /** Slot table: key, then offset | count << 24. */
    readonly table: Int32Array,
    /** Pairs: class | weight << 8 (weights in units of `scale`). */
    readonly pairs: Int32Array,
    /** The value of one weight unit. */
    readonly scale: number,
    /**
     * The features looked up most often (on the training text), in a small
     * table of their own probed first: they are most lookups, and a small
     * table stays in the cache while the big one would not. Kept here even
     * where they have no weight, so that frequent absent features need no
     * probe of the big table either.
     */
    readonly hotTable: Int32Array = new Int32Array(2),
    readonly hotPairs: Int32Array = new Int32Array(0),
    /** The checksums of the pages the arrays lie in, where they were read from a file and are checked as lookups touch them. */
    readonly check?: PageCheck,
  ) {
    this.mask = (table.length >>> 1) - 1;
    this.hotMask = (hotTable.length >>> 1) - 1;
  }

  /** These weights with a hot table in front. */
  withHot(hot: Weights): Weights {
    return new Weights(this.classes, this.table, this.pairs, this.scale, hot.table, hot.pairs, this.check);
  }

  /** The hot table alone, as weights (for the model file). */
  get hot(): Weights {
    return new Weights(this.classes, this.whole().hotTable, this.hotPairs, this.scale);
  }

  /** These weights with every page checked: for whatever reads the arrays other than `score`. */
  whole(): this {
    this.check?.all();
    return this;
  }

  /** Adds the weights of the first `n` features to `out` (which the caller zeroes), in weight units. */
  score(features: Int32Array, n: number, out: Int32Array): void {
    const { check } = this;
    if (check !== undefined && !check.done) this.checkLookups(check, features, n);
    if (n > MAX_FEATURES) throw new RangeError(`at most ${MAX_FEATURES} features are scored at once, not ${n}`);
    const { table, pairs, mask, hotTable, hotPairs, hotMask, missKeys, misses } = this;
    // The hot table first, which stays in the cache; the features it lacks
    // are noted, their slots in the big table read all together, then
    // probed, and the runs of pairs found read all together before they are
    // added: the fetches from memory overlap instead of each waiting for the
    // last (a probe loop branches on what it read; bare reads of independent
    // addresses are fetched at once). The sums are of integers (modulo 2^32
    // in `out`): the order of the features does not change them.
    let m = 0, sink = 0;
    outer: for (let f = 0; f < n; f++) {
      const key = features[f];
      const h = key ^ (key >>> 16);
      let slot = h & hotMask;
      for (;;) {
        const k = hotTable[slot << 1];
        if (k === key) {
          const info = hotTable[(slot << 1) + 1];
          const s = info & 0xffffff, e = s + (info >>> 24);
          for (let j = s; j < e; j++) { const p = hotPairs[j]; out[p & 0xff] += p >> 8; }
          continue outer;
        }
        if (k === 0) break;
        slot = (slot + 1) & hotMask;
      }
      missKeys[m] = key;
      misses[m++] = h & mask;
    }
    for (let f = 0; f < m; f++) sink ^= table[misses[f] << 1];
    let r = 0;
    for (let f = 0; f < m; f++) {
      const key = missKeys[f];
      let slot = misses[f];
      for (;;) {
        const k = table[slot << 1];
        if (k === key) { misses[r++] = table[(slot << 1) + 1]; break; }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    for (let f = 0; f < r; f++) sink ^= pairs[misses[f] & 0xffffff];
    this.sink = sink;
    for (let f = 0; f < r; f++) {
      const info = misses[f];
      const s = info & 0xffffff, e = s + (info >>> 24);
      for (let j = s; j < e; j++) { const p = pairs[j]; out[p & 0xff] += p >> 8; }
    }
  }

  /** Checks the pages that scoring these features reads: the same probes as `score`, touching each slot and run of pairs first. */
  private checkLookups(check: PageCheck, features: Int32Array, n: number): void {
    const { table, pairs, mask, hotTable, hotPairs, hotMask } = this;
    outer: for (let f = 0; f < n; f++) {
      check.lookup();
      const key = features[f];
      const h = key ^ (key >>> 16);
      for (let slot = h & hotMask; ; slot = (slot + 1) & hotMask) {
        check.touch(hotTable, slot << 1);
        const k = hotTable[slot << 1];
        if (k === key) {
          const info = hotTable[(slot << 1) + 1];
          check.touchRange(hotPairs, info & 0xffffff, (info & 0xffffff) + (info >>> 24));
          continue outer;
        }
        if (k === 0) break;
      }
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        check.touch(table, slot << 1);
        const k = table[slot << 1];
        if (k === key) {
          const info = table[(slot << 1) + 1];
          check.touchRange(pairs, info & 0xffffff, (info & 0xffffff) + (info >>> 24));
          break;
        }
        if (k === 0) break;
      }
    }
  }

  /** Calls `fn` with each key and where its pairs are (in slot order). */
  forEachKey(fn: (key: number, start: number, count: number) => void): void {
    const { table } = this.whole();
    for (let s = 0; s < table.length; s += 2) if (table[s] !== 0) fn(table[s], table[s + 1] & 0xffffff, table[s + 1] >>> 24);
  }

  /** Number of features kept. */
  get size(): number {
    this.whole();
    let n = 0;
    for (let s = 0; s < this.table.length; s += 2) if (this.table[s] !== 0) n++;
    return n;
  }
}

/** The most features `score` takes at once (the tagger's and parser's buffers hold fewer). */
export const MAX_FEATURES = 256;

/**
 * The slot count for `n` keys: a power of two at most 70% full. Fuller
 * tables are smaller, so more of them stays in the CPU cache (the parser's
 * move table at most half full took 64 MB); linear probing still ends most
 * lookups, absent keys included, within a cache line or two.
 */
export function tableSize(n: number): number {
  let size = 16;
  while (size * 0.7 < n) size *= 2;
  return size;
}

// Weights are quantised to 21 bits and a sign, so that the sum of up to 256
// features cannot overflow 32 bits.
const UNITS = (1 << 20) - 1;

/**
 * Builds packed weights from features given as a key and its (class, weight)
 * pairs, the pairs of one feature contiguous and in the order of the keys.
 */
export function buildWeights(classes: number, keys: ArrayLike<number>, counts: ArrayLike<number>, cls: ArrayLike<number>, val: ArrayLike<number>): Weights {
  if (classes > 256) throw new RangeError(`a model has at most 256 classes, not ${classes}`);
  let max = 0;
  for (let i = 0; i < val.length; i++) max = Math.max(max, Math.abs(val[i]));
  const scale = max > 0 ? max / UNITS : 1;
  const pairs = new Int32Array(val.length);
  let kept = 0;
  const keptKeys: number[] = [], keptCounts: number[] = [];
  let j = 0;
  for (let i = 0; i < keys.length; i++) {
    let n = 0;
    for (let e = j + counts[i]; j < e; j++) {
      const q = Math.round(val[j] / scale);
      if (q === 0) continue;
      pairs[kept + n++] = (cls[j] & 0xff) | (q << 8);
    }
    if (n === 0) continue;
    keptKeys.push(keys[i]);
    keptCounts.push(n);
    kept += n;
  }
  return packWeights(classes, keptKeys, keptCounts, pairs.subarray(0, kept), scale);
}

/** Lays out already packed pairs under their keys (also what a model file holds). */
export function packWeights(classes: number, keys: ArrayLike<number>, counts: ArrayLike<number>, pairs: Int32Array, scale: number): Weights {
  const size = tableSize(keys.length);
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  let offset = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] | 0;
    let slot = (key ^ (key >>> 16)) & mask;
    while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
    table[slot << 1] = key;
    table[(slot << 1) + 1] = offset | (counts[i] << 24);
    offset += counts[i];
  }
  if (offset >= 1 << 24) throw new RangeError('too many weights for one table');
  return new Weights(classes, table, Int32Array.from(pairs), scale);
}
