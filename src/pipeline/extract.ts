import type { Clock, Logger, NexusDocument } from '../core/index.js';
import { extractClaims } from '../claims/index.js';
import { recognize } from '../entities/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';

/** What the stages may use: passed in, never global. */
export interface PipelineContext {
  kb: KnowledgeBase;
  clock: Clock;
  logger: Logger;
}

/** Runs nlp, entities and claims over a cleaned document. */
export function extract(doc: NexusDocument, ctx: PipelineContext): NexusDocument {
  analyze(doc);
  recognize(doc, ctx.kb);
  extractClaims(doc, ctx);
  return doc;
}
