import { createHash } from 'node:crypto';

/**
 * MinHash over word 4-grams: two documents whose fingerprints agree on most
 * positions share most of their text (a syndicated copy with another
 * headline, a lightly edited republication). Compared when read, so no
 * ingest order or concurrency can miss a pair.
 */
const SIZE = 32;
const SEEDS = Array.from({ length: SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0));

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function fingerprint(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const mins = new Array<number>(SIZE).fill(0xffffffff);
  for (let i = 0; i + 4 <= Math.max(words.length, 4); i++) {
    const h = hash32(words.slice(i, i + 4).join(' '));
    for (let k = 0; k < SIZE; k++) {
      const v = mix(h, SEEDS[k]);
      if (v < mins[k]) mins[k] = v;
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('');
}

/** Estimated Jaccard similarity of two fingerprints' shingle sets. */
export function similarity(a: string, b: string): number {
  if (!a || !b || a.length !== b.length) return 0;
  let same = 0;
  for (let k = 0; k < a.length; k += 8) if (a.slice(k, k + 8) === b.slice(k, k + 8)) same++;
  return same / (a.length / 8);
}

export const NEAR_DUPLICATE = 0.7;

export function shortHash(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
