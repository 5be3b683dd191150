import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { triggerLexicon } from './lexicon/load.js';
import { readClaims } from './pipeline.js';
import { RULES } from './rules/registry.js';
import type { ClaimRule } from './rules/types.js';

/**
 * The claims stage: every registered rule over the document's parse (see
 * pipeline.ts), with the trigger lexicon of src/lang/en/triggers. `rules`
 * narrows the registry (the spec runner reads each rule's examples alone).
 */
export function extractClaims(doc: NexusDocument, ctx: { kb: KnowledgeBase; rules?: readonly ClaimRule[] }): NexusDocument {
  doc.claims = readClaims(doc, { kb: ctx.kb, rules: ctx.rules ?? RULES, lexicon: triggerLexicon() });
  return doc;
}
