import { mix } from '../perceptron/hash.js';
import { A, ATOMS } from './atoms.js';

/** The most features one word can have (the buffer size). */
export const MAX_TAG_FEATURES = 40;

/**
 * The tagger's features for word `i`: the word, its affixes and shape, the
 * words around it, the two tags before it and, in the second pass, the two
 * tags after it as the first pass guessed them (a bidirectional reading that
 * a left-to-right tagger otherwise lacks). Tags are 1-based ids; 0 is none.
 */
export function tagFeatures(
  atoms: Int32Array, n: number, i: number,
  p1: number, p2: number, n1: number, n2: number,
  out: Int32Array,
): number {
  // The order of the features is the one the model was trained with (the
  // training sums are floating point, so it decides the last bit).
  let k = ownFeatures(atoms, i, out, 0);
  k = aroundFeatures(atoms, i, p1, p2, out, k);
  k = shapeFlags(atoms, i, out, k);
  return laterFeatures(atoms, n, i, p1, n1, n2, out, k);
}

/**
 * The features of the word alone (its forms, affixes, shape and flags),
 * written from `out[k]` on: the same wherever the word stands (but first),
 * so the tagger scores them once per word type (see Tagger).
 */
export function wordFeatures(atoms: Int32Array, i: number, out: Int32Array, k: number): number {
  return shapeFlags(atoms, i, out, ownFeatures(atoms, i, out, k));
}

/** The features of the word in its place: the words and tags around it (written from `out[k]` on). */
export function contextFeatures(
  atoms: Int32Array, n: number, i: number,
  p1: number, p2: number, n1: number, n2: number,
  out: Int32Array, k: number,
): number {
  return laterFeatures(atoms, n, i, p1, n1, n2, out, aroundFeatures(atoms, i, p1, p2, out, k));
}

function ownFeatures(atoms: Int32Array, i: number, out: Int32Array, k: number): number {
  const w = (i + 2) * ATOMS;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, atoms[w + A.lower]);
  out[k++] = mix(3, atoms[w + A.form]);
  out[k++] = mix(4, atoms[w + A.suf1]);
  out[k++] = mix(5, atoms[w + A.suf2]);
  out[k++] = mix(6, atoms[w + A.suf3]);
  out[k++] = mix(7, atoms[w + A.suf4]);
  out[k++] = mix(8, atoms[w + A.pre1]);
  out[k++] = mix(9, atoms[w + A.pre2]);
  out[k++] = mix(10, atoms[w + A.pre3]);
  out[k++] = mix(11, atoms[w + A.shape]);
  out[k++] = mix(12, atoms[w + A.flags]);
  return k;
}

function shapeFlags(atoms: Int32Array, i: number, out: Int32Array, k: number): number {
  const w = (i + 2) * ATOMS;
  out[k++] = mix(27, atoms[w + A.shape], atoms[w + A.flags]);
  return k;
}

function aroundFeatures(atoms: Int32Array, i: number, p1: number, p2: number, out: Int32Array, k: number): number {
  const w = (i + 2) * ATOMS;
  const prev = w - ATOMS, prev2 = w - 2 * ATOMS, next = w + ATOMS, next2 = w + 2 * ATOMS;
  const lower = atoms[w + A.lower];
  out[k++] = mix(13, atoms[prev + A.lower]);
  out[k++] = mix(14, atoms[next + A.lower]);
  out[k++] = mix(15, atoms[prev2 + A.lower]);
  out[k++] = mix(16, atoms[next2 + A.lower]);
  out[k++] = mix(17, atoms[prev + A.suf3]);
  out[k++] = mix(18, atoms[next + A.suf3]);
  out[k++] = mix(19, atoms[prev + A.shape]);
  out[k++] = mix(20, atoms[next + A.shape]);
  out[k++] = mix(21, p1);
  out[k++] = mix(22, p2);
  out[k++] = mix(23, p1, p2);
  out[k++] = mix(24, p1, lower);
  out[k++] = mix(25, atoms[prev + A.lower], lower);
  out[k++] = mix(26, lower, atoms[next + A.lower]);
  return k;
}

function laterFeatures(atoms: Int32Array, n: number, i: number, p1: number, n1: number, n2: number, out: Int32Array, k: number): number {
  const w = (i + 2) * ATOMS;
  const prev = w - ATOMS, next = w + ATOMS;
  const lower = atoms[w + A.lower];
  out[k++] = mix(28, atoms[next + A.suf2]);
  out[k++] = mix(29, p1, atoms[w + A.suf3]);
  out[k++] = mix(36, atoms[prev + A.flags], atoms[w + A.flags], atoms[next + A.flags]);
  out[k++] = mix(37, p1, atoms[w + A.shape], atoms[w + A.flags]);
  if (n1 >= 0) {
    out[k++] = mix(30, n1);
    out[k++] = mix(31, n2);
    out[k++] = mix(32, n1, n2);
    out[k++] = mix(33, p1, n1);
    out[k++] = mix(34, n1, lower);
    out[k++] = mix(35, n1, atoms[w + A.suf3]);
    out[k++] = mix(38, p1, n1, lower);
    out[k++] = mix(39, n1, atoms[next + A.lower]);
  }
  void n;
  return k;
}

/**
 * The features that choose the treebank tag (XPOS) once the universal tag
 * is known: the word, its affixes and shape, its neighbours' universal tags
 * and words, each with the universal tag ("NOUN" + "-s" is NNS).
 */
export function xposFeatures(atoms: Int32Array, i: number, tags: Int32Array, out: Int32Array): number {
  const w = (i + 2) * ATOMS;
  const n = tags.length;
  // Universal tags as 1-based ids, 0 past the ends.
  const upos = tags[i] + 1, prev = i > 0 ? tags[i - 1] + 1 : 0, next = i + 1 < n ? tags[i + 1] + 1 : 0, prev2 = i > 1 ? tags[i - 2] + 1 : 0;
  let k = 0;
  out[k++] = mix(201, upos);
  out[k++] = mix(202, upos, atoms[w + A.lower]);
  out[k++] = mix(203, upos, atoms[w + A.suf1]);
  out[k++] = mix(204, upos, atoms[w + A.suf2]);
  out[k++] = mix(205, upos, atoms[w + A.suf3]);
  out[k++] = mix(206, upos, atoms[w + A.shape]);
  out[k++] = mix(207, upos, prev);
  out[k++] = mix(208, upos, next);
  out[k++] = mix(209, upos, atoms[w - ATOMS + A.lower]);
  out[k++] = mix(210, upos, atoms[w + ATOMS + A.lower]);
  out[k++] = mix(211, upos, atoms[w + A.flags]);
  out[k++] = mix(212, upos, atoms[w + A.form]);
  // "has been attacked" (VBN) against "attacked" (VBD): auxiliaries up to two words back.
  out[k++] = mix(213, upos, atoms[w - 2 * ATOMS + A.lower]);
  out[k++] = mix(214, upos, prev, next);
  out[k++] = mix(215, upos, prev2, prev);
  out[k++] = mix(216, upos, atoms[w + A.suf4]);
  out[k++] = mix(217, upos, atoms[w - ATOMS + A.lower], atoms[w + A.suf2]);
  return k;
}
