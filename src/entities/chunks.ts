import type { Sentence, Token } from '../core/index.js';
import { isCommonWord } from '../nlp/lexicon.js';
import { entityWords } from '../lang/en/index.js';
import { pendingTitle } from './titles.js';
import { ARMED_CUES, CONNECTORS, MONTHS, NOT_NAMES, ORG_CUES, PLACE_CUES, ROLE_NOUNS, STATE_CUES, TITLE_WORDS, WEEKDAYS } from './words.js';

/** A run of tokens that reads as a proper name or a titled name: [first, last). */
export interface Chunk {
  first: number;
  last: number;
  sentence: number;
}

const isWord = (t: Token) => t.kind === 'word';
export const isCue = (norm: string) => ORG_CUES.has(norm) || STATE_CUES.has(norm) || ARMED_CUES.has(norm) || PLACE_CUES.has(norm);

/** Could this token be part of a name? Capitalised, not a pronoun, day or month. */
export function nameLike(t: Token): boolean {
  if (!isWord(t) || !(t.upper || t.caps)) return false;
  if (NOT_NAMES.has(t.norm) || WEEKDAYS.has(t.norm) || /n't$/.test(t.norm)) return false;
  if (MONTHS.has(t.norm) && !t.caps) return false;
  return true;
}

/** Ordinals and numbers that belong to unit names ("103rd", "Battalion 379"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * Finds capitalised runs in each sentence, with lower-case connectors inside
 * (of, al-, bin, -e-, de), hyphens joining parts, ordinals before unit names
 * and numbers after them. A sentence's first word, or a word in a Title Case
 * heading, starts a run only if it is not a common English word or if it is
 * a title ("General Asif Ghafoor") or the known start of a name.
 */
export function findChunks(tokens: Token[], sentences: Sentence[], knownStarts: Set<number>): Chunk[] {
  const out: Chunk[] = [];
  sentences.forEach((s, si) => {
    let i = s.first;
    while (i < s.last) {
      const t = tokens[i];
      const ordinal = t.kind === 'number' && ORDINAL.test(t.text) && i + 1 < s.last && isWord(tokens[i + 1]) && (isCue(tokens[i + 1].norm) || nameLike(tokens[i + 1]));
      if (!ordinal && !nameLike(t)) { i++; continue; }
      let j = i + 1;
      while (j < s.last) {
        const u = tokens[j];
        if (nameLike(u)) { j++; continue; }
        // Hyphen or connector inside a name: Lashkar-e-Taiba, Jurf al-Nasr, Islamic State of Iraq.
        if ((u.text === '-' || u.text === '‑') && u.glued && tokens[j + 1]?.glued && j + 1 < s.last && (nameLike(tokens[j + 1]) || CONNECTORS.has(tokens[j + 1].norm))) { j++; continue; }
        // "President-elect Donald Trump": a title's pending form.
        if ((u.text === '-' || u.text === '‑') && u.glued && j + 2 < s.last && pendingTitle(tokens, j) && nameLike(tokens[j + 2])) { j += 2; continue; }
        if (CONNECTORS.has(u.norm) && !u.upper && j + 1 < s.last && (nameLike(tokens[j + 1]) || (tokens[j + 1].norm === 'the' && nameLike(tokens[j + 2] ?? u)) || tokens[j + 1].text === '-')) { j++; continue; }
        // "National Network for the Defense of Human Rights", "Movement for Democracy": "for" after an organisation word.
        if (u.norm === 'for' && !u.upper && tokens[j - 1].upper && isCue(tokens[j - 1].norm) && j + 1 < s.last && (nameLike(tokens[j + 1]) || (tokens[j + 1].norm === 'the' && nameLike(tokens[j + 2] ?? u)))) { j += tokens[j + 1].norm === 'the' ? 2 : 1; continue; }
        // A unit's number: "Battalion 379", "Battalions 379 and 541".
        if (u.kind === 'number' && !ORDINAL.test(u.text) && u.glued === false && (STATE_CUES.has(tokens[j - 1].norm) || STATE_CUES.has(tokens[j - 1].norm.replace(/s$/, '')))) { j++; continue; }
        // "Uganda People's Defence Force", "Kurdistan Workers' Party": a possessive that names a collective is inside the name.
        if ((u.norm === "'s" || u.norm === "'") && u.glued && /^(people|peoples|workers|women|martyrs|mujahideen|nation|nations)$/.test(tokens[j - 1].norm) && j + 1 < s.last && nameLike(tokens[j + 1])) { j++; continue; }
        // The full stop of an abbreviated title: "Maj. Gen. André Mahunguane", "Dr. Naseem Baloch".
        if (u.text === '.' && u.glued && TITLE_WORDS.has(tokens[j - 1].norm) && j + 1 < s.last && nameLike(tokens[j + 1])) { j++; continue; }
        // An ordinal's lower-case unit: "the 380th battalion".
        if (ordinal && j === i + 1 && isCue(u.norm)) { j++; continue; }
        break;
      }
      j = bracketedName(tokens, i, j, s);
      // Trailing connectors and hyphens are not part of the name.
      while (j > i + 1 && (CONNECTORS.has(tokens[j - 1].norm) && !tokens[j - 1].upper || tokens[j - 1].text === '-')) j--;
      let first = i;
      // A common word capitalised only because it opens the sentence ("Troops said").
      // ...but not when a title follows it ("National Security Commissioner X").
      const titleSoon = tokens.slice(first + 1, Math.min(j, first + 4)).some((t) => TITLE_WORDS.has(t.norm));
      // "Fighters of the Tigre Border Front": a common noun before "of" is not part of the name (unless it heads one: "Ministry of Defence").
      const headOfPhrase = tokens[first + 1]?.norm === 'of' && !isCue(tokens[first].norm);
      // "Army spokesman X said", "Police chief X": the body a role belongs to, whose country the document tells.
      const bodyOfRole = j === first + 1 && entityWords().genericCapitalised.has(tokens[first].norm) && !!tokens[j] && !tokens[j].upper && ROLE_NOUNS.has(tokens[j].norm);
      if (!knownStarts.has(first) && isWord(tokens[first]) && isCommonWord(tokens[first].norm) && !TITLE_WORDS.has(tokens[first].norm) && !titleSoon && !bodyOfRole
        && (first === s.first || afterOpener(tokens, first, s)) && (headOfPhrase || (tokens[first + 1]?.norm === 'the' && !tokens[first + 1].upper) || !(first + 1 < j && endsWithCue(tokens, first, j)))) {
        first++;
        while (first < j && (CONNECTORS.has(tokens[first].norm) && !tokens[first].upper || tokens[first].text === '-')) first++;
      }
      if (first < j) out.push({ first, last: j, sentence: si });
      i = j;
    }
  });
  return out;
}

/** Lower-case words that may join the parts of an organisation's long name: "Commission for Development and Life without Drugs". */
const LONG_NAME_JOINERS = new Set(['for', 'of', 'and', 'without', 'on', 'against', 'in', 'the', 'to', 'by']);

/**
 * An organisation's long name that its acronym follows in brackets: "National
 * Service for Comprehensive Care for Persons Deprived of Liberty (SNAI)". The
 * run so far holds a cue word ("Service", "Commission", "Administration"); it
 * goes on over joiners and capitalised words, but only if that reaches the
 * bracket, which says where the name ends.
 */
function bracketedName(tokens: Token[], first: number, j: number, s: Sentence): number {
  if (j >= s.last || !LONG_NAME_JOINERS.has(tokens[j].norm) || tokens[j].upper) return j;
  if (!tokens.slice(first, j).some((t) => t.upper && isCue(t.norm))) return j;
  let k = j;
  while (k < s.last && k - j < 12) {
    const t = tokens[k];
    if (t.text === '(') break;
    if (!(nameLike(t) || (LONG_NAME_JOINERS.has(t.norm) && !t.upper) || ((t.text === '-' || t.text === '‑') && t.glued))) return j;
    k++;
  }
  // The bracket holds one short name: "(SNAI)", "(Devida)", "(AANES)".
  const inner = tokens[k + 1];
  if (tokens[k]?.text !== '(' || !inner || !nameLike(inner) || tokens[k + 2]?.text !== ')') return j;
  if (!nameLike(tokens[k - 1])) return j;
  return k;
}

function afterOpener(tokens: Token[], i: number, s: Sentence): boolean {
  const prev = tokens[i - 1];
  // A dateline's bracket opens the outlet's name, not a sentence: "5 March 2025 (Horn Dispatch) -".
  if (prev?.text === '(' && i - 2 >= s.first && (tokens[i - 2].kind === 'number' || MONTHS.has(tokens[i - 2].norm))) return false;
  // ...and so does a caption's credit that is its whole sentence: "(Horn Dispatch)".
  if (prev?.text === '(' && i - 1 === s.first && tokens[s.last - 1]?.text === ')') return false;
  return i > s.first && /^["“‘'(\[—–-]$/.test(prev.text) || (i > s.first && prev.text === ':');
}

/** "National Network for the Defense of Human Rights": a common first word in an organisation's name. */
function endsWithCue(tokens: Token[], first: number, last: number): boolean {
  const lastWord = tokens[last - 1];
  return last - first >= 3 && isWord(lastWord) && lastWord.upper && isCue(lastWord.norm);
}
