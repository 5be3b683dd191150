import { indexSize } from './layout.js';

/**
 * The weights a linear model reads, sparse: each feature key has a run of
 * (class, weight) pairs, one 16-bit word each, the class in the low byte and
 * the weight, quantised to 8 bits and a sign, in the high byte (8 bits cost
 * nothing measurable on dev and halve the cache a lookup touches).
 *
 * The data are three arrays in one order, which is also the model file's:
 * `keys`, `counts` (pairs per key) and `pairs`. The first `hotCount` keys
 * are the features looked up most often on the training text: they get an
 * index of their own, probed first, small enough to stay in the CPU cache,
 * and their pairs come first too. Hot keys are kept even where they have no
 * weight, so that a frequent absent feature needs no probe of the big index.
 * The indexes are open-addressing tables (linear probing, key 0 empty) of two
 * words per slot: the key and where its pairs start (low 24 bits) with how
 * many there are (high 8 bits).
 */
export class Weights {
  readonly table: Int32Array;
  readonly hotTable: Int32Array;
  readonly mask: number;
  readonly hotMask: number;

  constructor(
    readonly classes: number,
    readonly keys: Int32Array,
    readonly counts: Uint8Array,
    readonly pairs: Int16Array,
    /** The value of one weight unit. */
    readonly scale: number,
    readonly hotCount = 0,
  ) {
    if (classes > 256) throw new RangeError(`a model has at most 256 classes, not ${classes}`);
    if (pairs.length >= 1 << 24) throw new RangeError('too many weights for one table');
    const n = keys.length;
    this.hotTable = new Int32Array(indexSize(hotCount) * 2);
    this.table = new Int32Array(indexSize(n - hotCount) * 2);
    let offset = 0;
    for (let i = 0; i < n; i++) {
      insert(i < hotCount ? this.hotTable : this.table, keys[i], offset | (counts[i] << 24));
      offset += counts[i];
    }
    this.mask = (this.table.length >>> 1) - 1;
    this.hotMask = (this.hotTable.length >>> 1) - 1;
  }

  /** Adds the weights of the first `n` features to `out` (which the caller zeroes), in weight units. */
  score(features: Int32Array, n: number, out: Int32Array): void {
    const { table, pairs, mask, hotTable, hotMask } = this;
    outer: for (let f = 0; f < n; f++) {
      const key = features[f];
      const h = key ^ (key >>> 16);
      let slot = h & hotMask;
      for (;;) {
        const k = hotTable[slot << 1];
        if (k === key) {
          const info = hotTable[(slot << 1) + 1];
          const s = info & 0xffffff, e = s + (info >>> 24);
          for (let j = s; j < e; j++) { const p = pairs[j]; out[p & 0xff] += p >> 8; }
          continue outer;
        }
        if (k === 0) break;
        slot = (slot + 1) & hotMask;
      }
      slot = h & mask;
      for (;;) {
        const k = table[slot << 1];
        if (k === key) {
          const info = table[(slot << 1) + 1];
          const s = info & 0xffffff, e = s + (info >>> 24);
          for (let j = s; j < e; j++) { const p = pairs[j]; out[p & 0xff] += p >> 8; }
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  /** Number of features with a weight. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] > 0) n++;
    return n;
  }

  /** Bytes the indexes and pairs take in memory. */
  get bytes(): number {
    return this.table.byteLength + this.hotTable.byteLength + this.pairs.byteLength;
  }

  /** The pairs of each key, by key (to re-order the table). */
  byKey(): Map<number, Int16Array> {
    const out = new Map<number, Int16Array>();
    let offset = 0;
    for (let i = 0; i < this.keys.length; i++) { out.set(this.keys[i], this.pairs.subarray(offset, offset + this.counts[i])); offset += this.counts[i]; }
    return out;
  }

  /** The same weights with `hot` keys first (in that order) and the rest sorted. */
  withHot(hot: readonly number[]): Weights {
    const rows = this.byKey();
    const order = orderKeys(rows.keys(), hot);
    const none = new Int16Array(0);
    const counts = Uint8Array.from(order, (k) => rows.get(k)?.length ?? 0);
    const pairs = new Int16Array(counts.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const k of order) { const r = rows.get(k) ?? none; pairs.set(r, at); at += r.length; }
    return new Weights(this.classes, Int32Array.from(order), counts, pairs, this.scale, hot.length);
  }
}

/** `hot` first, then the other keys, each part in ascending (unsigned) order, which the model file codes well. */
export function orderKeys(keys: Iterable<number>, hot: readonly number[]): number[] {
  const hotSet = new Set(hot);
  const up = (a: number, b: number) => (a >>> 0) - (b >>> 0);
  return [...[...hotSet].sort(up), ...[...keys].filter((k) => !hotSet.has(k)).sort(up)];
}

/** Puts key -> value into an index of two words per slot. */
function insert(table: Int32Array, key: number, value: number): void {
  const mask = (table.length >>> 1) - 1;
  let slot = (key ^ (key >>> 16)) & mask;
  while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
  table[slot << 1] = key;
  table[(slot << 1) + 1] = value;
}

const UNITS = 127;

/**
 * Builds weights from features given as a key and its (class, weight)
 * pairs, the pairs of one feature contiguous and in the order of the keys;
 * pairs that quantise to zero are dropped, and keys left without any.
 */
export function buildWeights(classes: number, keys: ArrayLike<number>, counts: ArrayLike<number>, cls: ArrayLike<number>, val: ArrayLike<number>): Weights {
  let max = 0;
  for (let i = 0; i < val.length; i++) max = Math.max(max, Math.abs(val[i]));
  const scale = max > 0 ? max / UNITS : 1;
  const pairs = new Int16Array(val.length);
  const keptKeys: number[] = [], keptCounts: number[] = [];
  let kept = 0, j = 0;
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
  return new Weights(classes, Int32Array.from(keptKeys), Uint8Array.from(keptCounts), pairs.slice(0, kept), scale).withHot([]);
}
