import { LEFT, REDUCE, RIGHT, SHIFT, type ParseState } from './state.js';

/**
 * The dynamic oracle for arc-eager (Goldberg and Nivre 2012): how many gold
 * arcs a move makes unreachable from the current state, wherever the parser
 * has wandered. Training follows the model's own moves and learns the best
 * move from each state it reaches, so it learns to recover from its errors.
 * `gold` holds the gold head of each word (projective). With the root last
 * (see ParseState), the root is in the buffer, after every word.
 */
export function moveCost(st: ParseState, move: number, gold: Int32Array): number {
  const s0 = st.s0, b = st.b, n = st.n;
  let cost = 0;
  switch (move) {
    case LEFT: {
      // s0 takes b (or the root, last) as head and leaves: its dependents and other head in the buffer are lost.
      for (let k = b; k <= n; k++) if (gold[k] === s0) cost++;
      const h = gold[s0];
      if (h !== st.n0 && st.pos(h) > b) cost++;
      return cost;
    }
    case RIGHT: {
      // b takes s0 as head: its other head (in the stack or buffer) and its dependents in the stack are lost.
      const h = gold[b];
      if (h !== s0 && (st.pos(h) > b || onStack(st, h) && !(h === 0 && st.rooted))) cost++;
      return cost + headlessDependentsOnStack(st, b, gold);
    }
    case REDUCE:
      for (let k = b; k <= n; k++) if (gold[k] === s0) cost++;
      return cost;
    case SHIFT: {
      const h = gold[b];
      if (onStack(st, h) && !(h === 0 && st.rooted)) cost++;
      return cost + headlessDependentsOnStack(st, b, gold);
    }
  }
  return cost;
}

function onStack(st: ParseState, word: number): boolean {
  for (let i = 0; i < st.depth; i++) if (st.stack[i] === word) return true;
  return false;
}

function headlessDependentsOnStack(st: ParseState, head: number, gold: Int32Array): number {
  let n = 0;
  for (let i = 0; i < st.depth; i++) {
    const k = st.stack[i];
    if (k !== 0 && gold[k] === head && st.heads[k] === -1) n++;
  }
  return n;
}
