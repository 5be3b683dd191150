import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDense } from './dense.js';
import { splitDense, splitSparse } from './hot.js';
import { seeded } from './random.js';
import { buildWeights, MAX_FEATURES } from './weights.js';

// `score` probes the hot table, then reads the cold slots and runs of pairs
// in batches before adding them: it must give the sums a feature-by-feature
// lookup gives, hot or cold, present or absent, probe chains included.

/** Random keys (some colliding in their low bits, so that probes run on) and a scattering of absent ones. */
function keys(random: () => number, n: number): number[] {
  const out = new Set<number>();
  while (out.size < n) out.add(random() < 0.3 ? (Math.floor(random() * 64) << 16) | 5 : (Math.floor(random() * 2 ** 32) | 0) || 1);
  return [...out];
}

test('sparse weights score a batch as the sum of each feature looked up alone', () => {
  const random = seeded(7);
  const classes = 9;
  const ks = keys(random, 3000);
  const counts: number[] = [], cls: number[] = [], val: number[] = [];
  const expected = new Map<number, Int32Array>();
  for (const k of ks) {
    const row = new Int32Array(classes);
    const c = 1 + Math.floor(random() * classes);
    for (let j = 0; j < c; j++) { cls.push(j); const v = Math.round((random() - 0.5) * 2000); val.push(v); row[j] = v; }
    counts.push(c);
    expected.set(k, row);
  }
  const w = buildWeights(classes, ks, counts, cls, val);
  const counted = new Map(ks.slice(0, 500).map((k) => [k, 10]));
  const split = splitSparse(w, counted, 256);
  const features = new Int32Array(MAX_FEATURES);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 80);
    const sum = new Int32Array(classes);
    for (let f = 0; f < n; f++) {
      const k = random() < 0.2 ? (Math.floor(random() * 2 ** 31) | 0) || 3 : ks[Math.floor(random() * ks.length)];
      features[f] = k;
      const alone = new Int32Array(classes);
      w.score(Int32Array.of(k), 1, alone);
      for (let c = 0; c < classes; c++) sum[c] += alone[c];
    }
    for (const weights of [w, split]) {
      const out = new Int32Array(classes);
      weights.score(features, n, out);
      assert.deepEqual(out, sum);
    }
  }
  // And feature by feature, hot (the first 500) and cold, the values built.
  for (const k of [...ks.slice(0, 20), ...ks.slice(-20)]) {
    const one = new Int32Array(classes);
    split.score(Int32Array.of(k), 1, one);
    assert.deepEqual(Array.from(one), Array.from(expected.get(k)!, (x) => Math.round(x / w.scale) || 0));
  }
});

test('dense weights score a batch as the sum of each feature looked up alone', () => {
  const random = seeded(11);
  const ks = keys(random, 3000);
  const rows = ks.flatMap(() => [0, 1, 2, 3].map(() => (random() - 0.5) * 10));
  const w = buildDense(4, ks, rows);
  const split = splitDense(w, new Map(ks.slice(0, 400).map((k) => [k, 10])), 256);
  const features = new Int32Array(MAX_FEATURES);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 90);
    const sum = new Int32Array(4);
    for (let f = 0; f < n; f++) {
      const k = random() < 0.2 ? (Math.floor(random() * 2 ** 31) | 0) || 3 : ks[Math.floor(random() * ks.length)];
      features[f] = k;
      const alone = new Int32Array(4);
      w.score(Int32Array.of(k), 1, alone);
      for (let c = 0; c < 4; c++) sum[c] += alone[c];
    }
    for (const weights of [w, split]) {
      const out = new Int32Array(4);
      weights.score(features, n, out);
      assert.deepEqual(out, sum);
    }
  }
  for (const i of [5, 2999]) {
    const one = new Int32Array(4);
    split.score(Int32Array.of(ks[i]), 1, one);
    assert.deepEqual(Array.from(one), rows.slice(4 * i, 4 * i + 4).map((x) => Math.round(x / w.scale) || 0));
  }
});

test('more features than the scratch holds are refused, not miscounted', () => {
  const w = buildDense(4, [1, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.throws(() => w.score(new Int32Array(MAX_FEATURES + 1), MAX_FEATURES + 1, new Int32Array(4)), RangeError);
});
