import type { Token } from '../core/index.js';
import type { DocView, Slot } from './view.js';
import { AUX, CLAUSE_WORDS, DETERMINERS, PARTITIVES, PREPOSITIONS, isAdverb } from './words.js';
import { TITLE_WORDS } from '../entities/words.js';
import { VERBS } from './lexicon.js';
import { coordinated } from './coordination.js';

const CURRENCY_WORDS = new Set(['rs', 'rupees', 'rupee', 'dollars', 'usd', 'inr', 'pkr', 'naira', 'euros', 'pounds', 'afghanis']);

/**
 * "Mexico's Jalisco New Generation Cartel": when a slot is a possessor of a
 * following slot, the possessed one is the head.
 */
export function possessedHead(view: DocView, slot: Slot, direction: 1 | -1): Slot {
  const { tokens } = view;
  if (direction === 1) {
    const next = tokens[slot.last];
    if (next && (next.norm === "'s" || next.norm === "'") && next.glued) {
      // "Hafiz Saeed's proscribed Jamaat-ud-Dawa": over one or two lower-case modifiers.
      let k = slot.last + 1;
      while (k < slot.last + 3 && tokens[k]?.kind === 'word' && !tokens[k].upper && /(ed|al|ist|ic|ian)$/.test(tokens[k].norm) && !view.slotAt(k)) k++;
      const after = view.slotAt(k);
      if (after && after.entity.type !== 'Person') return after;
      if (after && k === slot.last + 1) return after;
    }
    return slot;
  }
  const before = tokens[slot.first - 1];
  if (before && (before.norm === "'s" || before.norm === "'") && before.glued && view.slotAt(slot.first - 2)) return slot;
  return slot;
}

/** "Kenyan police officers of the MSS mission": the group after "of" is the one meant. */
function ofHead(view: DocView, slot: Slot): Slot {
  const { tokens } = view;
  let k = slot.last;
  let n = 0;
  while (k < tokens.length && n < 2 && PARTITIVES.has(tokens[k].norm)) { k++; n++; }
  if (!n || tokens[k]?.norm !== 'of') return slot;
  const next = view.slotAt(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
  return next && next.entity.type !== 'Location' ? next : slot;
}

/** "Hamas leader Khalil al-Hayya": a group named before a role and a person is the person's office; the person is the head. */
export function roleHead(view: DocView, slot: Slot): Slot {
  const { tokens } = view;
  let k = slot.last;
  let roles = 0;
  for (;;) {
    if (k < tokens.length && roles < 5 && tokens[k].kind === 'word' && !tokens[k].upper && ROLE_HEADS.has(tokens[k].norm)) { k++; roles++; continue; }
    // "deputy emir [commander] and founding member X": a bracketed gloss, and a second role.
    if (roles && tokens[k]?.text === '[' && tokens[k + 2]?.text === ']' && !tokens[k + 1].upper) { k += 3; continue; }
    if (roles && tokens[k]?.norm === 'and' && ROLE_HEADS.has(tokens[k + 1]?.norm ?? '') && !tokens[k + 1].upper) { k++; continue; }
    // "an Islamic State emir known as X", "a commander called X"
    if (roles && tokens[k]?.norm === 'known' && tokens[k + 1]?.norm === 'as') { k += 2; continue; }
    if (roles && /^(called|named|dubbed)$/.test(tokens[k]?.norm ?? '')) { k++; continue; }
    break;
  }
  // "Rwandan Joint Task Force Commander Maj. Gen. X": capitalised titles and their full stops.
  while (k < tokens.length && roles < 6 && ((tokens[k].kind === 'word' && tokens[k].upper && TITLE_WORDS.has(tokens[k].norm)) || (tokens[k].text === '.' && tokens[k].glued && roles > 0))) { k++; roles++; }
  const person = roles ? view.slotAt(k) : undefined;
  return person && person.entity.type === 'Person' ? person : slot;
}

const ROLE_HEADS = new Set('founding senior top leader leaders chief commander spokesman spokesperson spokeswoman head founder emir deputy coordinator chairman official officials minister secretary political bureau military operative member members fighter militant'.split(' '));

/** Skippable words between a trigger (or preposition) and its object noun phrase. */
function skippable(t: Token): boolean {
  if (t.kind === 'number') return true;
  // Titles before a name ("Defence Minister Khawaja Asif") and currencies before an amount ("Rupees 50 lacs").
  if (t.kind === 'word' && t.upper && (TITLE_WORDS.has(t.norm) || CURRENCY_WORDS.has(t.norm))) return true;
  if (t.kind !== 'word') return t.text === '-' || t.text === '“' || t.text === '"' || t.text === '‘' || t.text === "'";
  // "The" before a name that drops it ("to The Resistance Front").
  if (t.upper) return t.norm === 'the';
  // A preposition ends the object phrase ("shelter there since the US withdrawal"), whatever else it can be.
  if (PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm)) return false;
  return DETERMINERS.has(t.norm) || PARTITIVES.has(t.norm) || isAdverb(t.norm) || (!PREPOSITIONS.has(t.norm) && !CLAUSE_WORDS.has(t.norm) && !AUX.has(t.norm) && !/(ed|ing)$/.test(t.norm));
}

/** The object slots starting at token `k`: the first slot after skippable words, with its coordinated slots. */
export function objectFrom(view: DocView, k: number, window = 8): Slot[] {
  const { tokens } = view;
  const s = view.sentence(Math.min(k, tokens.length - 1));
  for (let steps = 0; k < s.last && steps < window; k++, steps++) {
    const slot = view.slotAt(k);
    if (slot) {
      // "the Iran-backed Kataib Hezbollah militia": a name inside a compound modifier is not the object.
      if (tokens[slot.last]?.text === '-' && tokens[slot.last].glued && tokens[slot.last + 1]?.glued && !view.slotAt(slot.last + 1)) { k = slot.last + 1; continue; }
      // "anti-Pakistan terrorist group TTP", "pro-Kyiv fighters": the prefixed name is a modifier.
      if (tokens[slot.first - 1]?.text === '-' && slot.mention.text === view.text(slot.first, slot.last) && /^(anti|pro|non)$/.test(tokens[slot.first - 2]?.norm ?? '')) { k = slot.last - 1; continue; }
      const heads = coordinated(view, roleHead(view, possessedHead(view, ofHead(view, slot), 1)), 1).map((x) => roleHead(view, possessedHead(view, ofHead(view, x), 1)));
      return heads;
    }
    const t = tokens[k];
    if (t.norm === 'of' && k > 0 && PARTITIVES.has(tokens[k - 1].norm)) continue;
    // "the affiliate group known as ISM", "a militia called X": the name that follows is the object.
    if ((t.norm === 'known' || t.norm === 'referred') && tokens[k + 1]?.norm === 'as') { k++; continue; }
    if (/^(called|dubbed|named|styled)$/.test(t.norm) && steps > 0) continue;
    // "handed the suspects over to X": "to" here leads to a recipient, not the object ("up to 40" aside).
    if (t.norm === 'to' && tokens[k - 1]?.norm !== 'up') return [];
    // "at least 12 soldiers", "more than 40 people, including police": counts before the victims.
    if (/^(at|more|fewer|less)$/.test(t.norm) && /^(least|most|than)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'number') { k++; continue; }
    if ((t.text === ',' && tokens[k + 1]?.norm === 'including') || (t.norm === 'including' && steps > 0)) continue;
    // "120 detainees, among them an emir known as X"
    if (t.text === ',' && tokens[k + 1]?.norm === 'among' && /^(them|whom)$/.test(tokens[k + 2]?.norm ?? '')) { k += 2; continue; }
    // "warned that Israel would...": a clause, not an object; "about 200": only before a number.
    if (steps === 0 && (t.norm === 'that' || t.norm === 'whether' || t.norm === 'if')) return [];
    // "talks to any group that lays down its arms": a relative clause ends the object phrase.
    if (steps > 0 && /^(that|which|who|whom|whose)$/.test(t.norm)) return [];
    if (/^(about|around|over|nearly|almost|up)$/.test(t.norm) && tokens[k + 1]?.kind !== 'number' && tokens[k + 1]?.norm !== 'to') return [];
    // "the banned Lashkar-e-Taiba", "the proscribed group": a participle after a determiner is an adjective.
    if (t.kind === 'word' && !t.upper && /(ed|ing)$/.test(t.norm) && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) continue;
    // "said Mr. Singh", "Lt. Gen. X": the full stop of an abbreviated title.
    if (t.text === '.' && t.glued && TITLE_WORDS.has(tokens[k - 1]?.norm ?? '')) continue;
    // "Defence Minister X", "Army Chief Gen X": a capitalised word that opens a title.
    if (t.kind === 'word' && t.upper && tokens[k + 1]?.upper && TITLE_WORDS.has(tokens[k + 1].norm) && !view.slotAt(k + 1)) continue;
    // "120 Iraqi detainees, among them X": a nationality the text names no actor with.
    if (t.kind === 'word' && t.upper && /(i|ian|ese|ish|an)$/.test(t.norm) && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].upper && steps > 0) continue;
    if (!skippable(t)) return [];
  }
  return [];
}

const VERB_BASES = new Set([...VERBS.map((v) => v.base.split(' ')[0]), ...'be do make take stop end act help keep ensure prevent allow avoid step join leave return honour honor curb dismantle rein expel'.split(' ')]);
const isInfinitive = (t: Token | undefined) => !!t && t.kind === 'word' && !t.upper && VERB_BASES.has(t.norm);

/**
 * Members of an object group named further on: "released a hundred TTP
 * fighters convicted for terrorism, including TTP commander Muslim Khan",
 * "communicated to the Hamas leadership, including X and Y".
 */
export function includedAfter(view: DocView, objects: Slot[]): Slot[] {
  const { tokens } = view;
  if (!objects.length) return [];
  const last = objects[objects.length - 1];
  const s = view.sentence(last.first);
  for (let k = last.last; k < s.last && k - last.last < 14; k++) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.' || t.text === ':' || /^(but|while|whereas|because|and)$/.test(t.norm)) return [];
    if (view.slotAt(k)) return [];
    if (t.norm === 'including') return objectFrom(view, k + 1, 6).filter((x) => !objects.includes(x));
    if (t.norm === 'among' && /^(them|whom)$/.test(tokens[k + 1]?.norm ?? '')) return objectFrom(view, k + 2, 8).filter((x) => !objects.includes(x));
  }
  return [];
}

/** The object after a preposition that follows the trigger within a short window ("declared war against X"). */
export function objectAfterPreposition(view: DocView, from: number, preps: string[], window = 8): { slots: Slot[]; prep: number } | undefined {
  const { tokens } = view;
  const s = view.sentence(Math.min(from, tokens.length - 1));
  for (let k = from, steps = 0; k < s.last && steps < window; k++, steps++) {
    const t = tokens[k];
    if (view.slotAt(k)) return undefined;
    if (preps.includes(t.norm)) {
      // "calls to arrest X": "to" before a verb opens an infinitive, not an object.
      if (t.norm === 'to' && isInfinitive(tokens[k + 1])) return undefined;
      const slots = objectFrom(view, k + 1);
      return slots.length ? { slots, prep: k } : undefined;
    }
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') return undefined;
  }
  return undefined;
}

/** The slot before a bracketed acronym ending at `close` ("X (ACR)" -> X). */
export function slotBeforeBracket(view: DocView, close: number): Slot | undefined {
  const { tokens } = view;
  let j = close - 1;
  while (j > 0 && close - j < 8 && tokens[j].text !== '(' && tokens[j].text !== '[') j--;
  if (tokens[j]?.text !== '(' && tokens[j]?.text !== '[') return undefined;
  return view.slotAt(j - 1);
}
