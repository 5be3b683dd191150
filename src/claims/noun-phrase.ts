import type { Token } from '../core/index.js';
import { objectFrom, subjectBefore } from './arguments.js';
import { VERBS } from './lexicon.js';
import { verbForms } from './inflect.js';
import type { DocView, Slot } from './view.js';
import { BE, DETERMINERS, PREPOSITIONS, isAdverb } from './words.js';

// The words around a trigger noun: its modifiers and possessor on the left,
// a copula or apposition that names its subject, the verb that governs it.
export const LIGHT = new Set('engaged engage engages participated participate participates took take takes taking lead led leads leading has have had having make made makes launch launched launches conduct conducted conducts carry carried carries out give gave given gives provide provided provides providing offer offered offers extend extended extends maintain maintained maintains establish established keep kept issue issued issues enjoy enjoyed enjoys hold held holds start started begin began resume resumed continue continued step stepped up intensify intensified conclude concluded concludes keeps open opened opens deny denies denied denying admit admits admitted attend attended attends join joined joins agree agreed agrees sign signed signs mount mounted mounts undertake undertook undertaken undertaking'.split(' '));
/** Verbs whose subject undergoes the noun's act: "X responded to an attack by Y", "X disregarded Y's requests". */
export const UNDERGO = new Set('responded respond responds repelled repel repels repulsed faced face faces suffered suffer suffers survived survive came under thwarted foiled disregarded disregards ignored ignores rejected rejects refused refuses heeded heeds accepted accepts welcomed welcomes denied denies dismissed dismisses received receives'.split(' '));
/** Verbs whose subject did the noun's act: "X was involved in the attack on Y", "X was behind the bombing". */
export const DO_ACT = new Set('involved responsible behind perpetrated masterminded orchestrated plotted planned executed led claimed claims claim'.split(' '));
export const RECEIVE = new Set('receive received receives receiving get got gets obtain obtained obtains enjoy enjoyed enjoys seek sought seeks accept accepted accepts'.split(' '));

/** Every form of a trigger verb: such a word before a noun is its verb, not its modifier ("ISWAP fighters overrun army base"). */
const VERB_FORMS = new Set(VERBS.flatMap((v) => (v.base.includes(' ') ? [] : verbForms(v.base))));
const modifierWord = (t: Token) => t.kind === 'number' || (t.kind === 'word' && !t.upper && !PREPOSITIONS.has(t.norm) && !BE.has(t.norm) && !LIGHT.has(t.norm) && !RECEIVE.has(t.norm) && !/^(and|or|but|that|which|who|as)$/.test(t.norm) && !(VERB_FORMS.has(t.norm) && !/ed$/.test(t.norm)))
  || t.text === '-' || t.text === '‘' || t.text === '’' || t.text === '“' || t.text === '”';

export interface NounPhraseLeft {
  /** Possessor or modifier slot ("ISKP's", "ISKP video", "US air strikes"). */
  owner?: Slot;
  /** Two slots joined by a hyphen before the noun ("ISKP-TTP amalgam"). */
  pair?: [Slot, Slot];
  /** First token of the noun phrase (after its determiner). */
  start: number;
}

/** Reads the words before a noun: modifiers, a possessor or a modifying name, a hyphenated pair. */
export function leftOfNoun(view: DocView, first: number): NounPhraseLeft {
  const { tokens } = view;
  const s = view.sentence(first);
  let k = first - 1;
  let steps = 0;
  while (k >= s.first && steps < 4 && !view.slotAt(k) && modifierWord(tokens[k]) && !DETERMINERS.has(tokens[k].norm) && tokens[k].norm !== "'s") { k--; steps++; }
  // "Qatar-mediated talks", "Saudi-brokered truce": the name in the compound is a go-between, not a party.
  if (view.slotAt(k) && tokens[k + 1]?.text === '-' && /^(mediated|brokered|hosted|sponsored|facilitated|organised|organized)$/.test(tokens[k + 2]?.norm ?? '')) {
    return { start: view.slotAt(k)!.first };
  }
  const t = tokens[k];
  if (t && (t.norm === "'s" || t.norm === "'") && t.glued && view.slotAt(k - 1)) return { owner: view.slotAt(k - 1), start: view.slotAt(k - 1)!.first };
  const slot = k >= s.first ? view.slotAt(k) : undefined;
  if (slot) {
    const before = tokens[slot.first - 1];
    if (before && (before.text === '-' || before.text === '–') && before.glued === true && view.slotAt(slot.first - 2)) return { pair: [view.slotAt(slot.first - 2)!, slot], start: slot.first - 2 };
    return { owner: slot, start: slot.first };
  }
  return { start: k + 1 };
}

/** A copula or "as" before the noun phrase: "X is a proxy of Y", "X, a front of Y", "X acting as Y's mouthpiece". */
export function predicateSubject(view: DocView, start: number): { slots: Slot[]; via: string } | undefined {
  const { tokens } = view;
  const s = view.sentence(start);
  let k = start - 1;
  // Modifiers of the noun ("a Yemeni staff member", "the armed core"), back to its determiner.
  let mods = 0;
  while (k > s.first && mods < 4 && !view.slotAt(k) && tokens[k].kind === 'word' && !DETERMINERS.has(tokens[k].norm) && !BE.has(tokens[k].norm) && tokens[k].norm !== 'as' && (DETERMINERS.has(tokens[k - 1].norm) || !tokens[k - 1].upper || tokens[k - 1].kind !== 'word')) { k--; mods++; }
  while (k >= s.first && (DETERMINERS.has(tokens[k].norm) || isAdverb(tokens[k].norm) || /^(former|then|just|only|effectively|merely|essentially|nothing|but|more|than|mere|key|major|important|close|main|sole)$/.test(tokens[k].norm))) k--;
  // "X, the Army's 103rd Brigade commander": over the possessor, which owns the unit and is no subject.
  if (/^('s|’s|')$/.test(tokens[k]?.norm ?? '') && view.slotAt(k - 1)) {
    k = view.slotAt(k - 1)!.first - 1;
    while (k >= s.first && DETERMINERS.has(tokens[k].norm)) k--;
  }
  const t = tokens[k];
  if (!t) return undefined;
  if (BE.has(t.norm) || /^(become|became|becomes|remain|remained|remains|seen|considered|viewed|regarded)$/.test(t.norm)) {
    let j = k;
    while (j - 1 >= s.first && (BE.has(tokens[j - 1].norm) || isAdverb(tokens[j - 1].norm) || /^(has|have|had|not|n't)$/.test(tokens[j - 1].norm))) j--;
    return subjectBefore(view, j);
  }
  if (t.norm === 'as') {
    let j = k - 1;
    while (j >= s.first && /^(acting|serving|act|acts|acted|serve|serves|served|functioning|functions|operating|operates|operated|used|seen|regarded|described|emerged|works|working)$/.test(tokens[j].norm)) j--;
    if (j === k - 1) return undefined;
    return subjectBefore(view, j + 1);
  }
  if (t.text === ',' && view.slotAt(k - 1)) return { slots: [view.slotAt(k - 1)!], via: 'apposition' };
  const slot = view.slotAt(k);
  if (slot && tokens[slot.last]?.norm !== "'s") return { slots: [slot], via: 'apposition' };
  return undefined;
}

/** "of which the AA is a member": the antecedent of "which". */
export function ofWhichAntecedent(view: DocView, from: number): Slot | undefined {
  const { tokens } = view;
  if (from < 1) return undefined;
  const s = view.sentence(from);
  for (let k = from; k > s.first + 1; k--) {
    if (tokens[k].norm === 'which' && tokens[k - 1].norm === 'of') {
      let j = k - 2;
      if (tokens[j]?.text === ',') j--;
      return view.slotAt(j);
    }
    if (tokens[k].text === ',' && k < from - 6) return undefined;
  }
  return undefined;
}

const HIT = /^(targeted|hit|struck|attacked|bombed|shelled|destroyed|damaged|raided|ambushed)$/;

/**
 * What an attack named after "was targeted by" hit: the passive subject, or
 * the owner it belongs to ("a headquarters belonging to the 47th Brigade").
 */
export function passivePatients(view: DocView, start: number): Slot[] {
  const { tokens } = view;
  while (start > 0 && (DETERMINERS.has(tokens[start - 1].norm) || tokens[start - 1].kind === 'number') && tokens[start - 1].norm !== 'by') start--;
  if (tokens[start - 1]?.norm !== 'by' || !HIT.test(tokens[start - 2]?.norm ?? '') || !BE.has(tokens[start - 3]?.norm ?? '')) return [];
  const s = view.sentence(start);
  let k = start - 4;
  while (k > s.first && isAdverb(tokens[k].norm)) k--;
  // Back to the start of the patient phrase: "belonging to X", "of X", "used by X" name its owner.
  for (let j = k; j > s.first && k - j < 16; j--) {
    if (/^(belonging|owned|used|run|operated)$/.test(tokens[j].norm) && /^(to|by)$/.test(tokens[j + 1]?.norm ?? '')) {
      const owner = objectFrom(view, j + 2, 3);
      if (owner.length) return owner;
    }
    if (tokens[j].text === ',' || tokens[j].text === '"' || tokens[j].text === '“' || CLAUSE_START.test(tokens[j].norm)) break;
  }
  return subjectBefore(view, k + 1)?.slots ?? [];
}

const CLAUSE_START = /^(that|which|who|when|while|after|before|because)$/;

/** The verb governing a noun phrase that starts at `start` ("responded to [an attack]", "involved in [the bombing]"), and its subject. */
export function governingVerb(view: DocView, start: number): { verb: number; subject: Slot[] } | undefined {
  const { tokens } = view;
  let k = start - 1;
  // "involved in 15 incidents of targeted killings", "behind a series of attacks": over the counting phrase.
  if (tokens[k]?.norm === 'of' && /^(incidents|series|wave|spate|string|number|dozens|hundreds|cases|acts)$/.test(tokens[k - 1]?.norm ?? '')) {
    k -= 2;
    while (k >= 0 && (tokens[k].kind === 'number' || /^(a|an|the|several|many|numerous|multiple|at|least)$/.test(tokens[k].norm))) k--;
  }
  // "responded to a recent unprovoked attack": over a few adjectives first.
  for (let n = 0; n < 3 && k >= 0 && tokens[k].kind === 'word' && !tokens[k].upper && !view.slotAt(k) && !DETERMINERS.has(tokens[k].norm) && !UNDERGO.has(tokens[k].norm) && !DO_ACT.has(tokens[k].norm) && !/^(to|in|for|under|with|on|by)$/.test(tokens[k].norm); n++) k--;
  while (k >= 0 && (DETERMINERS.has(tokens[k].norm) || /^(to|in|for|under|with|on|by)$/.test(tokens[k].norm)) && !view.slotAt(k)) k--;
  if (k < 0 || view.slotAt(k)) return undefined;
  // "came under attack": two words.
  const verb = tokens[k].norm === 'under' ? k - 1 : k;
  if (!UNDERGO.has(tokens[verb]?.norm ?? '') && !DO_ACT.has(tokens[verb]?.norm ?? '')) return undefined;
  let j = verb;
  while (j - 1 >= 0 && (BE.has(tokens[j - 1].norm) || isAdverb(tokens[j - 1].norm) || /^(has|have|had|also|allegedly|reportedly|believed|to|be|been)$/.test(tokens[j - 1].norm))) j--;
  const subject = subjectBefore(view, j);
  return subject ? { verb, subject: subject.slots } : undefined;
}
