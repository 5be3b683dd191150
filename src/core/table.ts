/**
 * A word table as a Map. Plain objects looked up with arbitrary words are
 * slow (every miss walks the prototype) and wrong ("constructor" is found).
 */
export function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
