/**
 * Keys as the model file stores them: each segment (hot keys, then the
 * rest) ascending as unsigned 32-bit numbers, written as the differences
 * between neighbours in LEB128 varints. A table of a few hundred thousand
 * hashed keys then takes about two bytes a key instead of four, and gzip
 * finds little more to squeeze from random hashes anyway.
 */
export function encodeKeys(keys: Int32Array, segments: readonly number[]): Uint8Array {
  const out = new Uint8Array(keys.length * 5);
  let at = 0, start = 0;
  for (const end of [...segments, keys.length]) {
    let prev = 0;
    for (let i = start; i < end; i++) {
      const k = keys[i] >>> 0;
      if (k < prev) throw new RangeError('keys must ascend within a segment');
      let d = k - prev;
      prev = k;
      while (d >= 0x80) { out[at++] = (d & 0x7f) | 0x80; d = Math.floor(d / 128); }
      out[at++] = d;
    }
    start = end;
  }
  return out.subarray(0, at);
}

/** Reads `n` keys back (segment boundaries as when written); returns the keys and the bytes read. */
export function decodeKeys(bytes: Uint8Array, n: number, segments: readonly number[]): { keys: Int32Array; read: number } {
  const keys = new Int32Array(n);
  let at = 0, i = 0;
  for (const end of [...segments, n]) {
    let prev = 0;
    for (; i < end; i++) {
      let d = 0, shift = 1, b: number;
      do { b = bytes[at++]; d += (b & 0x7f) * shift; shift *= 128; } while (b & 0x80);
      prev += d;
      keys[i] = prev | 0;
    }
  }
  if (at > bytes.length) throw new RangeError('truncated keys');
  return { keys, read: at };
}
