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
}
