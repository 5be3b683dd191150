import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { nameKey, spanText, type Resolved } from './build.js';

const GROUP_NOUNS = new Set('militia militias gang gangs vigilantes vigilante brigade brigades group groups rebels fighters troops faction self-defense self-defence defence defense forces'.split(' '));
const HEADS = new Set('militia militias gang gangs vigilantes brigades brigade group groups rebels troops faction forces'.split(' '));

/**
 * A place followed by a group noun names an armed group ("the Canapé-Vert
 * vigilante group", "Kenscoff militias", "the Bajaur rebels"); every such
 * phrase with the same place is one group.
 */
export function placeGroups(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[]): void {
  const { tokens } = doc;
  for (const c of cands) {
    if (c.dropped || c.how === 'title') continue;
    const entry = c.kbEntry ? kb.get(c.kbEntry) : undefined;
    const isPlace = entry ? entry.type === 'Location' : c.type === 'Location';
    if (!isPlace || entry?.kind === 'country') continue;
    const s = doc.sentences[c.sentence];
    let k = c.last;
    let head = -1;
    while (k < s.last && k - c.last < 3 && tokens[k].kind === 'word' && !tokens[k].upper && GROUP_NOUNS.has(tokens[k].norm)) {
      if (HEADS.has(tokens[k].norm)) head = k;
      k++;
    }
    if (head < 0) continue;
    const place = spanText(doc, tokens, c.first, c.last);
    c.last = head + 1;
    c.kbEntry = undefined;
    c.kb = undefined;
    c.type = 'ArmedGroup';
    c.name = undefined;
    c.rule = 'entity/place-group';
    c.groupKey = `place-group:${nameKey(place)}`;
  }
}
