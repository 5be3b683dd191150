import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { nameKey } from './build.js';
import { ENTITY_PASSES } from './pipeline.js';
import { EntityState, type EntityPass } from './state.js';

/**
 * The entities stage: runs the named passes (pipeline.ts) over one document,
 * which leaves it with entities, their mentions and role links.
 */
export function recognize(doc: NexusDocument, kb: KnowledgeBase, passes: readonly EntityPass[] = ENTITY_PASSES): NexusDocument {
  const state = new EntityState(doc, kb);
  for (const pass of passes) pass.run(state);
  return doc;
}

export { nameKey };
