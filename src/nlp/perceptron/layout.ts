/**
 * The slot count of an index for `n` keys: a power of two, at most 70%
 * full: small enough for the cache, sparse enough that linear probing
 * mostly stays in one cache line and an absent key (many of a parser's
 * lookups) is known after a few probes.
 */
export function indexSize(n: number): number {
  let size = 16;
  while (size * 0.7 < n) size *= 2;
  return size;
}
