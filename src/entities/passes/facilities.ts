import type { KnowledgeBase } from '../../kb/index.js';
import { nameKey, spanText, type Resolved } from '../build.js';
import type { EntityPass } from '../state.js';
import { ARMED_CUES, FACILITY_NOUNS, FACILITY_NOUNS_AFTER_UNKNOWN, INDEFINITE_ARTICLES, ORG_CUES, STATE_CUES } from '../words.js';

/**
 * "Beirut airport", "the Ryazan refinery", "Hmeimim air base": a name and
 * the facility noun after it name a place of its own, not the town it is
 * called after. A known town keeps its other mentions and loses this one to
 * the facility; a name the knowledge base does not know is the facility's
 * short name ("Hmeimim" later in the text is the air base).
 */
export const facilities: EntityPass = {
  id: 'facilities',
  run(s) {
    const { doc, kb } = s;
    const { tokens } = doc;
    const made: Resolved[] = [];
    for (const c of s.cands) {
      if (c.dropped || c.how !== 'name' || c.type || c.titles.length) continue;
      const end = doc.sentences[c.sentence].last;
      // "a Guayaquil prison" is some prison of the town, not a named one.
      if (INDEFINITE_ARTICLES.has(tokens[c.first - 1]?.norm ?? '')) continue;
      const known = !!c.kb?.length;
      const n = facilityWords(tokens.slice(c.last, Math.min(end, c.last + 2)).map((t) => (t.kind === 'word' && !t.upper ? t.norm : '')), known);
      if (!n || !placeOrUnknown(kb, c)) continue;
      // "the Border Guard Police camp": an actor's camp, not a place's name.
      if (tokens.slice(c.first, c.last).some((t) => ARMED_CUES.has(t.norm) || STATE_CUES.has(t.norm) || ORG_CUES.has(t.norm))) continue;
      const bare = spanText(doc, tokens, c.first, c.last);
      made.push({
        first: c.first, last: c.last + n, how: 'name', type: 'Location', titles: [], sentence: c.sentence,
        rule: known ? 'entity/facility-of-place' : 'entity/facility',
        ...(known ? {} : { groupKey: `n:${nameKey(bare)}`, aliasForms: [bare] }),
      });
      c.dropped = true;
    }
    s.cands.push(...made);
  },
};

/** How many of the next words (lower-case ones given, others as '') are a facility noun: 0, 1 or 2. */
function facilityWords(next: string[], known: boolean): number {
  const is = (phrase: string) => phrase !== '' && (FACILITY_NOUNS.has(phrase) || (!known && FACILITY_NOUNS_AFTER_UNKNOWN.has(phrase)));
  if (next.length >= 2 && next[0] && next[1] && is(`${next[0]} ${next[1]}`)) return 2;
  return is(next[0] ?? '') ? 1 : 0;
}

/** A name the knowledge base does not know, or knows only as a town, district or region (not a country, an actor or a capital that may stand for its state). */
function placeOrUnknown(kb: KnowledgeBase, c: Resolved): boolean {
  if (!c.kb?.length) return true;
  return c.kb.every((n) => { const e = kb.get(n.entry); return e?.type === 'Location' && n.kind !== 'metonym'; });
}
