import { DenseWeights, packDense } from './dense.js';
import { packWeights, Weights } from './weights.js';

/** What the tagger and parser need of their weights. */
export interface Scorer {
  score(features: Int32Array, n: number, out: Int32Array): void;
}

/** A scorer that counts how often each feature is looked up (to choose the hot ones). */
export class CountingScorer implements Scorer {
  readonly counts = new Map<number, number>();
  constructor(readonly inner: Scorer) {}
  score(features: Int32Array, n: number, out: Int32Array): void {
    for (let f = 0; f < n; f++) this.counts.set(features[f], (this.counts.get(features[f]) ?? 0) + 1);
    this.inner.score(features, n, out);
  }
}

/** The `size` keys looked up most, most first (ties by key, so the split is reproducible). */
function hottest(counts: Map<number, number>, size: number): number[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size).map(([k]) => k);
}

/** Sparse weights split into a hot table of the most looked-up keys (with or without weights) and a cold one of the rest. */
export function splitSparse(w: Weights, counts: Map<number, number>, size: number): Weights {
  const pairsOf = new Map<number, number[]>();
  for (let s = 0; s < w.table.length; s += 2) {
    if (w.table[s] === 0) continue;
    const info = w.table[s + 1];
    const start = info & 0xffffff;
    pairsOf.set(w.table[s], Array.from(w.pairs.subarray(start, start + (info >>> 24))));
  }
  const hot = hottest(counts, size);
  const hotSet = new Set(hot);
  const build = (keys: number[]) => packWeights(w.classes, keys, keys.map((k) => pairsOf.get(k)?.length ?? 0), Int32Array.from(keys.flatMap((k) => pairsOf.get(k) ?? [])), w.scale);
  const cold = [...pairsOf.keys()].filter((k) => !hotSet.has(k)).sort((a, b) => a - b);
  return build(cold).withHot(build(hot));
}

/** Dense weights split the same way. */
export function splitDense(w: DenseWeights, counts: Map<number, number>, size: number): DenseWeights {
  const { keys, weights } = w.rows();
  const c = w.classes;
  const rowOf = new Map<number, number[]>();
  keys.forEach((k, i) => rowOf.set(k, Array.from(weights.subarray(i * c, (i + 1) * c))));
  const hot = hottest(counts, size);
  const hotSet = new Set(hot);
  const build = (ks: number[]) => packDense(c, ks, ks.flatMap((k) => rowOf.get(k) ?? new Array(c).fill(0)), w.scale);
  const cold = [...rowOf.keys()].filter((k) => !hotSet.has(k)).sort((a, b) => a - b);
  return build(cold).withHot(build(hot));
}

export { DenseWeights, Weights };
