import type { Token } from '../core/index.js';
import { PLACE_CUES, PLACE_PREPOSITIONS } from './words.js';

export function isPossessive(t: Token | undefined): boolean {
  return !!t && t.glued && (t.norm === "'s" || t.norm === "'");
}

// Verbs and nouns whose object or complement is the city itself: "seized Kabul", "struck Beirut".
const PLACE_VERBS = new Set('seized captured took entered reached fled visited arrived control outskirts capital streets held met hosted struck hit bombed shelled attacked targeted raided stormed overran besieged'.split(' '));

const POLITICAL_NOUNS = new Set(`government governments leadership regime policy policies decision decisions stance position positions role
  support backing hand influence pressure demand demands request requests response reaction approval consent efforts effort behest
  orders order intervention involvement statement officials envoy envoys ally allies proxy proxies enemy enemies rivals interests
  plans plan strategy refusal acceptance accusations accusation claims claim`.split(/\s+/));

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;
/** Verbs of motion (any form) after which "to X" is a destination. */
const MOTION = /^(mov|fl[eiy]|flew|travel|return|went|go|come|came|head|march|advanc|retreat|withdr|relocat|transferr?|deploy|sent|send|brought|bring|driv|drove|arriv|escap|trek|sail|way|route|road|flight|trip|visit|journey|back)/;
/** What happens to a place, said with the place as subject. */
const PLACE_EVENTS = new Set('fell falls fall lies lay sits sat borders bordered hosts hosted remains remained burned burning shook bombed shelled hit struck stormed captured retaken recaptured besieged encircled surrounded flooded'.split(' '));

/**
 * Does a capital or seat of power act here ("Rawalpindi's blunders",
 * "Washington decided", "second fiddle to Rawalpindi") rather than name a
 * place ("in Kabul", "control of Kabul", "DOHA:", "Tel Aviv, Aug 26")? The
 * knowledge base lists it as a metonym, so it acts unless the context makes
 * it a place.
 */
export function actsAsActor(tokens: Token[], first: number, last: number, floor: number, ceil: number): boolean {
  const prev = first > floor ? tokens[first - 1] : undefined;
  const next = last < ceil ? tokens[last] : undefined;
  // A possessive before a word that is not a place word acts, even after "in" ("faith in Ottawa's report").
  if (isPossessive(next)) {
    const after = tokens[last + 1];
    return !(after && PLACE_CUES.has(after.norm));
  }
  // "talks between Riyadh and the Houthis": between names parties, not places.
  if (prev && ((PLACE_PREPOSITIONS.has(prev.norm) && prev.norm !== 'to' && prev.norm !== 'between') || PLACE_VERBS.has(prev.norm))) return false;
  // After "of" a capital is the place ("the mayor of Bogotá", "residents of Kabul") unless the noun it
  // completes is something only a government has ("the backing of Moscow", "at the behest of Tehran").
  if (prev?.norm === 'of') return POLITICAL_NOUNS.has(tokens[first - 2]?.norm ?? '');
  if (next?.text === ':' && first === floor) return false; // dateline "DOHA:"
  // Dateline "BEIRUT (Reuters) -", "KABUL —": a capital in capitals opening its sentence before a bracket or a dash.
  // "MUSCAT, Oman, Feb 23 -" too: a capital in capitals opening its sentence before a comma.
  if (first === floor && tokens[first].caps && next && /^[(\[—–,-]$/.test(next.text)) return false;
  // "flew to Niamey", "moved to Baghdad": after a verb of motion "to" names a place ("second fiddle to Rawalpindi" does not).
  if (prev?.norm === 'to' && afterMotion(tokens, first - 2, floor)) return false;
  // "Khartoum fell", "Kabul was bombed": what happens to a place.
  if (next && PLACE_EVENTS.has(next.norm)) return false;
  if (next && /^(was|were|is|has|had)$/.test(next.norm) && PLACE_EVENTS.has(tokens[last + 1]?.norm ?? '')) return false;
  if (next?.text === ',' && (MONTH.test(tokens[last + 1]?.norm ?? '') || tokens[last + 1]?.kind === 'number') && first === floor) return false; // "Tel Aviv, Aug 26"
  if (next && PLACE_CUES.has(next.norm)) return false;
  // A byline's place: "By A, Port-au-Prince correspondent", "ANALYSIS by A, Bangkok — 2 July 2025".
  if (next && /^(correspondent|correspondents|bureau)$/.test(next.norm)) return false;
  if (prev?.text === ',' && next && /^[—–]$/.test(next.text)) return false;
  return true;
}

/** Is there a verb of motion a few words before (over "from X", an adverb), within the clause? */
function afterMotion(tokens: Token[], k: number, floor: number): boolean {
  for (let j = k; j >= floor && k - j < 5; j--) {
    if (/^[,.;:]$/.test(tokens[j].text)) return false;
    if (!tokens[j].upper && MOTION.test(tokens[j].norm)) return true;
  }
  return false;
}
