import { Lemmatizer } from '../lemma/lemmatizer.js';
import { Parser } from '../parser/parser.js';
import { Tagger } from '../tagger/tagger.js';
import type { DenseWeights } from '../perceptron/dense.js';
import type { Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

/** The trained parts, ready to run. */
export interface NlpModel {
  tagger: Tagger;
  parser: Parser;
  lemmatizer: Lemmatizer;
  /** Tag class names "UPOS XPOS", and each class's UPOS and XPOS. */
  tags: string[];
  upos: string[];
  xpos: string[];
  /** Each tag class's UPOS id (the parser's coarse tags). */
  coarse: Int32Array;
  labels: string[];
  /** Lower-case words known from training. */
  vocab: Set<string>;
  /** What the header says about training and licence. */
  about: Record<string, unknown>;
}

/** The header fields a model file carries beside its weight tables. */
export interface ModelHeader {
  tags: string[];
  labels: string[];
  dict: [string, number][];
  lemmas: [string, string][];
  vocab: string[];
  /** The parser's transition system puts the root after the words (absent: before them). */
  rootLast?: boolean;
  [k: string]: unknown;
}

export function modelFromFile(file: ModelFile): NlpModel {
  const h = file.header as unknown as ModelHeader;
  const vocab = new Set(h.vocab);
  const tagger = new Tagger({ tags: h.tags, first: file.tables.tagFirst as Weights, second: file.tables.tagSecond as Weights, xpos: file.tables.tagXpos as Weights, dict: new Map(h.dict), vocab });
  const parser = new Parser({ labels: h.labels, rootLast: h.rootLast ?? false, moves: file.tables.moves as DenseWeights, arcs: file.tables.arcs as Weights });
  const upos = h.tags.map((t) => t.split(' ')[0]);
  const uposIds = [...new Set(upos)];
  const { tags, labels, dict, lemmas, vocab: words, tables, rootLast, ...about } = h;
  void tags; void labels; void dict; void lemmas; void words; void tables; void rootLast;
  return {
    tagger, parser, lemmatizer: new Lemmatizer(new Map(h.lemmas)),
    tags: h.tags, upos, xpos: h.tags.map((t) => t.split(' ')[1]),
    coarse: Int32Array.from(upos.map((u) => uposIds.indexOf(u))),
    labels: h.labels, vocab, about,
  };
}
