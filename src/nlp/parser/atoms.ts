import { hashString, mix } from '../perceptron/hash.js';
import { unknownWord } from '../tagger/atoms.js';
import type { SentenceAtoms } from './features.js';

const ROOT_W = hashString('<root>'), ROOT_P = 0x7001;

/**
 * The parser's atoms for words and their tag ids (0-based, as the tagger
 * gives them); `coarse` maps a tag id to its UPOS id, which some features use
 * alone because it is more often right than the full tag. Words outside
 * `vocab` share the atoms of unknown words.
 */
export function sentenceAtoms(words: readonly string[], tags: ArrayLike<number>, coarse: ArrayLike<number>, vocab: ReadonlySet<string>): SentenceAtoms {
  return atomsOf(words.length, (i) => wordAtom(words[i], vocab), tags, coarse);
}

/** The lower-case word's atom (the tagger's `A.lower`, which is the same). */
export function wordAtom(word: string, vocab: ReadonlySet<string>): number {
  const lower = word.toLowerCase();
  return vocab.has(lower) ? hashString(lower) : unknownWord(word);
}

/** The parser's atoms of `n` words, given each word's atom (see wordAtom). */
export function atomsOf(n: number, word: (i: number) => number, tags: ArrayLike<number>, coarse: ArrayLike<number>): SentenceAtoms {
  const w = new Int32Array(n + 1), p = new Int32Array(n + 1), wp = new Int32Array(n + 1), u = new Int32Array(n + 1);
  w[0] = ROOT_W; p[0] = ROOT_P; u[0] = ROOT_P; wp[0] = wordTagAtom(ROOT_W, ROOT_P);
  for (let i = 0; i < n; i++) {
    w[i + 1] = word(i);
    p[i + 1] = tags[i] + 1;
    u[i + 1] = coarse[tags[i]] + 1000;
    wp[i + 1] = wordTagAtom(w[i + 1], p[i + 1]);
  }
  return { w, p, wp, u };
}

/** The atom of a word with its tag (the `wp` atoms). */
export function wordTagAtom(word: number, tag: number): number {
  return mix(99, word, tag);
}
