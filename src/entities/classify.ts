import type { EntityType, Sentence, Token } from '../core/index.js';
import { isCommonWord } from '../nlp/lexicon.js';
import type { Candidate } from './candidates.js';
import { afterPlacePreposition, beforeSpeechVerb, wordBefore } from './context.js';
import {
  APPOSITION_ARTICLES, APPOSITION_STOPS, ARMED_CUES, BRANCH_NOUNS, COMMUNITY_NOUNS_AFTER, CONNECTORS, EVENT_NOUNS, GROUP_APPOSITIONS, GROUP_ARTICLES,
  GROUP_NOUNS_AFTER, INTRODUCING_NOUNS, KUNYA_OPENERS, LANGUAGES, MEDIA_MODIFIERS, MONTHS, ORG_CUES, ORG_NOUNS_BEFORE, OWNER_DETERMINERS, PLACE_CUES, ROLE_NOUNS,
  STATE_CUES, STATE_HEADS, THINGS, TRAILING_PLACE,
} from './words.js';

/** Lower-case place words right after a name ('Mustang district'); the list lives in the language data. */
export { TRAILING_PLACE };

const isCueWord = (w: string) => ARMED_CUES.has(w) || STATE_CUES.has(w) || ORG_CUES.has(w) || PLACE_CUES.has(w);

const YEAR = /^(1[89]|20)\d\d$/;
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');


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
  if (creditedOutlet(tokens, c.first, c.last, s)) return 'Organization';
  // "its East Asia Province", "its Katiba Macina unit": a group's branch.
  const owner = tokens[c.first - 1]?.norm;
  if (owner && OWNER_DETERMINERS.has(owner) && BRANCH_NOUNS.has(head)) return 'ArmedGroup';
  if (head === 'operation' || EVENT_NOUNS.has(head) && (YEAR.test(norms[0]) || /^\d/.test(norms[0]))) return 'Event';
  if (norms.some((w) => ARMED_CUES.has(w))) return 'ArmedGroup';
  if (/^\d+(st|nd|rd|th)$/.test(norms[0])) return 'StateBody';
  if (STATE_CUES.has(head) || STATE_CUES.has(headS)) {
    if (ORG_CUES.has(head) && !STATE_HEADS.has(head)) return 'Organization';
    return 'StateBody';
  }
  if (ORG_CUES.has(head) || ORG_CUES.has(headS)) return 'Organization';
  if (PLACE_CUES.has(head) && norms.length > 1) return 'Location';
  if (TRAILING_PLACE.has(nextWord)) return 'Location';
  if (GROUP_NOUNS_AFTER.has(nextWord)) return 'ArmedGroup';

  if (COMMUNITY_NOUNS_AFTER.has(nextWord)) return 'Organization';
  const apposed = appositionNoun(tokens, c.last, s.last);
  if (apposed) return apposed;
  const introduced = introducingNoun(tokens, c.first, c.last, s);
  if (introduced) return introduced;
  // "Los Zetas", "Las Tres Letras": a Spanish plural article starts a group's name.
  if (GROUP_ARTICLES.has(norms[0]) && words.length > 1) return 'ArmedGroup';
  // In a Title Case heading capitals say little: no person without a title, nothing with common words.
  if (s.heading && (words.some((t) => isCommonWord(t.norm)) || words.length < 2)) return undefined;
  const before = wordBefore(tokens, c.first, s.first);
  if (before && ORG_NOUNS_BEFORE.has(before.norm) && !before.upper) return 'Organization';
  if (before && ROLE_NOUNS.has(before.norm) && !before.upper) return 'Person';
  if (appositionRole(tokens, c.last, s.last)) return 'Person';
  const according = before?.norm === 'to' && tokens[c.first - 2]?.norm === 'according';
  if (!according && afterPlacePreposition(tokens, c.first, s.first) && !beforeSpeechVerb(tokens, c.last, s.last)) return 'Location';
  const spaced = tokens.slice(c.first + 1, c.last).some((t) => !t.glued);
  // In a Title Case heading every word is capitalised: two of them make no person.
  if (s.heading) return undefined;
  // "Abu Bakr al-Baghdadi": an Arabic personal name keeps lower-case particles between its capitalised words.
  const kunya = words.length >= 3 && KUNYA_OPENERS.has(norms[0]) && words[0].upper && words[words.length - 1].upper
    && words.every((t) => t.upper || CONNECTORS.has(t.norm));
  if (spaced && kunya) {
    c.weakType = true;
    return 'Person';
  }
  if (spaced && words.length >= 2 && words.length <= 5 && words.every((t) => t.upper && t.kind === 'word' && t.text.length > 1) && !words.every((t) => t.caps)) {
    // Capitalised common words in a row are a title or a slogan, not a person ("Strange Bedfellows").
    if (words.every((t) => isCommonWord(t.norm))) return undefined;
    c.weakType = true;
    return 'Person';
  }
  if (words.length === 1 && beforeSpeechVerb(tokens, c.last, s.last) && !isCommonWord(norms[0])) return 'Person';
  return undefined;
}

/**
 * The news outlet a dateline or a photo credit names: "CITY, Nov 19 (Name) -",
 * "(Name)" or "(Name/Staff)" standing alone after a caption. A bracket after a
 * date, or a bracket that is its whole sentence, credits who reported, not who acted.
 */
function creditedOutlet(tokens: Token[], first: number, last: number, s: Sentence): boolean {
  // "© 2025 Name", "(c) 2025 Name", "Copyright 2025 Name": the holder of a copyright line.
  const year = tokens[first - 1];
  if (first - 2 >= s.first && year?.kind === 'number' && /^\d{4}$/.test(year.text)) {
    const mark = tokens[first - 2];
    if (mark.text === '©' || mark.norm === 'copyright' || (mark.text === ')' && tokens[first - 3]?.norm === 'c' && tokens[first - 4]?.text === '(')) return true;
  }
  if (tokens[first - 1]?.text !== '(' || first - 1 < s.first) return false;
  const close = tokens[last]?.text;
  if (close !== ')' && close !== '/') return false;
  const before = tokens[first - 2];
  if (first - 2 >= s.first && before && (before.kind === 'number' || MONTHS.has(before.norm))) return true;
  // "(Horn Dispatch)" alone, or closing a caption line: nothing but the credit after the bracket.
  let end = last;
  while (end < s.last && tokens[end].text !== ')') end++;
  return end < s.last && (first - 1 === s.first || /^[.:]$/.test(tokens[first - 2]?.text ?? '')) && (end + 1 >= s.last || /^[.]$/.test(tokens[end + 1].text));
}

/** "Los Cuinis, a largely unknown cartel": the noun of an apposition types the name. */
function appositionNoun(tokens: Token[], last: number, ceil: number): EntityType | undefined {
  if (tokens[last]?.text !== ',' || !APPOSITION_ARTICLES.has(tokens[last + 1]?.norm ?? '')) return undefined;
  for (let k = last + 2; k < Math.min(ceil, last + 7); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || APPOSITION_STOPS.has(t.norm)) return undefined;
    if (!t.upper && GROUP_APPOSITIONS.has(t.norm)) return GROUP_APPOSITIONS.get(t.norm);
  }
  return undefined;
}

/**
 * "the group's media wing, X,", "its armed wing, X.": a name in apposition
 * after a determined noun phrase takes its type from that phrase's head noun
 * (a wing or branch is armed unless a modifier makes it media or political),
 * not from the shape of its words: two capitalised words are no person here.
 */
function introducingNoun(tokens: Token[], first: number, last: number, s: Sentence): EntityType | undefined {
  if (first - 2 < s.first || tokens[first - 1].text !== ',') return undefined;
  // An apposition closes where it opened, or with its sentence.
  if (last < s.last && tokens[last].text !== ',' && tokens[last].text !== '.') return undefined;
  const head = tokens[first - 2];
  const type = head.kind === 'word' && !head.upper ? INTRODUCING_NOUNS.get(head.norm) : undefined;
  if (!type) return undefined;
  let media = false;
  for (let k = first - 3; k >= Math.max(s.first, first - 7); k--) {
    const t = tokens[k];
    if (MEDIA_MODIFIERS.has(t.norm)) media = true;
    if (APPOSITION_ARTICLES.has(t.norm) || OWNER_DETERMINERS.has(t.norm) || t.norm === "'s") return media && type === 'ArmedGroup' ? 'Organization' : type;
    if (t.kind !== 'word' && t.norm !== '-') return undefined;
  }
  return undefined;
}

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
