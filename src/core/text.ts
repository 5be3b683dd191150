import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token of the original text; `start`/`end` index the document text. */
export interface Token extends Span {
  text: string;
  /** Lower case with quotes, apostrophes and dashes unified. */
  norm: string;
  /** The norm without accents: what names are matched on. */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** All letters upper case (two or more letters), e.g. "ISKP", "US". */
  caps: boolean;
  /** No white space between this token and the previous one. */
  glued: boolean;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last in the document's token list. */
  first: number;
  last: number;
  /** Index of the block the sentence belongs to. */
  block: number;
  /** The block is a heading or title (no closing punctuation, Title Case likely). */
  heading: boolean;
  /** Index of the first word and one past the last in the document's word list (the parse). */
  wordFirst: number;
  wordLast: number;
}

/**
 * A syntactic word as the UD English treebank defines it ("do" and "n't" in
 * "don't", "Pakistan" and "'s"), with its span, tag, lemma and place in its
 * sentence's dependency tree.
 */
export interface Word extends Span {
  /** The word as written. */
  form: string;
  lemma: string;
  /** Universal part of speech (NOUN, PROPN, VERB, ...). */
  upos: string;
  /** The treebank's own tag (NN, NNP, VBD, ...). */
  xpos: string;
  /** Index of the head word in the document's word list; -1 for the root of its sentence. */
  head: number;
  /** Universal dependency relation with its subtype (nsubj, obl:agent, nmod:poss, ...). */
  deprel: string;
  /** Index of the sentence in the document's sentence list. */
  sentence: number;
}
