import { DENSE_SLOT, DenseWeights } from '../perceptron/dense.js';
import { Weights } from '../perceptron/weights.js';
import type { TableShape } from './write-tables.js';

// The reader of write-tables.ts's format. Its loops and the varint reader
// they call live in this one module: under tsx (tests, benchmarks) a call
// into another module goes through an export getter, which cost more than
// the decoding itself.

/** Thrown on data that cannot be a table; the file reader names the file. */
export class TableError extends Error {}

/** Places a table's keys (from `start` of `buf` on) and returns their slots and the position after them. */
function keysOf(buf: Uint8Array, start: number, t: TableShape, table: Int32Array, stride: number): { where: Int32Array; pos: Int32Array } {
  const pos = Int32Array.of(start);
  const where = placeKeys(buf, pos, t.keys, table, stride, t.slots);
  if (pos[0] !== start + t.keyBytes) throw new TableError('truncated or corrupt keys');
  return { where, pos };
}

export function readSparse(buf: Uint8Array, start: number, end: number, classes: number, scale: number, t: TableShape): Weights {
  if (t.pairs >= 1 << 24) throw new TableError('bad table size');
  const table = new Int32Array(t.slots * 2), pairs = new Int32Array(t.pairs);
  const { where, pos } = keysOf(buf, start, t, table, 2);
  let p = 0;
  for (let i = 0; i < t.keys; i++) {
    const c = readVarint(buf, pos);
    if (c > 255 || p + c > t.pairs) throw new TableError('more weights than the header says');
    table[where[i] * 2 + 1] = p | (c << 24);
    for (let j = 0; j < c; j++) {
      const cls = readVarint(buf, pos);
      if (cls >= classes) throw new TableError('a class out of range');
      pairs[p + j] = cls;
    }
    let sum = 0;
    for (let j = 0; j < c - 1; j++) { const w = unzig(readVarint(buf, pos)); pairs[p + j] |= w << 8; sum += w; }
    if (c > 0) pairs[p + c - 1] |= (unzig(readVarint(buf, pos)) - sum) << 8;
    p += c;
  }
  if (p !== t.pairs || pos[0] !== end) throw new TableError('truncated or corrupt');
  return new Weights(classes, table, pairs, scale);
}

export function readDense(buf: Uint8Array, start: number, end: number, classes: number, scale: number, t: TableShape): DenseWeights {
  const table = new Int32Array(t.slots * DENSE_SLOT);
  const { where, pos } = keysOf(buf, start, t, table, DENSE_SLOT);
  for (let i = 0; i < t.keys; i++) {
    const head = readVarint(buf, pos), mask = head & 15;
    if (head > 63 || mask >> classes) throw new TableError('a class out of range');
    const zs = head >> 4;
    let sum = zs === 3 ? unzig(readVarint(buf, pos)) : unzig(zs);
    // The weights but the last non-zero one, then that one from the sum.
    const last = mask === 0 ? -1 : 31 - Math.clz32(mask);
    let w0 = 0, w1 = 0, w2 = 0, w3 = 0;
    if (mask & 1 && last > 0) { w0 = unzig(readVarint(buf, pos)); sum -= w0; }
    if (mask & 2 && last > 1) { w1 = unzig(readVarint(buf, pos)); sum -= w1; }
    if (mask & 4 && last > 2) { w2 = unzig(readVarint(buf, pos)); sum -= w2; }
    if (last === 0) w0 = sum; else if (last === 1) w1 = sum; else if (last === 2) w2 = sum; else if (last === 3) w3 = sum;
    const s = where[i] * DENSE_SLOT;
    table[s + 1] = (w0 & 0xffff) | (w1 << 16);
    table[s + 2] = (w2 & 0xffff) | (w3 << 16);
  }
  if (pos[0] !== end) throw new TableError('truncated or corrupt');
  return new DenseWeights(classes, table, scale);
}

/**
 * Puts the `n` keys coded from `pos[0]` of `buf` on into `table` (`stride`
 * words a slot, the key first, `slots` slots) and returns the slot of each,
 * in file order.
 */
export function placeKeys(buf: Uint8Array, pos: Int32Array, n: number, table: Int32Array, stride: number, slots: number): Int32Array {
  const bits = Math.log2(slots);
  if (!Number.isInteger(bits) || bits < 4 || bits > 28 || n >= slots || table.length !== slots * stride) throw new TableError('bad table size');
  const where = new Int32Array(n);
  let r = 0, last = -1;
  for (let i = 0; i < n; i++) {
    const d = readVarint(buf, pos);
    r += d;
    if ((d === 0 && i > 0) || r > 0xffffffff) throw new TableError('keys out of order');
    const h = ((r >>> (32 - bits)) | (r << bits)) >>> 0;
    const key = (h ^ (h >>> 16)) | 0;
    if (key === 0) throw new TableError('a key of 0');
    const home = r >>> (32 - bits);
    let slot = home > last ? home : last + 1;
    if (slot < slots) last = slot;
    else {
      // Past the end: wrap to the front, as linear probing does.
      slot = 0;
      while (table[slot * stride] !== 0) slot++;
    }
    table[slot * stride] = key;
    where[i] = slot;
  }
  return where;
}

/**
 * Reads the varint at `pos[0]` of `buf` and moves `pos[0]` past it. The
 * position lives in a typed array, not an object field, so that the readers'
 * loops keep it unboxed. Reading past the end gives zeros (undefined bytes
 * count as 0 in bit operations): callers compare the position with the end
 * once, after a whole table, not at every byte.
 */
export function readVarint(buf: Uint8Array, pos: Int32Array): number {
  let at = pos[0];
  let b = buf[at++];
  let v = b & 0x7f;
  if (b >= 0x80) {
    b = buf[at++]; v |= (b & 0x7f) << 7;
    if (b >= 0x80) {
      b = buf[at++]; v |= (b & 0x7f) << 14;
      if (b >= 0x80) {
        b = buf[at++]; v |= (b & 0x7f) << 21;
        if (b >= 0x80) { b = buf[at++]; v = (v >>> 0) + (b & 0x7f) * 0x10000000; }
      }
    }
  }
  pos[0] = at;
  return v;
}

/** The signed value of a zigzag varint. */
export function unzig(v: number): number {
  return (v >>> 1) ^ -(v & 1);
}
