import { indexSize } from './layout.js';
import { orderKeys } from './weights.js';

/**
 * Weights of a model with at most four classes (the parser's moves), dense
 * in the slot itself: two 32-bit words per slot, the key and the four
 * weights as 8-bit codes on a logarithmic scale (`CODE`: small weights keep
 * their precision, large ones their reach; 8 linear bits cost 0.2 UAS on
 * dev, these nothing). A lookup touches one cache line, where sparse pairs
 * would take a second; the moves are scored about 170 times a word.
 *
 * The data are `keys` and `rows` (`classes` codes per key) in the model
 * file's order, the first `hotCount` keys being the most looked-up ones,
 * indexed apart and probed first (see Weights).
 */
export class DenseWeights {
  readonly table: Int32Array;
  readonly hotTable: Int32Array;
  readonly mask: number;
  readonly hotMask: number;

  constructor(readonly classes: number, readonly keys: Int32Array, readonly rows: Int8Array, readonly scale: number, readonly hotCount = 0) {
    if (classes > 4) throw new RangeError(`dense weights hold at most 4 classes, not ${classes}`);
    const n = keys.length;
    this.hotTable = new Int32Array(indexSize(hotCount) * 2);
    this.table = new Int32Array(indexSize(n - hotCount) * 2);
    for (let i = 0; i < n; i++) {
      let packed = 0;
      for (let c = 0; c < classes; c++) packed |= (rows[i * classes + c] & 0xff) << (8 * c);
      const t = i < hotCount ? this.hotTable : this.table;
      const mask = (t.length >>> 1) - 1;
      const key = keys[i];
      let slot = (key ^ (key >>> 16)) & mask;
      while (t[slot << 1] !== 0) slot = (slot + 1) & mask;
      t[slot << 1] = key;
      t[(slot << 1) + 1] = packed;
    }
    this.mask = (this.table.length >>> 1) - 1;
    this.hotMask = (this.hotTable.length >>> 1) - 1;
  }

  score(features: Int32Array, n: number, out: Int32Array): void {
    const { table, mask, hotTable, hotMask } = this;
    const v = CODE;
    outer: for (let f = 0; f < n; f++) {
      const key = features[f];
      const h = key ^ (key >>> 16);
      let slot = h & hotMask;
      for (;;) {
        const k = hotTable[slot << 1];
        if (k === key) {
          const a = hotTable[(slot << 1) + 1];
          out[0] += v[a & 0xff]; out[1] += v[(a >>> 8) & 0xff]; out[2] += v[(a >>> 16) & 0xff]; out[3] += v[a >>> 24];
          continue outer;
        }
        if (k === 0) break;
        slot = (slot + 1) & hotMask;
      }
      slot = h & mask;
      for (;;) {
        const k = table[slot << 1];
        if (k === key) {
          const a = table[(slot << 1) + 1];
          out[0] += v[a & 0xff]; out[1] += v[(a >>> 8) & 0xff]; out[2] += v[(a >>> 16) & 0xff]; out[3] += v[a >>> 24];
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
    for (let i = 0; i < this.keys.length; i++) {
      for (let c = 0; c < this.classes; c++) if (this.rows[i * this.classes + c] !== 0) { n++; break; }
    }
    return n;
  }

  get bytes(): number {
    return this.table.byteLength + this.hotTable.byteLength;
  }

  /** The same weights with `hot` keys first and the rest sorted; rows whose every weight is within `prune` units of zero are dropped (hot keys kept). */
  withHot(hot: readonly number[], prune = 0): DenseWeights {
    const c = this.classes;
    const rowOf = new Map<number, Int8Array>();
    for (let i = 0; i < this.keys.length; i++) {
      const row = this.rows.subarray(i * c, (i + 1) * c);
      if (row.some((x) => Math.abs(CODE[x & 0xff]) > prune)) rowOf.set(this.keys[i], row);
    }
    const order = orderKeys(rowOf.keys(), hot);
    const rows = new Int8Array(order.length * c);
    order.forEach((k, i) => { const r = rowOf.get(k); if (r) rows.set(r, i * c); });
    return new DenseWeights(c, Int32Array.from(order), rows, this.scale, hot.length);
  }
}

// Weights are in units of max/32767; code m (-127..127) stands for
// sign(m) * K * (e^(|m| L / 127) - 1), about 5% apart from one to the next.
const UNITS = 32767, K = 64, L = Math.log(1 + UNITS / K);

/** The weight (in units) of each 8-bit code, by its unsigned byte. */
export const CODE = Int32Array.from({ length: 256 }, (_, b) => {
  const m = (b << 24) >> 24;
  return Math.sign(m) * Math.round(K * (Math.exp((Math.abs(m) * L) / 127) - 1));
});

/** The code nearest a weight in units. */
export function encodeWeight(units: number): number {
  const m = Math.round((Math.log(1 + Math.min(Math.abs(units), UNITS) / K) / L) * 127);
  return units < 0 ? -m : m;
}

/** Quantises float rows (classes per key) to 8-bit codes and lays them out. */
export function buildDense(classes: number, keys: ArrayLike<number>, rows: ArrayLike<number>): DenseWeights {
  let max = 0;
  for (let i = 0; i < rows.length; i++) max = Math.max(max, Math.abs(rows[i]));
  const scale = max > 0 ? max / UNITS : 1;
  const q = new Int8Array(rows.length);
  for (let i = 0; i < rows.length; i++) q[i] = encodeWeight(rows[i] / scale);
  return new DenseWeights(classes, Int32Array.from(keys), q, scale).withHot([]);
}
