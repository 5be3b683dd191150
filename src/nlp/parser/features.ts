import { mix } from '../perceptron/hash.js';
import type { ParseState } from './state.js';

/** Per-word atoms of a sentence: index 0 is the root, 1..n the words. */
export interface SentenceAtoms {
  /** Lower-case word hashes. */
  w: Int32Array;
  /** Tag ids (1-based; the root has its own). */
  p: Int32Array;
  /** Word and tag mixed. */
  wp: Int32Array;
  /** Coarse (UPOS) tag ids. */
  u: Int32Array;
}

export const MAX_PARSE_FEATURES = 96;

// Atoms for "no such word" and for labels not yet assigned.
const NONE_W = 0x5eed, NONE_P = 0x7a9, NO_LABEL = 200;

/**
 * The features of a parser state, after Zhang and Nivre (2011): words and
 * tags of the stack top, the buffer front and the two words after it, their
 * pairs and triples, the distance between stack top and buffer front, the
 * valencies and the label sets of each side, and the heads, leftmost and
 * rightmost dependents (first and second order) with their labels.
 */
export function parseFeatures(st: ParseState, a: SentenceAtoms, out: Int32Array): number {
  const { w, p, wp, u } = a;
  const { heads, labels, left1, left2, right1, right2 } = st;
  const n = st.n;
  const s0 = st.depth > 0 ? st.stack[st.depth - 1] : -1, s1 = st.depth > 1 ? st.stack[st.depth - 2] : -1;
  const n0 = st.n0;
  const n1 = n0 > 0 && n0 + 1 <= n ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= n ? n1 + 1 : -1;
  const s0h = s0 >= 0 ? heads[s0] : -1;
  const s0h2 = s0h >= 0 ? heads[s0h] : -1;
  const s0l = s0 >= 0 ? left1[s0] : -1, s0l2 = s0 >= 0 ? left2[s0] : -1;
  const s0r = s0 >= 0 ? right1[s0] : -1, s0r2 = s0 >= 0 ? right2[s0] : -1;
  const n0l = n0 >= 0 ? left1[n0] : -1, n0l2 = n0 >= 0 ? left2[n0] : -1;
  const S0w = at(w, s0, NONE_W), S0p = at(p, s0, NONE_P), S0wp = at(wp, s0, NONE_W);
  const N0w = at(w, n0, NONE_W), N0p = at(p, n0, NONE_P), N0wp = at(wp, n0, NONE_W);
  const N1w = at(w, n1, NONE_W), N1p = at(p, n1, NONE_P), N2p = at(p, n2, NONE_P);
  const S0hp = at(p, s0h, NONE_P), S0lp = at(p, s0l, NONE_P), S0rp = at(p, s0r, NONE_P), N0lp = at(p, n0l, NONE_P);
  let dist = s0 >= 0 && n0 >= 0 ? st.pos(n0) - s0 : 0;
  if (dist > 5) dist = dist > 10 ? 10 : 6;
  const s0vl = s0 >= 0 ? st.leftCount[s0] : 0, s0vr = s0 >= 0 ? st.rightCount[s0] : 0, n0vl = n0 >= 0 ? st.leftCount[n0] : 0;
  const s0sl = s0 >= 0 ? st.leftLabels[s0] : 0, s0sr = s0 >= 0 ? st.rightLabels[s0] : 0, n0sl = n0 >= 0 ? st.leftLabels[n0] : 0;
  let k = 0;
  // single words
  out[k++] = mix(1, S0wp); out[k++] = mix(2, S0w); out[k++] = mix(3, S0p);
  out[k++] = mix(4, N0wp); out[k++] = mix(5, N0w); out[k++] = mix(6, N0p);
  out[k++] = mix(7, at(wp, n1, NONE_W)); out[k++] = mix(8, N1w); out[k++] = mix(9, N1p);
  out[k++] = mix(10, at(wp, n2, NONE_W)); out[k++] = mix(11, at(w, n2, NONE_W)); out[k++] = mix(12, N2p);
  // pairs
  out[k++] = mix(13, S0wp, N0wp); out[k++] = mix(14, S0wp, N0w); out[k++] = mix(15, S0w, N0wp);
  out[k++] = mix(16, S0wp, N0p); out[k++] = mix(17, S0p, N0wp); out[k++] = mix(18, S0w, N0w);
  out[k++] = mix(19, S0p, N0p); out[k++] = mix(20, N0p, N1p);
  // triples
  out[k++] = mix(21, N0p, N1p, N2p); out[k++] = mix(22, S0p, N0p, N1p);
  out[k++] = mix(23, S0hp, S0p, N0p); out[k++] = mix(24, S0p, S0lp, N0p);
  out[k++] = mix(25, S0p, S0rp, N0p); out[k++] = mix(26, S0p, N0p, N0lp);
  // distance
  out[k++] = mix(27, S0w, dist); out[k++] = mix(28, S0p, dist); out[k++] = mix(29, N0w, dist);
  out[k++] = mix(30, N0p, dist); out[k++] = mix(31, S0w, N0w, dist); out[k++] = mix(32, S0p, N0p, dist);
  // valency
  out[k++] = mix(33, S0w, s0vr); out[k++] = mix(34, S0p, s0vr); out[k++] = mix(35, S0w, s0vl);
  out[k++] = mix(36, S0p, s0vl); out[k++] = mix(37, N0w, n0vl); out[k++] = mix(38, N0p, n0vl);
  // heads and dependents
  out[k++] = mix(39, at(w, s0h, NONE_W)); out[k++] = mix(40, S0hp); out[k++] = mix(41, lab(labels, s0));
  out[k++] = mix(42, at(w, s0l, NONE_W)); out[k++] = mix(43, S0lp); out[k++] = mix(44, lab(labels, s0l));
  out[k++] = mix(45, at(w, s0r, NONE_W)); out[k++] = mix(46, S0rp); out[k++] = mix(47, lab(labels, s0r));
  out[k++] = mix(48, at(w, n0l, NONE_W)); out[k++] = mix(49, N0lp); out[k++] = mix(50, lab(labels, n0l));
  // second order
  const S0h2p = at(p, s0h2, NONE_P), S0l2p = at(p, s0l2, NONE_P), S0r2p = at(p, s0r2, NONE_P), N0l2p = at(p, n0l2, NONE_P);
  out[k++] = mix(51, at(w, s0h2, NONE_W)); out[k++] = mix(52, S0h2p); out[k++] = mix(53, lab(labels, s0h));
  out[k++] = mix(54, at(w, s0l2, NONE_W)); out[k++] = mix(55, S0l2p); out[k++] = mix(56, lab(labels, s0l2));
  out[k++] = mix(57, at(w, s0r2, NONE_W)); out[k++] = mix(58, S0r2p); out[k++] = mix(59, lab(labels, s0r2));
  out[k++] = mix(60, at(w, n0l2, NONE_W)); out[k++] = mix(61, N0l2p); out[k++] = mix(62, lab(labels, n0l2));
  out[k++] = mix(63, S0p, S0lp, S0l2p); out[k++] = mix(64, S0p, S0rp, S0r2p);
  out[k++] = mix(65, S0p, S0hp, S0h2p); out[k++] = mix(66, N0p, N0lp, N0l2p);
  // label sets
  out[k++] = mix(67, S0w, s0sr); out[k++] = mix(68, S0p, s0sr); out[k++] = mix(69, S0w, s0sl);
  out[k++] = mix(70, S0p, s0sl); out[k++] = mix(71, N0w, n0sl); out[k++] = mix(72, N0p, n0sl);
  // the second stack word (arc-eager keeps unattached words below the top)
  const S1p = at(p, s1, NONE_P);
  out[k++] = mix(73, S1p, S0p, N0p); out[k++] = mix(74, at(w, s1, NONE_W), S1p);
  out[k++] = mix(75, st.rooted ? 1 : 2, S0p, N0p);
  // coarse tags: sturdier where the fine tag is wrong
  const S0u = at(u, s0, NONE_P), N0u = at(u, n0, NONE_P), N1u = at(u, n1, NONE_P);
  out[k++] = mix(76, S0u, N0u); out[k++] = mix(77, S0u, N0u, N1u); out[k++] = mix(78, S0w, N0u);
  out[k++] = mix(79, S0u, N0w); out[k++] = mix(80, at(u, s0h, NONE_P), S0u, N0u); out[k++] = mix(81, S0u, at(u, s0l, NONE_P), N0u);
  out[k++] = mix(82, S0u, at(u, s0r, NONE_P), N0u); out[k++] = mix(83, S0u, N0u, at(u, n0l, NONE_P)); out[k++] = mix(84, N0u, N1u, at(u, n2, NONE_P));
  out[k++] = mix(85, S0u, N0u, dist);
  return k;
}

/** The atom of word i, or `none` when there is no such word (-1). */
function at(atoms: Int32Array, i: number, none: number): number {
  return i >= 0 ? atoms[i] : none;
}

function lab(labels: Int32Array, i: number): number {
  return i >= 0 && labels[i] >= 0 ? labels[i] : NO_LABEL;
}
