/**
 * Lifts non-projective arcs (Kahane et al. 1998; Nivre and Nilsson 2005
 * without the label encoding): while an arc h -> d crosses another, d is
 * re-attached to its head's head. The arc-eager parser can only build
 * projective trees, so it learns from the nearest projective tree. `heads`
 * is 1-based with 0 the root (index 0 unused) and is changed in place.
 */
export function projectivize(heads: Int32Array): Int32Array {
  for (let guard = 0; guard < heads.length * 2; guard++) {
    const d = crossingDependent(heads);
    if (d < 0) break;
    heads[d] = heads[heads[d]];
  }
  return heads;
}

/** The dependent of the shortest non-projective arc, or -1. */
export function crossingDependent(heads: Int32Array): number {
  let best = -1, bestLen = Infinity;
  for (let d = 1; d < heads.length; d++) {
    const h = heads[d];
    const lo = Math.min(h, d), hi = Math.max(h, d);
    for (let k = lo + 1; k < hi; k++) {
      if (!dominates(heads, h, k)) {
        if (hi - lo < bestLen) { best = d; bestLen = hi - lo; }
        break;
      }
    }
  }
  return best;
}

/** Whether `h` is an ancestor of `k`. */
function dominates(heads: Int32Array, h: number, k: number): boolean {
  for (let x = k, guard = 0; x > 0 && guard < heads.length; guard++) {
    x = heads[x];
    if (x === h) return true;
  }
  return h === 0;
}
