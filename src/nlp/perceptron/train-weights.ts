import { buildDense, type DenseWeights } from './dense.js';
import { buildWeights, type Weights } from './weights.js';

/**
 * Averaged-perceptron weights while training: current weights plus the
 * time-weighted sum of updates, so that the average over all steps is
 * `w - u / t` at the end (Daumé's trick) without touching every weight at
 * every step.
 */
export class TrainWeights {
  private keys: Int32Array;
  private w: Float32Array;
  private u: Float64Array;
  private used = 0;
  /** Training instances seen: the clock of the average. */
  time = 1;

  constructor(readonly classes: number, capacity = 1 << 16) {
    this.keys = new Int32Array(capacity);
    this.w = new Float32Array(capacity * classes);
    this.u = new Float64Array(capacity * classes);
  }

  score(features: Int32Array, n: number, out: Float32Array): void {
    const { keys, w, classes } = this;
    const mask = keys.length - 1;
    for (let f = 0; f < n; f++) {
      const key = features[f];
      let slot = (key ^ (key >>> 16)) & mask;
      for (;;) {
        const k = keys[slot];
        if (k === key) {
          const base = slot * classes;
          for (let c = 0; c < classes; c++) out[c] += w[base + c];
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  /** Adds `delta` to class `cls` of every feature. */
  update(features: Int32Array, n: number, cls: number, delta: number): void {
    const t = this.time;
    for (let f = 0; f < n; f++) {
      const i = this.slotFor(features[f]) * this.classes + cls;
      this.w[i] += delta;
      this.u[i] += t * delta;
    }
  }

  private slotFor(key: number): number {
    if (this.used * 2 >= this.keys.length) this.grow();
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return slot;
      if (k === 0) { keys[slot] = key; this.used++; return slot; }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, w, u, classes } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.w = new Float32Array(size * classes);
    this.u = new Float64Array(size * classes);
    this.used = 0;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const to = this.slotFor(keys[s]) * classes;
      for (let c = 0; c < classes; c++) { this.w[to + c] = w[s * classes + c]; this.u[to + c] = u[s * classes + c]; }
    }
  }

  /**
   * The averaged weights, keeping only the (feature, class) weights above
   * `prune` in magnitude: rare features and classes a feature never speaks
   * for cost memory and cache without moving a decision.
   */
  average(prune = 0): Weights {
    const { keys, w, u, classes, time } = this;
    const outKeys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const val: number[] = [];
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      let n = 0;
      for (let c = 0; c < classes; c++) {
        const i = s * classes + c;
        const avg = w[i] - u[i] / time;
        if (Math.abs(avg) <= prune) continue;
        cls.push(c);
        val.push(avg);
        n++;
      }
      if (n === 0) continue;
      outKeys.push(keys[s]);
      counts.push(n);
    }
    return buildWeights(classes, outKeys, counts, cls, val);
  }

  /** The averaged weights as dense rows (models of at most four classes), dropping rows whose every weight is within `prune` of zero. */
  averageDense(prune = 0): DenseWeights {
    const { keys, w, u, classes, time } = this;
    const outKeys: number[] = [];
    const rows: number[] = [];
    const row = new Float64Array(classes);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      let big = false;
      for (let c = 0; c < classes; c++) {
        const i = s * classes + c;
        row[c] = w[i] - u[i] / time;
        if (Math.abs(row[c]) > prune) big = true;
      }
      if (!big) continue;
      outKeys.push(keys[s]);
      for (let c = 0; c < classes; c++) rows.push(row[c]);
    }
    return buildDense(classes, outKeys, rows);
  }
}
