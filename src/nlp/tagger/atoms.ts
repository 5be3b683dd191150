import { hashString } from '../perceptron/hash.js';
import { isCommonWord } from '../lexicon.js';

/** Per-word atoms, hashed once per sentence and read by every template. */
export const enum A {
  form, lower, suf1, suf2, suf3, suf4, pre1, pre2, pre3, shape, flags,
}
export const ATOMS = 11;

// Padding atoms for positions before the first and after the last word.
const START = hashString('<s>');
const END = hashString('</s>');

/**
 * The word's shape with runs capped at two: "Pakistan" -> "Xxx", "1,494" ->
 * "dd,ddd" -> "dd,dd", "ISKP" -> "XX". It tells names, numbers and acronyms
 * apart for words never seen in training.
 */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && i < 40; i++) {
    const ch = word[i];
    const c = ch.charCodeAt(0);
    let s: string;
    if (c >= 48 && c <= 57) s = 'd';
    else if (ch.toLowerCase() !== ch) s = 'X';
    else if (ch.toUpperCase() !== ch) s = 'x';
    else s = ch;
    if (s === last) { if (++run > 2) continue; } else { last = s; run = 1; }
    out += s;
  }
  return out;
}

function flagsOf(word: string, first: boolean): number {
  let f = 0;
  if (word.includes('-')) f |= 1;
  if (/\d/.test(word)) f |= 2;
  if (first) f |= 4;
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) f |= 8;
  if (word.includes('.')) f |= 16;
  // A capitalised word that is also a common English word may be capitalised
  // only by position or title case: the sharpest cue between PROPN and NOUN
  // for words never seen in training.
  if (isCommonWord(word.toLowerCase())) f |= 32;
  return f + 1;
}

/**
 * The atom standing for a word outside the vocabulary, by the rough shape of
 * its first letters: features of rare words are not kept (they would make
 * the model large and slow, and say little), so unknown words share these.
 */
export function unknownWord(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return UNK_DIGIT;
  const first = word[0], lowerFirst = first.toLowerCase();
  if (first === lowerFirst) return first.toUpperCase() === first ? UNK_OTHER : UNK_LOWER;
  return word.length > 1 && word === word.toUpperCase() ? UNK_CAPS : UNK_TITLE;
}
const UNK_DIGIT = hashString('<unk:d>'), UNK_OTHER = hashString('<unk:o>'), UNK_LOWER = hashString('<unk:x>'), UNK_CAPS = hashString('<unk:XX>'), UNK_TITLE = hashString('<unk:Xx>');

/** Fills `out` (n + 4 rows of ATOMS; two padding rows each side) for the words; `vocab` holds the known lower-case words. */
export function wordAtoms(words: readonly string[], vocab: ReadonlySet<string>, out?: Int32Array): Int32Array {
  const n = words.length;
  const a = paddedAtoms(n, out);
  for (let i = 0; i < n; i++) writeWordAtoms(words[i], i === 0, vocab, a, (i + 2) * ATOMS);
  return a;
}

/** A buffer for the atoms of `n` words (`out` if large enough) with the padding rows filled in. */
export function paddedAtoms(n: number, out?: Int32Array): Int32Array {
  const a = out && out.length >= (n + 4) * ATOMS ? out : new Int32Array((n + 4) * ATOMS);
  for (let p = 0; p < 2; p++) {
    a.fill(START, p * ATOMS, (p + 1) * ATOMS);
    a.fill(END, (n + 2 + p) * ATOMS, (n + 3 + p) * ATOMS);
  }
  return a;
}

/** The atoms of one word (at the start of a sentence or not) into `a` from `base` on. */
export function writeWordAtoms(w: string, first: boolean, vocab: ReadonlySet<string>, a: Int32Array, base: number): void {
  const lower = w.toLowerCase();
  const len = lower.length;
  const known = vocab.has(lower);
  a[base + A.form] = known ? hashString(w) : unknownWord(w);
  a[base + A.lower] = known ? hashString(lower) : a[base + A.form];
  a[base + A.suf1] = hashString(lower.slice(len - 1));
  a[base + A.suf2] = len >= 2 ? hashString(lower.slice(len - 2)) : 1;
  a[base + A.suf3] = len >= 3 ? hashString(lower.slice(len - 3)) : 1;
  a[base + A.suf4] = len >= 4 ? hashString(lower.slice(len - 4)) : 1;
  a[base + A.pre1] = hashString(lower.slice(0, 1));
  a[base + A.pre2] = len >= 2 ? hashString(lower.slice(0, 2)) : 1;
  a[base + A.pre3] = len >= 3 ? hashString(lower.slice(0, 3)) : 1;
  a[base + A.shape] = hashString(shapeOf(w));
  a[base + A.flags] = flagsOf(w, first);
}
