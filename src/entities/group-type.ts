import type { EntityType, NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Resolved } from './build.js';

/** The type of an entity: the knowledge base's, or the mentions' vote. */
export function groupType(doc: NexusDocument, kb: KnowledgeBase, group: Resolved[]): EntityType | undefined {
  const entryId = group.find((c) => c.kbEntry)?.kbEntry;
  const entry = entryId ? kb.get(entryId) : undefined;
  // A country is one state actor wherever the text names it, as actor, target or place (FORMAT.md, convention 2).
  if (entry) return entry.type;
  const votes = new Map<EntityType, number>();
  for (const c of group) if (c.type) votes.set(c.type, (votes.get(c.type) ?? 0) + (c.type === 'Person' && c.titles.length ? 3 : 1));
  let best: EntityType | undefined;
  for (const [t, v] of votes) if (!best || v > votes.get(best)!) best = t;
  // "AFNM fighters attacked": an organisation that has fighters is an armed group.
  if (best === 'Organization' && group.some((c) => ARMED_MEN.test(doc.tokens[c.last]?.norm ?? ''))) return 'ArmedGroup';
  if (!best && group.some((c) => c.how === 'acronym')) return 'Organization';
  return best;
}

const ARMED_MEN = /^(fighters|militants|gunmen|insurgents|rebels|jihadists|militiamen)$/;
