import type { KnowledgeBase } from '../kb/index.js';
import { isCountry } from './args/structure.js';
import type { Found } from './find.js';
import type { ClaimRule } from './rules/types.js';

/**
 * A person is a member of the most specific body the text names for them
 * (FORMAT, convention 3): "General X, who heads Niger's junta, the CNSP"
 * makes X a member of the CNSP, and the state the title alone would give
 * (a head of state the knowledge base seats) is then dropped. Only the
 * author's naming yields to a body; a relation the text states is kept.
 */
export function mostSpecific(found: Found[], rules: ReadonlyMap<string, ClaimRule>, kb: KnowledgeBase): Found[] {
  const inBody = new Set<string>();
  for (const f of found) {
    if (f.predicate === 'MEMBER_OF' && f.subject.entity.type === 'Person' && f.object.entity.type === 'StateBody' && !isCountry(f.object.entity, kb)) inBody.add(f.subject.entity.id);
  }
  if (!inBody.size) return found;
  return found.filter((f) => !(f.predicate === 'MEMBER_OF' && rules.get(f.rule)?.naming && inBody.has(f.subject.entity.id) && isCountry(f.object.entity, kb)));
}
