import type { Clock, Logger, NexusDocument } from '../core/index.js';
import { extractClaims } from '../claims/index.js';
import { recognize } from '../entities/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { analyze, type NlpModel } from '../nlp/index.js';
import { platformEntities } from '../entities/passes/platforms.js';
import { recognizeFurniture } from './furniture.js';

/** What the stages may use: passed in, never global. */
export interface PipelineContext {
  kb: KnowledgeBase;
  /** The tagger, lemmatiser and parser. */
  nlp: NlpModel;
  clock: Clock;
  logger: Logger;
}

/**
 * Runs nlp (tokens, sentences, the parse), entities and claims over a cleaned
 * document, then adds the names of its furniture (byline, related links) and
 * the platforms it names ("on Telegram"), last so that they feed no claim and
 * no reference.
 */
export function extract(doc: NexusDocument, ctx: PipelineContext): NexusDocument {
  analyze(doc, ctx.nlp);
  recognize(doc, ctx.kb);
  extractClaims(doc, ctx);
  recognizeFurniture(doc, ctx.kb, ctx.nlp);
  platformEntities(doc, ctx.kb);
  return doc;
}
