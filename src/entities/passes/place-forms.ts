import type { NexusDocument } from '../../core/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { spanText, type Resolved } from '../build.js';
import { TRAILING_PLACE } from '../classify.js';
import type { EntityPass } from '../state.js';

/**
 * "Mustang district", "Minbya township", "the Hazara community": the place
 * (or community) word after a name is an alias form too, and so is "Mustang
 * district of Balochistan".
 */
export const placeForms: EntityPass = {
  id: 'place-forms',
  run(s) {
    for (const c of s.cands) if (!c.dropped) addPlaceForm(s.doc, s.kb, c);
  },
};

function addPlaceForm(doc: NexusDocument, kb: KnowledgeBase, c: Resolved): void {
  const { tokens } = doc;
  const type = c.kbEntry ? kb.get(c.kbEntry)?.type : c.type;
  // "Belgorod region", "Kunar province": the place is also called by its name alone.
  const end = tokens[c.last - 1];
  // A facility named after a known town ("Beirut airport") is not the town.
  if (type === 'Location' && c.rule !== 'entity/facility-of-place' && c.last - c.first >= 2 && TRAILING_PLACE.has(end.norm) && !end.upper && tokens[c.last - 2].upper) (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, c.last - 1));
  const next = tokens[c.last];
  if (!next || next.kind !== 'word' || doc.sentences[c.sentence].last <= c.last) return;
  const media = c.kbEntry ? kb.get(c.kbEntry)?.kind === 'media' : false;
  const cue = type === 'Location' && (TRAILING_PLACE.has(next.norm) || next.upper && /^(city|district|province|state|region|township|county|valley)$/.test(next.norm))
    || type === 'Organization' && /^(community|tribe|clan)$/.test(next.norm)
    || media && /^(television|tv|radio|newspaper|daily|channel|website|broadcaster)$/.test(next.norm);
  if (!cue) return;
  (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, c.last + 1));
  if (tokens[c.last + 1]?.norm === 'of' && doc.sentences[c.sentence].last > c.last + 2 && tokens[c.last + 2].upper) {
    let j = c.last + 2;
    while (j < doc.sentences[c.sentence].last && tokens[j].upper && tokens[j].kind === 'word') j++;
    (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, j));
  }
}
