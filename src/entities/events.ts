import type { NexusDocument, Token } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { nameKey, spanText, type Resolved } from './build.js';
import { MONTHS } from './words.js';

/** Nouns that name an incident ("the 2014 Army School Peshawar attack", "the Kashmir bombing"). */
const INCIDENTS = new Set('attack attacks bombing bombings massacre raid assault ambush offensive siege incursion uprising blast explosion shooting coup hijacking pilgrimage operation killings incident faceoff standoff stand-off clashes'.split(' '));
/** Lower-case words that may sit inside an incident's name. */
const INCIDENT_WORDS = new Set('suicide terror terrorist twin deadly car truck drone school market mosque church airport bus train border cross-border rocket grenade mall hotel stadium bridge checkpoint embassy parliament concert hospital university college camp prison jail police army military base airbase convoy'.split(' '));
/** Incidents named by their victim: "the assassination of Ismail Haniyeh". */
const OF_PERSON = new Set('assassination killing murder abduction kidnapping execution'.split(' '));

const isYear = (t: Token) => t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text);
const isDay = (t: Token) => t.kind === 'number' && /^\d{1,2}(st|nd|rd|th)?$/.test(t.text);

/**
 * Named or datable incidents: a date or a place before an incident noun
 * ("the 2014 Army School Peshawar attack", "the February 14 Kashmir suicide
 * bombing", "the 9/11 attacks", "the Jalisco Operation"), a date after it
 * ("an attack on October 12"), or a victim ("the assassination of X").
 * Incidents with the same place and kind of noun are one event.
 */
export function findEvents(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[]): Resolved[] {
  const { tokens } = doc;
  const byToken = new Map<number, Resolved>();
  for (const c of cands) for (let k = c.first; k < c.last; k++) byToken.set(k, c);
  const out: Resolved[] = [];
  const uposAt = new Map((doc.words ?? []).map((w) => [w.start, w.upos]));
  const isActor = (c: Resolved | undefined) => {
    const type = c?.kb?.length ? kb.get(c.kb[0].entry)?.type : c?.type;
    return type === 'ArmedGroup' || type === 'StateBody' || type === 'Person' || type === 'Organization';
  };
  doc.sentences.forEach((s, si) => {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || !INCIDENTS.has(t.norm)) continue;
      if (byToken.has(k) && !t.upper) continue;
      // Walk left over the incident's modifiers.
      let first = k;
      let dated = false, placed = false;
      let place: string | undefined;
      for (let j = k - 1; j >= s.first && k - j <= 7; j--) {
        const u = tokens[j];
        const c = byToken.get(j);
        if (c) {
          if (isActor(c)) break;
          placed = true;
          place ??= nameKey(spanText(doc, tokens, c.first, c.last));
          first = c.first;
          j = c.first;
          continue;
        }
        // A day counts only next to its month: "15 attacks" is a count, "February 14 bombing" a date.
        const day = isDay(u) && (MONTHS.has(tokens[j - 1]?.norm ?? '') || MONTHS.has(tokens[j + 1]?.norm ?? ''));
        if (isYear(u) || day || (MONTHS.has(u.norm) && u.upper) || /^\d+\/\d+$/.test(u.text) || (u.text === '/' && u.glued)) { dated = true; first = j; continue; }
        if (u.kind === 'number' && tokens[j + 1]?.text === '/') { first = j; continue; }
        if (u.kind === 'word' && (INCIDENT_WORDS.has(u.norm) || u.upper && !/^(The|A|An|This|That)$/.test(u.text))) { first = j; continue; }
        break;
      }
      let last = k + 1;
      let name: string | undefined;
      let nameEnd = last;
      // "an attack on October 12": the date after the noun names it.
      if (!dated && !placed && tokens[k + 1]?.norm === 'on' && MONTHS.has(tokens[k + 2]?.norm ?? '') && isDay(tokens[k + 3] ?? t)) {
        name = `${tokens[k + 2].text} ${tokens[k + 3].text} ${t.text}`;
        first = k;
        last = k + 4;
        dated = true;
      }
      // "the assassination of (Hamas political bureau chief,) Ismail Haniyeh": the victim names it.
      if (!dated && !placed && OF_PERSON.has(t.norm) && tokens[k + 1]?.norm === 'of') {
        for (let j = k + 2; j < Math.min(s.last, k + 12); j++) {
          const victim = byToken.get(j);
          const type = victim?.kb?.length ? kb.get(victim.kb[0].entry)?.type : victim?.type;
          if (victim && (type === 'Person' || victim.titles.length)) { first = k; last = victim.last; dated = true; name = `${t.text} of ${spanText(doc, tokens, victim.first, victim.last)}`; break; }
          if (tokens[j].text === '.' || tokens[j].text === ';') break;
        }
      }
      // "the 2021 attack on US troops at Kabul airport": a dated incident keeps its target and place.
      if (dated && !name && /^(on|against)$/.test(tokens[k + 1]?.norm ?? '')) {
        let j = k + 2;
        // The target ends at its place ("at Boulkessi") or at the clause's verb ("... killed 38 soldiers" is not the name).
        while (j < s.last && j - k < 10 && !/^[,.;:]$/.test(tokens[j].text) && !/^(which|that|who|and|in|at|near|when|after|before|by)$/.test(tokens[j].norm)
          && !/^(VERB|AUX)$/.test(uposAt.get(tokens[j].start) ?? '')) j++;
        if (/^(at|in)$/.test(tokens[j]?.norm ?? '') && tokens[j + 1]?.upper) { j++; while (j < s.last && (tokens[j].upper || /^(airport|base|camp|school|market|hospital)$/.test(tokens[j].norm))) j++; }
        // The name keeps its target, but the mention ends at the incident noun, so the target stays a mention of its own.
        if (j - k <= 12 && j > k + 1) { nameEnd = j; name = spanText(doc, tokens, first, j); }
      }
      if (!dated && !placed) continue;
      // "The Kashmir bombing" and "the February 14 Kashmir suicide bombing" are one event.
      const groupKey = place ? `event:${place}:${t.norm.replace(/s$/, '')}` : undefined;
      // "the 2014 Army School Peshawar attack" is also "the Army School Peshawar attack": the undated form is a name too.
      let undated = first;
      while (undated < last - 1 && (isYear(tokens[undated]) || isDay(tokens[undated]) || (MONTHS.has(tokens[undated].norm) && tokens[undated].upper))) undated++;
      const aliasForms = (!name || nameEnd > last) && undated > first ? [spanText(doc, tokens, undated, Math.max(last, nameEnd))] : undefined;
      out.push({ first, last, how: 'name', titles: [], rule: 'entity/event', sentence: si, type: 'Event', ...(name ? { name } : {}), ...(groupKey ? { groupKey } : {}), ...(aliasForms ? { aliasForms } : {}) });
      // Names inside the incident's name are part of it, unless they are actors ("the 2021 ISKP attack" is not an event name).
      for (let j = first; j < Math.max(last, nameEnd); j++) { const c = byToken.get(j); if (c && !isActor(c)) c.dropped = true; }
      k = last - 1;
    }
  });
  return out;
}
