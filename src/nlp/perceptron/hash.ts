// Feature keys are 32-bit integers mixed from a template id and the ids of
// the atoms (words, tags, labels) it combines: no strings are built per
// feature, which keeps tagging and parsing allocation-free. Keys are signed
// (int32): V8 keeps those in registers, where an unsigned value above 2^31
// becomes a boxed double and makes every lookup slow.

/** FNV-1a over the UTF-16 code units of `s`, as int32, never 0 (0 marks an empty slot). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0 || 1;
}

/** Mixes a template id with up to three atoms into a non-zero int32 key. */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35); h ^= h >>> 13;
  h = Math.imul(h ^ b, 0x85ebca6b); h ^= h >>> 16;
  h = Math.imul(h ^ c, 0xc2b2ae35); h ^= h >>> 15;
  return h | 0 || 1;
}
