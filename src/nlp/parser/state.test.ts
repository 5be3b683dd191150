import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seeded } from '../perceptron/random.js';
import { moveCost } from './oracle.js';
import { finish } from './parser.js';
import { crossingDependent, projectivize } from './projectivize.js';
import { LEFT, MOVES, ParseState, REDUCE, RIGHT, SHIFT } from './state.js';

// Heads are 1-based with 0 the root; index 0 unused.
const tree = (...heads: number[]) => Int32Array.from([0, ...heads]);

function isProjective(heads: Int32Array): boolean {
  return crossingDependent(heads) < 0;
}

function oneRootedTree(heads: Int32Array): boolean {
  let roots = 0;
  for (let i = 1; i < heads.length; i++) {
    if (heads[i] === 0) roots++;
    // every word reaches the root without a cycle
    let x = i;
    for (let steps = 0; x !== 0; steps++) { if (steps > heads.length || heads[x] < 0) return false; x = heads[x]; }
  }
  return roots === 1;
}

for (const rootLast of [false, true]) {
const root = rootLast ? 'the root last' : 'the root first';

test(`any sequence of valid moves, finished, is one rooted projective tree over every word (${root})`, () => {
  const random = seeded(42);
  for (let trial = 0; trial < 500; trial++) {
    const n = 1 + Math.floor(random() * 14);
    const st = new ParseState(n, rootLast);
    while (!st.done) {
      const valid = [...Array(MOVES).keys()].filter((m) => st.valid(m));
      assert.ok(valid.length > 0, 'a state that is not done has a valid move');
      st.apply(valid[Math.floor(random() * valid.length)], 0);
    }
    finish(st, () => 1);
    assert.ok(oneRootedTree(st.heads), `trial ${trial}: ${Array.from(st.heads).join(',')}`);
    assert.ok(isProjective(st.heads), `trial ${trial}: crossing arcs in ${Array.from(st.heads).join(',')}`);
  }
});

test(`following zero-cost moves rebuilds every projective gold tree exactly (${root})`, () => {
  const random = seeded(7);
  let checked = 0;
  for (let trial = 0; trial < 400; trial++) {
    const n = 2 + Math.floor(random() * 12);
    // a random tree: each word's head is an earlier word or the root, then shuffled positions kept projective by lifting
    const heads = new Int32Array(n + 1);
    const root = 1 + Math.floor(random() * n);
    for (let i = 1; i <= n; i++) heads[i] = i === root ? 0 : root;
    for (let i = 1; i <= n; i++) if (i !== root && random() < 0.6) { const h = 1 + Math.floor(random() * n); if (h !== i && !dominated(heads, i, h)) heads[i] = h; }
    projectivize(heads);
    if (!oneRootedTree(heads)) continue;
    const st = new ParseState(n, rootLast);
    while (!st.done) {
      const move = [...Array(MOVES).keys()].find((m) => st.valid(m) && moveCost(st, m, heads) === 0);
      assert.notEqual(move, undefined, `no zero-cost move for ${Array.from(heads).join(',')}`);
      st.apply(move!, 0);
    }
    finish(st, () => 0);
    assert.deepEqual(Array.from(st.heads).slice(1), Array.from(heads).slice(1));
    checked++;
  }
  assert.ok(checked > 300);
});
}

test('with the root last, the root word is chosen after every word is seen, by a left arc', () => {
  // "Rebels said troops fled": SHIFT Rebels, LEFT (said takes it), SHIFT said,
  // SHIFT troops, LEFT, RIGHT (said -> fled), REDUCE fled, LEFT (the root takes said).
  const st = new ParseState(4, true);
  for (const m of [SHIFT, LEFT, SHIFT, SHIFT, LEFT, RIGHT, REDUCE]) { assert.ok(st.valid(m)); st.apply(m, 0); }
  assert.equal(st.n0, 0, 'only the root is left in the buffer');
  assert.ok(!st.valid(SHIFT) && !st.valid(RIGHT) && !st.valid(REDUCE) && st.valid(LEFT));
  st.apply(LEFT, 5);
  assert.ok(st.done);
  assert.deepEqual(Array.from(st.heads).slice(1), [2, 0, 4, 2]);
  assert.equal(st.labels[2], 5);
});

function dominated(heads: Int32Array, ancestor: number, word: number): boolean {
  for (let x = word, guard = 0; x !== 0 && guard < heads.length; guard++) { if (x === ancestor) return true; x = heads[x]; }
  return false;
}

test('lifting makes a crossing tree projective and keeps every word under the root', () => {
  // "A hearing is scheduled on the issue today" style crossing: 2 -> 5 crosses 3 -> 4's arc
  const heads = tree(2, 3, 0, 7, 3, 7, 3, 2);
  assert.equal(isProjective(tree(2, 0, 2)), true);
  assert.equal(isProjective(heads), false);
  projectivize(heads);
  assert.equal(isProjective(heads), true);
  assert.ok(oneRootedTree(heads));
});
