import type { NexusDocument, Word } from '../core/index.js';
import type { NlpModel } from './model/model.js';
import { analyzeWords, spacingTags } from './parse-words.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { tokenizeWords, type WordSpan } from './words/tokenize.js';

/**
 * The nlp stage: tokens and sentences of the kept blocks, then each
 * sentence's words in the treebank's manner, tagged, lemmatised and parsed
 * into one dependency tree (heads are indices into `doc.words`).
 */
export function analyze(doc: NexusDocument, model: NlpModel): NexusDocument {
  const tokens = doc.tokens = [] as NexusDocument['tokens'];
  const blockOfToken: number[] = [];
  doc.blocks.forEach((block, b) => {
    const before = tokens.length;
    tokenize(doc.text, block, tokens);
    for (let i = before; i < tokens.length; i++) blockOfToken.push(b);
  });
  doc.sentences = splitSentences(tokens, doc.blocks, blockOfToken);
  const words: Word[] = doc.words = [];
  const spans: WordSpan[] = [];
  doc.sentences.forEach((sentence, si) => {
    spans.length = 0;
    tokenizeWords(doc.text, sentence, spans);
    const base = words.length;
    sentence.wordFirst = base;
    sentence.wordLast = base + spans.length;
    if (spans.length === 0) return;
    const a = analyzeWords(spans.map((s) => s.form), model, spacingTags(spans));
    for (let i = 0; i < spans.length; i++) {
      const { start, end, form } = spans[i];
      words.push({ start, end, form, lemma: a.lemma[i], upos: a.upos[i], xpos: a.xpos[i], head: a.head[i] < 0 ? -1 : base + a.head[i], deprel: a.deprel[i], sentence: si });
    }
  });
  return doc;
}
