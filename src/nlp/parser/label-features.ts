import { mix } from '../perceptron/hash.js';
import type { SentenceAtoms } from './features.js';
import type { ParseState } from './state.js';

export const MAX_LABEL_FEATURES = 48;

const NONE = 0x5eed, NO_LABEL = 200;

/**
 * The features that choose the label of a new arc head -> dep: the two
 * words and tags, direction and distance, the words beside the dependent,
 * the dependents each already has (their tags and labels) and the head's own
 * label. Called when the arc is made, so the dependents known then are the
 * ones seen in training too.
 */
export function labelFeatures(st: ParseState, a: SentenceAtoms, head: number, dep: number, out: Int32Array): number {
  const { w, p, wp } = a;
  const n = st.n;
  const hp = p[head], dp = p[dep], hw = w[head], dw = w[dep];
  const right = dep > head ? 1 : 2;
  let dist = Math.abs(dep - head);
  if (dist > 5) dist = dist > 10 ? 10 : 6;
  const labels = st.labels;
  const dl = st.left1[dep], dr = st.right1[dep];
  const hh = st.heads[head];
  let k = 0;
  out[k++] = mix(101, 0);
  out[k++] = mix(102, hp); out[k++] = mix(103, dp); out[k++] = mix(104, hw); out[k++] = mix(105, dw);
  out[k++] = mix(106, wp[head]); out[k++] = mix(107, wp[dep]);
  out[k++] = mix(108, hp, dp, right); out[k++] = mix(109, hw, dp, right); out[k++] = mix(110, hp, dw, right);
  out[k++] = mix(111, hw, dw, right); out[k++] = mix(112, hp, dp, right * 16 + dist);
  out[k++] = mix(113, dp, P(p, n, dep - 1), P(p, n, dep + 1)); out[k++] = mix(114, hp, P(p, n, head + 1), right);
  out[k++] = mix(115, dp, P(p, n, dl), L(labels, dl)); out[k++] = mix(116, dp, P(p, n, dr), L(labels, dr));
  out[k++] = mix(117, hp, L(labels, head), right); out[k++] = mix(118, hp, P(p, n, hh), right);
  out[k++] = mix(119, dp, st.leftCount[dep], st.rightCount[dep]);
  out[k++] = mix(120, head === 0 ? 1 : 2, dp);
  out[k++] = mix(121, dp, st.leftLabels[dep], st.rightLabels[dep]);
  out[k++] = mix(122, hp, right === 1 ? st.rightLabels[head] : st.leftLabels[head], right);
  out[k++] = mix(123, dw, right); out[k++] = mix(124, hw, right);
  out[k++] = mix(125, hp, dp, P(p, n, dep - 1)); out[k++] = mix(126, hp, dp, P(p, n, dep + 1));
  out[k++] = mix(127, dw, P(p, n, dl)); out[k++] = mix(128, dw, P(p, n, dr));
  const { u } = a;
  const hu = u[head], du = u[dep];
  out[k++] = mix(129, hu, du, right); out[k++] = mix(130, hu, du, right * 16 + dist);
  out[k++] = mix(131, du, W(w, dl)); out[k++] = mix(132, du, W(w, st.left2[dep])); out[k++] = mix(133, hu, du, W(w, dl));
  out[k++] = mix(134, dw, hu, right); out[k++] = mix(135, hw, du, right);
  return k;
}

// Plain functions, not closures: this runs for every arc.
function P(p: Int32Array, n: number, i: number): number {
  return i >= 0 && i <= n ? p[i] : NONE;
}

function L(labels: Int32Array, i: number): number {
  return i >= 0 && labels[i] >= 0 ? labels[i] : NO_LABEL;
}

function W(w: Int32Array, i: number): number {
  return i >= 0 ? w[i] : NONE;
}
