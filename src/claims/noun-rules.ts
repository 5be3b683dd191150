import type { Token } from '../core/index.js';
import { coordinated, nearestSubject, objectAfterPreposition, objectFrom, sentenceSubject, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import { victimsAfter } from './victims.js';
import { VERBS } from './lexicon.js';
import { verbForms } from './inflect.js';
import type { TriggerMatch } from './triggers.js';
import type { DocView, Slot } from './view.js';
import { BE, DETERMINERS, PREPOSITIONS, isAdverb } from './words.js';

const LIGHT = new Set('engaged engage engages participated participate participates took take takes taking lead led leads leading has have had having make made makes launch launched launches conduct conducted conducts carry carried carries out give gave given gives provide provided provides providing offer offered offers extend extended extends maintain maintained maintains establish established keep kept issue issued issues enjoy enjoyed enjoys hold held holds start started begin began resume resumed continue continued step stepped up intensify intensified conclude concluded concludes keeps open opened opens deny denies denied denying admit admits admitted attend attended attends join joined joins agree agreed agrees sign signed signs mount mounted mounts undertake undertook undertaken undertaking'.split(' '));
/** Verbs whose subject undergoes the noun's act: "X responded to an attack by Y", "X disregarded Y's requests". */
export const UNDERGO = new Set('responded respond responds repelled repel repels repulsed faced face faces suffered suffer suffers survived survive came under thwarted foiled disregarded disregards ignored ignores rejected rejects refused refuses heeded heeds accepted accepts welcomed welcomes denied denies dismissed dismisses received receives'.split(' '));
/** Verbs whose subject did the noun's act: "X was involved in the attack on Y", "X was behind the bombing". */
export const DO_ACT = new Set('involved responsible behind perpetrated masterminded orchestrated plotted planned executed led claimed claims claim'.split(' '));
const RECEIVE = new Set('receive received receives receiving get got gets obtain obtained obtains enjoy enjoyed enjoys seek sought seeks accept accepted accepts'.split(' '));

/** Every form of a trigger verb: such a word before a noun is its verb, not its modifier ("ISWAP fighters overrun army base"). */
const VERB_FORMS = new Set(VERBS.flatMap((v) => (v.base.includes(' ') ? [] : verbForms(v.base))));
const modifierWord = (t: Token) => t.kind === 'number' || (t.kind === 'word' && !t.upper && !PREPOSITIONS.has(t.norm) && !BE.has(t.norm) && !LIGHT.has(t.norm) && !RECEIVE.has(t.norm) && !/^(and|or|but|that|which|who|as)$/.test(t.norm) && !(VERB_FORMS.has(t.norm) && !/ed$/.test(t.norm)))
  || t.text === '-' || t.text === '‘' || t.text === '’' || t.text === '“' || t.text === '”';

interface NounPhraseLeft {
  /** Possessor or modifier slot ("ISKP's", "ISKP video", "US air strikes"). */
  owner?: Slot;
  /** Two slots joined by a hyphen before the noun ("ISKP-TTP amalgam"). */
  pair?: [Slot, Slot];
  /** First token of the noun phrase (after its determiner). */
  start: number;
}

/** Reads the words before a noun: modifiers, a possessor or a modifying name, a hyphenated pair. */
function leftOfNoun(view: DocView, first: number): NounPhraseLeft {
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
function predicateSubject(view: DocView, start: number): { slots: Slot[]; via: string } | undefined {
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
function ofWhichAntecedent(view: DocView, from: number): Slot | undefined {
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

/** Claims from a noun: "X's attack on Y", "the alliance between X and Y", "the X-Y nexus", "X is Y's proxy". */
export function nounClaims(view: DocView, m: TriggerMatch): RawClaim[] {
  const noun = m.noun!;
  const { tokens } = view;
  const out: RawClaim[] = [];
  const push = (x: Slot, y: Slot, via: string, strength: number) => {
    if (x.entity.id !== y.entity.id) out.push({ subject: x, object: y, predicate: noun.predicate, trigger: [m.first, m.last], rule: `noun/${noun.noun.replace(/ /g, '-')}/${via}`, strength });
  };
  const left = leftOfNoun(view, m.first);
  if (noun.pair) {
    if (left.pair) { push(left.pair[0], left.pair[1], 'hyphen-pair', 0.75); return out; }
    const between = objectAfterPreposition(view, m.last, ['between'], 3);
    if (between && between.slots.length >= 2) { push(between.slots[0], between.slots[1], 'between', 0.8); return out; }
  }
  if (noun.predicative) {
    const subject = predicateSubject(view, left.start);
    let objects: Slot[] = left.owner ? [left.owner] : objectAfterPreposition(view, m.last, noun.objects, 3)?.slots ?? [];
    if (!objects.length && subject) {
      const ante = ofWhichAntecedent(view, subject.slots[0].first - 1);
      if (ante) objects = [ante];
    }
    if (subject) for (const x of subject.slots) for (const y of objects) push(x, y, subject.via, 0.75);
    return out;
  }
  // Subject: the possessor or modifier, the subject of a light verb ("X carried out attacks on Y",
  // "X received funding from Y", reversed), or an agent after the noun ("attack by X on Y").
  let subjects: Slot[] = left.owner ? coordinated(view, left.owner, -1) : [];
  let via = 'possessor';
  let reverse = false;
  if (!subjects.length) {
    let k = left.start - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].norm)) k--;
    // "concluded the first round of talks": over the counting phrase to the verb.
    if (/^(round|rounds|session|sessions|phase|stage)$/.test(tokens[k]?.norm ?? '')) {
      k--;
      while (k >= 0 && (DETERMINERS.has(tokens[k].norm) || /^(first|second|third|fourth|final|new|latest|fresh|next|last|another|initial)$/.test(tokens[k].norm))) k--;
    }
    // "engaged in the fight against", "took part in the raid on"
    if (tokens[k]?.norm === 'in' && /^(engaged|engage|engages|participated|participate|participates|part|involved)$/.test(tokens[k - 1]?.norm ?? '')) k--;
    if (tokens[k]?.norm === 'part' && /^(took|take|takes|taking)$/.test(tokens[k - 1]?.norm ?? '')) k--;
    const verb = tokens[k];
    if (verb && (LIGHT.has(verb.norm) || RECEIVE.has(verb.norm))) {
      let j = k;
      while (j - 1 >= 0 && (LIGHT.has(tokens[j - 1].norm) || BE.has(tokens[j - 1].norm) || isAdverb(tokens[j - 1].norm) || /^(has|have|had|also|even|not|n't|to|started|begun|began)$/.test(tokens[j - 1].norm))) j--;
      let s = subjectBefore(view, j);
      // "..., by undertaking selective actions against X": a gerund after a preposition shares the clause's subject.
      if (!s && /ing$/.test(verb.norm) && /^(by|after|while|through|for|in)$/.test(tokens[j - 1]?.norm ?? '')) {
        const main = nearestSubject(view, j) ?? sentenceSubject(view, j);
        if (main) s = { slots: [main], via: 'gerund' };
      }
      if (s) { subjects = s.slots; via = `light-${s.via}`; reverse = RECEIVE.has(verb.norm); }
    }
  }
  if (!subjects.length && noun.agents?.length) {
    const agent = objectAfterPreposition(view, m.last, noun.agents, 6);
    if (agent) { subjects = agent.slots; via = 'agent'; }
  }
  // "X was involved in the attack on Y": the subject of the governing verb did it.
  if (!subjects.length) {
    const gov = governingVerb(view, left.start);
    if (gov && DO_ACT.has(tokens[gov.verb].norm)) { subjects = gov.subject; via = 'governed-actor'; }
  }
  // "X has been at war with Y", "X is in talks with Y": the copula's subject.
  if (!subjects.length && /^(at|in)$/.test(tokens[left.start - 1]?.norm ?? '') && noun.objects.includes('with')) {
    const s = predicateSubject(view, left.start - 1);
    if (s) { subjects = s.slots; via = `copula-${s.via}`; }
  }
  // "flew gunships in support of Malian troops": the clause's subject.
  if (!subjects.length && tokens[left.start - 1]?.norm === 'in' && /^(support|cooperation|coordination|alliance|collaboration|partnership)$/.test(tokens[m.first].norm)) {
    const main = sentenceSubject(view, left.start - 1);
    if (main) { subjects = [main]; via = 'in-support-of'; }
  }
  // "a joint Nigeria-Chad military operation against Boko Haram": both sides of the hyphen act.
  if (!subjects.length && left.pair) { subjects = [left.pair[0], left.pair[1]]; via = 'hyphen-pair'; }
  // "Pakistan and Afghanistan concluded talks": a symmetric noun between coordinated subjects.
  if (noun.pair && subjects.length >= 2 && !noun.objects.some((p) => objectAfterPreposition(view, m.last, [p], 4))) {
    push(subjects[0], subjects[1], `${via}-pair`, 0.7);
    return out;
  }
  if (!subjects.length) return out;
  const objectPreps = reverse ? ['from'] : noun.objects;
  // The object may follow the agent: "an attack carried out by X fighters on its camp".
  const agentEnd = via === 'agent' ? Math.max(...subjects.map((x) => x.last)) : m.last;
  const found = objectAfterPreposition(view, m.last, objectPreps, 6) ?? (agentEnd > m.last ? objectAfterPreposition(view, agentEnd, objectPreps, 4) : undefined);
  let objects = found?.slots ?? [];
  // "X responded to an attack by Y", "X disregarded Y's requests": the governing verb's subject undergoes it.
  if (!objects.length) {
    const gov = governingVerb(view, left.start);
    if (gov && UNDERGO.has(tokens[gov.verb].norm)) {
      objects = gov.subject;
      // "ISWAP fighters responded to an attack by the Nigerian army": who answers an attack is hostile to its author.
      if (noun.predicate === 'ATTACKED' && /^(responded|respond|responds|repelled|repel|repels|repulsed|thwarted|foiled)$/.test(tokens[gov.verb].norm)) {
        for (const x of gov.subject) for (const y of subjects) if (x.entity.id !== y.entity.id) out.push({ subject: x, object: y, predicate: 'HOSTILE_TO', trigger: [gov.verb, m.last], rule: `noun/${noun.noun}/${tokens[gov.verb].norm}`, strength: 0.6 });
      }
    }
  }
  // "X's ties with Y": with no object after the noun, a direct object may follow a light verb's subject.
  if (!objects.length && noun.pair && noun.objects.includes('with')) objects = objectAfterPreposition(view, m.last, ['with', 'to'], 4)?.slots ?? [];
  // "a headquarters belonging to the 47th Brigade was targeted by three drone strikes by American aircraft".
  if (!objects.length && noun.predicate === 'ATTACKED') objects = passivePatients(view, left.start);
  // "strikes that resulted in the deaths of four PMF fighters", "an ambush, killing six police officers".
  if (!objects.length && noun.predicate === 'ATTACKED') objects = victimsAfter(view, Math.max(m.last, agentEnd));
  if (!objects.length && noun.predicate === 'BASED_IN') objects = objectFrom(view, m.last, 3).filter((o) => o.entity.type === 'Location');
  for (const x of subjects) for (const y of objects) reverse ? push(y, x, via, 0.65) : push(x, y, via, via === 'possessor' ? 0.7 : 0.65);
  return out;
}

const HIT = /^(targeted|hit|struck|attacked|bombed|shelled|destroyed|damaged|raided|ambushed)$/;

/**
 * What an attack named after "was targeted by" hit: the passive subject, or
 * the owner it belongs to ("a headquarters belonging to the 47th Brigade").
 */
function passivePatients(view: DocView, start: number): Slot[] {
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
