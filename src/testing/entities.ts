import type { Entity, NexusDocument } from '../core/index.js';
import { recognize } from '../entities/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';
import { testModel } from './model.js';

let kbCache: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded once per test process (it is read-only). */
export function testEntitiesKb(): KnowledgeBase {
  return (kbCache ??= loadKnowledgeBase());
}

/** A text through the parser and the entities stage, as `extract` reads it. */
export function recognizeText(text: string): NexusDocument {
  return recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), testEntitiesKb());
}

/** The entity of the mention that covers the first occurrence of `phrase` in the text, if any. */
export function entityAt(doc: NexusDocument, phrase: string): Entity | undefined {
  const at = doc.text.indexOf(phrase);
  const m = doc.mentions.find((x) => x.start <= at && x.end >= at + phrase.length);
  return m && doc.entities.find((e) => e.id === m.entity);
}
