import type { NexusDocument } from '../core/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** The nlp stage: tokens and sentences of the kept blocks. */
export function analyze(doc: NexusDocument): NexusDocument {
  const tokens = doc.tokens = [] as NexusDocument['tokens'];
  const blockOfToken: number[] = [];
  doc.blocks.forEach((block, b) => {
    const before = tokens.length;
    tokenize(doc.text, block, tokens);
    for (let i = before; i < tokens.length; i++) blockOfToken.push(b);
  });
  doc.sentences = splitSentences(tokens, doc.blocks, blockOfToken);
  return doc;
}
