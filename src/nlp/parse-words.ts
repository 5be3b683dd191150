import type { NlpModel } from './model/model.js';
import { atomsOf } from './parser/atoms.js';
import { repairPossessors } from './parser/repair.js';

/** One sentence's analysis, word by word (heads 0-based within the sentence, -1 the root). */
export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array;
  deprel: string[];
}

/** Tags, lemmatises and parses the words of one sentence. */
export function analyzeWords(words: readonly string[], model: NlpModel): SentenceAnalysis {
  const n = words.length;
  const { tagger } = model;
  const tags = tagger.tag(words);
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
  repairPossessors(upos, xpos, head, deprel);
  return { upos, xpos, lemma, head, deprel };
}
