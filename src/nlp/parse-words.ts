import type { NlpModel } from './model/model.js';
import { irregularForms } from '../lang/en/index.js';
import { atomsOf } from './parser/atoms.js';
import { repairTree } from './parser/repair/index.js';

/** One sentence's analysis, word by word (heads 0-based within the sentence, -1 the root). */
export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array;
  deprel: string[];
}

/** Tags, lemmatises and parses the words of one sentence; `fixed` tags the text settles (see `spacingTags`). */
export function analyzeWords(words: readonly string[], model: NlpModel, fixed?: readonly (string | undefined)[]): SentenceAnalysis {
  const n = words.length;
  const { tagger } = model;
  const verbForms = irregularVerbForms(words);
  const tags = tagger.tag(words, knownForms(words, model, verbForms, fixed), verbForms);
  // The tagger has hashed the words already: its atoms are the parser's.
  const parse = model.parser.parse(atomsOf(n, (i) => tagger.wordAtom(i), tags, model.coarse), n);
  const upos: string[] = new Array(n), xpos: string[] = new Array(n), lemma: string[] = new Array(n), deprel: string[] = new Array(n);
  const head = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    upos[i] = model.upos[tags[i]];
    xpos[i] = model.xpos[tags[i]];
    lemma[i] = model.lemmatizer.lemma(words[i], upos[i], xpos[i]);
    head[i] = parse.heads[i + 1] - 1;
    deprel[i] = model.labels[parse.labels[i + 1]];
  }
  repairTree(upos, xpos, head, deprel, lemma);
  return { upos, xpos, lemma, head, deprel };
}

const WORDY = /^[\p{L}\p{N}]/u;
const NUMBER = /^\p{N}/u;

/**
 * Tags the spacing of the text settles and the words alone do not. A hyphen
 * glued to a word on each side joins a compound ("Iran-backed", "al-Qaeda"):
 * the treebank tags 803 of 848 such hyphens between words HYPH, while
 * spaced ones are mostly dashes ("," or ":"). Between two numbers it is a
 * range ("1990-95"), left to the tagger.
 */
export function spacingTags(spans: readonly { start: number; end: number; form: string }[]): (string | undefined)[] | undefined {
  let out: (string | undefined)[] | undefined;
  for (let i = 1; i + 1 < spans.length; i++) {
    const [a, h, b] = [spans[i - 1], spans[i], spans[i + 1]];
    if (h.form !== '-' || a.end !== h.start || h.end !== b.start || !WORDY.test(a.form) || !WORDY.test(b.form)) continue;
    if (NUMBER.test(a.form) && NUMBER.test(b.form)) continue;
    (out ??= new Array(spans.length))[i] = 'PUNCT HYPH';
  }
  // An apostrophe glued to a plural and spaced from the next word is its possessive ("the Houthis' committee"),
  // unless a single quotation mark opened before it in the sentence ("the 'rebels' said").
  let opened = false;
  for (let i = 0; i + 1 < spans.length; i++) {
    const [h, b] = [spans[i], spans[i + 1]];
    if (!APOSTROPHE.has(h.form)) continue;
    const a = spans[i - 1];
    const gluedBefore = !!a && a.end === h.start;
    if (!gluedBefore && h.end === b.start) { opened = true; continue; }
    if (opened) { opened = false; continue; }
    if (!gluedBefore || h.end === b.start || !PLURAL_END.test(a.form) || !WORDY.test(b.form)) continue;
    (out ??= new Array(spans.length))[i] = 'PART POS';
  }
  return out;
}

/**
 * Words that only a verb inflects so ("struck", "fought"; not "hit", which
 * is its own base): the tagger may take such a word, seen a few times in
 * the treebank, for a noun after a noun ("the army struck"), and a sentence
 * left with no finite verb then takes it as its verb (see `Tagger.tag`).
 */
function irregularVerbForms(words: readonly string[]): Uint8Array | undefined {
  const irregular = irregularForms();
  let out: Uint8Array | undefined;
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    const lemma = irregular.verb(lower);
    if (lemma && lemma !== lower) (out ??= new Uint8Array(words.length))[i] = 1;
  }
  return out;
}

const APOSTROPHE = new Set(["'", '\u2019']);
/** A word that ends as a plural does ("Houthis", "rebels"), whose possessive is a bare apostrophe. */
const PLURAL_END = /\p{L}[sS]$/u;

/**
 * An inflected form of an irregular verb the treebank never showed
 * ("overran", "outfought") is a verb: the tagger, seeing an unknown word,
 * guesses from its shape and took "overran" for an adjective.
 */
function knownForms(words: readonly string[], model: NlpModel, verbForms: Uint8Array | undefined, fixed?: readonly (string | undefined)[]): readonly (string | undefined)[] | undefined {
  if (!verbForms) return fixed;
  let out: (string | undefined)[] | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!verbForms[i] || fixed?.[i] !== undefined || model.vocab.has(words[i].toLowerCase())) continue;
    (out ??= fixed ? [...fixed] : new Array(words.length))[i] = 'VERB';
  }
  return out ?? fixed;
}
