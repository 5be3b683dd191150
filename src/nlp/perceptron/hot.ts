import { DenseWeights } from './dense.js';
import { Weights } from './weights.js';

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
export function hottest(counts: Map<number, number>, size: number): number[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size).map(([k]) => k);
}

export { DenseWeights, Weights };
