import { table } from '../core/index.js';
import type { EntityType, Sentence, Token } from '../core/index.js';
import { isCommonWord } from '../nlp/lexicon.js';
import type { Candidate } from './candidates.js';
import { afterPlacePreposition, beforeSpeechVerb, wordBefore } from './context.js';
import { ARMED_CUES, EVENT_NOUNS, ORG_CUES, PLACE_CUES, ROLE_NOUNS, STATE_CUES } from './words.js';

const isCueWord = (w: string) => ARMED_CUES.has(w) || STATE_CUES.has(w) || ORG_CUES.has(w) || PLACE_CUES.has(w);

const ORG_NOUNS = new Set('broadcaster newspaper daily outlet channel website site portal platform agency group organisation organization outfit network magazine weekly tabloid station'.split(' '));
const YEAR = /^(1[89]|20)\d\d$/;
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');

/** Lower-case place words right after a name ("Mustang district", "Minbya township"). */
export const TRAILING_PLACE = new Set('district province state region township area village villages town city valley county governorate division sector suburb neighbourhood neighborhood camp border oblast tehsil municipality mountains hills river crossing airport port bridge market forest highway'.split(' '));

/** Reads an unknown name's type from its own words, then from its neighbours. */
export function classify(c: Candidate, tokens: Token[], s: Sentence): EntityType | undefined {
  const words = tokens.slice(c.first, c.last).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0) return undefined;
  // Weapons, vehicles and models ("PK Machine Gun", "Nissan GT", "G3") are not actors,
  // unless a place word follows ("Mustang district").
  const placeWord = tokens[c.last]?.kind === 'word' && !tokens[c.last].upper && TRAILING_PLACE.has(tokens[c.last].norm) && c.last < s.last;
  if (!placeWord && words.some((t) => THINGS.has(t.norm) || /^[A-Z]+-?\d+[A-Z]*$/.test(t.text))) return undefined;
  if (c.type) return c.type;
  if (c.how === 'title') return undefined;
  // A lone common word or cue word ("Intelligence", "Central") is not a name.
  if (words.length === 1 && !placeWord && (isCommonWord(words[0].norm) || isCueWord(words[0].norm) || LANGUAGES.has(words[0].norm)) && !words[0].caps) return undefined;
  const norms = words.map((t) => t.norm);
  // The head is the last word ("Battalion" in "Light Infantry Battalion 379").
  // ...unless "of" or "for" follows an organisation word: "Movement for Democracy", "Ministry of Defence".
  const joint = norms.findIndex((w, k) => k > 0 && (w === 'for' || w === 'of') && isCueWord(norms[k - 1]) && !PLACE_CUES.has(norms[k - 1]));
  const head = joint > 0 ? norms[joint - 1] : [...words].reverse().find((t) => t.kind === 'word')?.norm ?? norms[norms.length - 1];
  const headS = singular(head);
  // A closing quote may stand between a name and its place word ("the “Tombum” area").
  const after = /^[”"’']$/.test(tokens[c.last]?.text ?? '') ? c.last + 1 : c.last;
  const next = tokens[after];
  const nextWord = after < s.last && next.kind === 'word' && !next.upper ? next.norm : '';

  if (norms[0] === 'operation' && norms.length > 1) return 'Event';
  // "its East Asia Province", "its Katiba Macina unit": a group's branch.
  const owner = tokens[c.first - 1]?.norm;
  if ((owner === 'its' || owner === 'their') && /^(province|wilayat|wing|branch|faction|front|brigade|brigades|battalion|unit|cell)$/.test(head)) return 'ArmedGroup';
  if (head === 'operation' || EVENT_NOUNS.has(head) && (YEAR.test(norms[0]) || /^\d/.test(norms[0]))) return 'Event';
  if (norms.some((w) => ARMED_CUES.has(w))) return 'ArmedGroup';
  if (/^\d+(st|nd|rd|th)$/.test(norms[0])) return 'StateBody';
  if (STATE_CUES.has(head) || STATE_CUES.has(headS)) {
    if (ORG_CUES.has(head) && !/^(ministry|department|police|army|navy|forces|force|command|corps)$/.test(head)) return 'Organization';
    return 'StateBody';
  }
  if (ORG_CUES.has(head) || ORG_CUES.has(headS)) return 'Organization';
  if (PLACE_CUES.has(head) && norms.length > 1) return 'Location';
  if (TRAILING_PLACE.has(nextWord)) return 'Location';
  if (nextWord === 'group' || nextWord === 'gang' || nextWord === 'militia' || nextWord === 'cartel' || nextWord === 'faction') return 'ArmedGroup';

  if (nextWord === 'community' || nextWord === 'tribe' || nextWord === 'clan') return 'Organization';
  const apposed = appositionNoun(tokens, c.last, s.last);
  if (apposed) return apposed;
  // "Los Zetas", "Las Tres Letras": a Spanish plural article starts a group's name.
  if (/^(los|las)$/.test(norms[0]) && words.length > 1) return 'ArmedGroup';
  // In a Title Case heading capitals say little: no person without a title, nothing with common words.
  if (s.heading && (words.some((t) => isCommonWord(t.norm)) || words.length < 2)) return undefined;
  const before = wordBefore(tokens, c.first, s.first);
  if (before && ORG_NOUNS.has(before.norm) && !before.upper) return 'Organization';
  if (before && ROLE_NOUNS.has(before.norm) && !before.upper) return 'Person';
  if (appositionRole(tokens, c.last, s.last)) return 'Person';
  const according = before?.norm === 'to' && tokens[c.first - 2]?.norm === 'according';
  if (!according && afterPlacePreposition(tokens, c.first, s.first) && !beforeSpeechVerb(tokens, c.last, s.last)) return 'Location';
  const spaced = tokens.slice(c.first + 1, c.last).some((t) => !t.glued);
  // In a Title Case heading every word is capitalised: two of them make no person.
  if (s.heading) return undefined;
  if (spaced && words.length >= 2 && words.length <= 5 && words.every((t) => t.upper && t.kind === 'word' && t.text.length > 1) && !words.every((t) => t.caps)) {
    // Capitalised common words in a row are a title or a slogan, not a person ("Strange Bedfellows").
    if (words.every((t) => isCommonWord(t.norm))) return undefined;
    c.weakType = true;
    return 'Person';
  }
  if (words.length === 1 && beforeSpeechVerb(tokens, c.last, s.last) && !isCommonWord(norms[0])) return 'Person';
  return undefined;
}

/** Languages, which follow "in" like places do ("a video in Pushto"). */
const LANGUAGES = new Set('pushto pashto urdu arabic dari farsi persian english french spanish portuguese russian hausa somali swahili amharic tigrinya kurdish turkish hindi bengali burmese tagalog punjabi sindhi balochi'.split(' '));

const THINGS = new Set('gun guns rifle rifles launcher launchers vehicle vehicles cruiser truck trucks tank tanks missile missiles drone drones helicopter helicopters aircraft jet jets rocket rockets grenade grenades mortar mortars pistol pistols machine ammunition bomb bombs technicals sedan pickup'.split(' '));

const GROUP_APPOSITIONS = table<EntityType>({
  cartel: 'ArmedGroup', gang: 'ArmedGroup', militia: 'ArmedGroup', faction: 'ArmedGroup', outfit: 'ArmedGroup', insurgency: 'ArmedGroup',
  organisation: 'Organization', organization: 'Organization', newspaper: 'Organization', broadcaster: 'Organization', agency: 'Organization',
  town: 'Location', village: 'Location', city: 'Location', district: 'Location', province: 'Location', region: 'Location', neighbourhood: 'Location', neighborhood: 'Location', suburb: 'Location',
});

/** "Los Cuinis, a largely unknown cartel": the noun of an apposition types the name. */
function appositionNoun(tokens: Token[], last: number, ceil: number): EntityType | undefined {
  if (tokens[last]?.text !== ',' || !/^(a|an|the)$/.test(tokens[last + 1]?.norm ?? '')) return undefined;
  for (let k = last + 2; k < Math.min(ceil, last + 7); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || PLACE_PREP_OR_VERB.test(t.norm)) return undefined;
    if (!t.upper && GROUP_APPOSITIONS.has(t.norm)) return GROUP_APPOSITIONS.get(t.norm);
  }
  return undefined;
}

const PLACE_PREP_OR_VERB = /^(who|which|that|of|in|on|at|with|by|for|is|was|has|had|said)$/;

/** "X, a former ISKP founding member", "X, the head of ...": a role in apposition. */
function appositionRole(tokens: Token[], last: number, ceil: number): boolean {
  if (tokens[last]?.text !== ',') return false;
  for (let k = last + 1; k < Math.min(ceil, last + 8); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.') return false;
    if (ROLE_NOUNS.has(t.norm) && !t.upper) return true;
  }
  return false;
}
