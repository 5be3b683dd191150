import type { EntityType, NexusDocument, Token } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Resolved } from './build.js';
import type { Candidate } from './candidates.js';
import { TRAILING_PLACE } from './classify.js';
import { isPossessive } from './metonyms.js';

/** The type of an entity: the knowledge base's, a country read as a place, or the mentions' vote. */
export function groupType(doc: NexusDocument, kb: KnowledgeBase, group: Resolved[], startsAt: (token: number) => Resolved | undefined = () => undefined): EntityType | undefined {
  const entryId = group.find((c) => c.kbEntry)?.kbEntry;
  const entry = entryId ? kb.get(entryId) : undefined;
  if (entry) {
    // A country owning one of its bodies acts ("Myanmar's State Administration Council"); "Mexico's cartels" is a place's.
    const owns = (c: Resolved) => {
      const o = isPossessive(doc.tokens[c.last]) ? startsAt(c.last + 1) : undefined;
      const t = o?.kbEntry ? kb.get(o.kbEntry)?.type : o?.type;
      return t === 'StateBody' || t === 'Organization';
    };
    if (entry.kind === 'country' && group.every((c) => c.how !== 'demonym' && placeUse(doc, c) && !owns(c))) return 'Location';
    return entry.type;
  }
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

const COUNTRY_AS_PLACE = new Set(['in', 'into', 'inside', 'across', 'throughout', 'within', 'near', 'at', 'towards', 'toward', 'entered', 'reached', 'crossed', 'fled']);

/** A country named as a place: "in Afghanistan", "Afghanistan's Kunar province", "into Bangladesh". */
function placeUse(doc: NexusDocument, c: Candidate): boolean {
  const { tokens } = doc;
  const s = doc.sentences[c.sentence];
  let k = c.first - 1;
  while (k > s.first && tokens[k].kind === 'word' && !tokens[k].upper && /^(the|neighbouring|neighboring|southern|northern|eastern|western|central|mainland|rural|war-torn|neighbour|neighbor)$/.test(tokens[k].norm)) k--;
  if (k >= s.first && COUNTRY_AS_PLACE.has(tokens[k].norm)) return true;
  const next = tokens[c.last];
  if (isPossessive(next)) {
    const after: Token | undefined = tokens[c.last + 1];
    const after2: Token | undefined = tokens[c.last + 2];
    return !!after && (after.upper || (after2?.upper ?? false) || TRAILING_PLACE.has(after.norm));
  }
  return false;
}
