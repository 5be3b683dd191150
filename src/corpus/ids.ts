import { v5 as uuidv5 } from 'uuid';

/**
 * The namespace of the project's content-derived ids. Fixed for good: every
 * store, on any engine and machine, in any arrival order, derives the same
 * actor id from the same key (as OpenCTI derives its ids from canonical fields).
 */
export const NEXUS_NAMESPACE = 'c0c6df89-292a-431e-b960-4241c9720219';

/** The id of a merge key ("kb:<id>", "name:<class>:<norm>", "doc:<document>:<entity>"), and of any actor named after it. */
export function keyId(key: string): string {
  return uuidv5(key, NEXUS_NAMESPACE);
}

const RANK: Record<string, number> = { kb: 0, name: 1, doc: 2 };
const rank = (key: string) => RANK[key.slice(0, key.indexOf(':'))] ?? 3;

/** Orders keys as roots: knowledge-base keys first, then names, then document-only keys; then by code units. */
export function compareKeys(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The key an actor is named after: the first of its keys in `compareKeys`
 * order. It depends only on the set of keys the actor holds, so the id is
 * the same whatever order the documents that brought the keys arrived in.
 */
export function rootKey(keys: Iterable<string>): string {
  let min: string | undefined;
  for (const k of keys) if (min === undefined || compareKeys(k, min) < 0) min = k;
  if (min === undefined) throw new Error('rootKey of no keys');
  return min;
}
