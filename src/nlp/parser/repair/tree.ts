/** What the repairs share: tag sets and the one tree question they ask. */
export const NOMINAL = new Set(['NOUN', 'PROPN']);

export const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Whether `a` is `k` or one of its ancestors. */
export function dominates(head: Int32Array, a: number, k: number): boolean {
  for (let steps = 0; k >= 0 && steps <= head.length; steps++, k = head[k]) if (k === a) return true;
  return false;
}
