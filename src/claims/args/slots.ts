import { actorWords, attributionWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import { slotPath } from '../lexicon/slots.js';
import type { LexEntry } from '../lexicon/types.js';
import type { Slot } from '../rules/types.js';
import { follow, type Path } from './paths.js';
import { antecedentAttackers, incidentDoers, incidentTargets, victimsOfClause, isIncident } from './events.js';
import { labelled } from './labels.js';
import { inheritedPatients, inheritedSubjects } from './subjects.js';

// The bearer of a noun ("self"): the name in apposition, the subject of
// "is", the name it titles ("affiliate JNIM", "commander Khan").
const BEARER: Path[] = ['appos', '^appos', 'nsubj', '^compound', 'flat', '^nmod:desc', '@apposed'];
// What an adjective or participle is said of ("self"): its subject, or the noun it modifies.
const PREDICATED: Path[] = ['nsubj', 'nsubj:pass', '^amod', '^acl'];
// The name inside a compound modifier: "Iran - backed" hangs "Iran" on "backed".
const MODIFIER: Path[] = ['compound|obl:unmarked|obl:npmod|nmod:npmod|obl|nmod|nsubj|amod|dep|obj|advmod'];
// The noun a modifier describes.
const HEAD: Path[] = ['^amod|^acl|^compound|^conj|^advmod'];

/**
 * Whether a dependent of a trigger fills one of an entry's slots as the
 * lexicon names them: by its relation ("obj") or its relation with its case
 * word ("obl:on").
 */
export function fillsSlot(g: ClaimGraph, word: number, slots: ReadonlySet<string>): boolean {
  const rel = g.words[word].deprel;
  return slots.has(rel) || slots.has(`${rel}:${g.caseOf(word) ?? ''}`);
}

/** The words a slot stands for at a trigger. */
export function wordsFor(g: ClaimGraph, trigger: number, slot: Slot, entry: LexEntry | undefined): number[] {
  switch (slot) {
    case '@inherit': return inheritedSubjects(g, trigger);
    case '@patient': return inheritedPatients(g, trigger);
    case '@object': return entrySlots(g, trigger, possessorIsDoer(g, trigger, entry) ? without(entry!.object, 'nmod:poss') : entry?.object ?? [], entry);
    case '@agent': return entrySlots(g, trigger, possessorIsDoer(g, trigger, entry) ? ['nmod:poss', ...(entry?.agent ?? [])] : entry?.agent ?? entry?.subject ?? [], entry);
    case '@recipient': return entrySlots(g, trigger, entry?.recipient ?? [], entry);
    case '@speaker': return entrySlots(g, trigger, entry?.speaker ?? [], entry);
    case '@light': return lightSubjects(g, trigger, entry);
    case '@responder': return responders(g, trigger);
    case '@event': return g.entity(trigger)?.type === 'Event' ? [trigger] : [];
    case '@inner': return g.innerAt[trigger] >= 0 ? [trigger] : [];
    case '@apposed': return apposedSibling(g, trigger);
    case '@incident-doer': return incidentDoers(g, trigger);
    case '@victims': return victimsOfClause(g, trigger);
    case '@antecedent': return antecedentAttackers(g, trigger);
    case '@targets': return isIncident(g, trigger) ? incidentTargets(g, trigger) : [];
    case '@labelled-praise': return labelled(g, trigger, 'praise');
    case '@labelled-blame': return labelled(g, trigger, 'blame');
    default: return follow(g, trigger, slot);
  }
}

/**
 * An act noun whose undergoer may be its possessor ("Badie's imprisonment")
 * takes the possessor for its doer once an "of" phrase names the undergoer
 * ("Egypt's imprisonment of Badie"), as "X's capture of Y" is X's act.
 */
function possessorIsDoer(g: ClaimGraph, trigger: number, entry: LexEntry | undefined): boolean {
  const object = entry?.object;
  if (!Array.isArray(object) || !object.includes('nmod:poss') || !object.includes('nmod:of') || g.words[trigger].upos !== 'NOUN') return false;
  return g.tree.children(trigger, (r) => r.startsWith('nmod') && r !== 'nmod:poss').some((c) => g.caseOf(c) === 'of');
}

const without = (list: string[] | string, slot: string) => (typeof list === 'string' ? [list] : list).filter((s) => s !== slot);

/**
 * The words in an entry's slots, tried in order until one gives words:
 * "self", "modifier", "head" name the bearer, the name in a compound and the
 * noun modified; "ccomp>nsubj" the subject of the clause the trigger
 * governs; others are a relation with its case word ("obl:against"). The
 * parser often hangs a prepositional phrase on the verb rather than on the
 * noun before it ("launched an attack | on the base"), or the other way
 * round: a slot with a case word is also looked for one step away.
 */
export function entrySlots(g: ClaimGraph, trigger: number, slots: string[] | string, entry: LexEntry | undefined): number[] {
  let list = typeof slots === 'string' ? [slots] : slots;
  // An entry that names no slot for a side leaves it to the rule's other slots ("froze the assets of X" names no agent: the subject is).
  if (!list.length) return [];
  // "fought alongside the army" with "alongside" taken for an adverb: the army is a companion, not the object.
  if (g.tree.children(trigger, 'advmod').some((c) => g.words[c].form.toLowerCase() === 'alongside')) list = list.filter((s) => s !== 'obj');
  const out: number[] = [];
  for (const slot of list) {
    // The bearer of a role is the first that names one, its own apposed name before the noun it is apposed to ("A, former envoy B, and C": B).
    if (slot === 'self' && !entry?.type) {
      for (const path of BEARER) {
        const found = (path.startsWith('@') ? wordsFor(g, trigger, path as Slot, entry) : follow(g, trigger, path)).filter((w) => g.words[w].upos !== 'NUM' && !out.includes(w));
        if (found.length) { out.push(...found); break; }
      }
      // "its Az-Zallaqa media arm": with the owner said by a possessor, a name inside the phrase is the bearer's
      // (without one, "the Hamas military wing", the name is the owner; a place, "al-Qaeda's Sahel branch", is where).
      if (out.length === 0 && entry?.kind === 'relation' && g.tree.child(trigger, 'nmod:poss') >= 0) {
        out.push(...g.tree.children(trigger, 'compound').filter((c) => { const t = g.words[c].upos === 'PROPN' ? g.entity(c)?.type : undefined; return !!t && t !== 'Location' && t !== 'StateBody'; }));
      }
      continue;
    }
    const before = out.length;
    // A date is never an argument ("on February 21" is no target).
    for (const path of named(g, trigger, slot, entry)) for (const w of path.startsWith('@') ? wordsFor(g, trigger, path as Slot, entry) : follow(g, trigger, path)) if (!out.includes(w) && g.words[w].upos !== 'NUM') out.push(w);
    if ((slot === 'head' || (slot === 'self' && entry?.type)) && out.slice(before).every((w) => !NOMINAL.has(g.words[w].upos))) {
      const noun = prenominalNoun(g, trigger);
      if (noun >= 0) out.splice(before, out.length - before, noun);
    }
    if (slot === 'modifier' && g.innerAt[trigger] >= 0 && !out.includes(trigger)) out.push(trigger);
  }
  // "handed over 120 detainees, among them X" / ", including X" hung on the verb: more of the object.
  if (out.length && list.includes('obj')) {
    for (const c of g.tree.children(trigger, 'obl')) {
      if (g.caseOf(c) === 'including' || g.tree.children(c, (r) => r === 'obl' || r === 'nmod').some((p) => g.words[p].upos === 'PRON' && g.caseOf(p) === 'among')) if (!out.includes(c)) out.push(c);
    }
  }
  if (out.length) return out;
  // "froze the assets of X", "seized properties belonging to X": the object slots sit on the noun the entry needs;
  // failing all else, the noun itself (an incident that may name its target).
  const nouns = entry?.with ? g.tree.children(trigger, (r) => r === 'obj' || r === 'obl' || r === 'iobj' || r === 'nsubj:pass').filter((c) => entry.with!.includes(g.lemma(c))) : [];
  const onNoun = nouns.flatMap((n) => list.filter((s) => /^(obl|nmod):[a-z]/.test(s) && !/:(poss|agent|tmod|npmod|unmarked)$/.test(s)).flatMap((s) => follow(g, n, slotPath(s))));
  if (onNoun.length) return onNoun;
  // "designated X as a terrorist group", "declared X an enemy": the parser may make the object the subject of the small clause after it.
  if (list.includes('obj')) {
    const small = g.tree.children(trigger, (r) => r === 'obl' || r === 'xcomp').flatMap((c) => g.tree.children(c, 'nsubj')).filter((x) => x > trigger);
    if (small.length) return small;
  }
  // "handed over X" where the tagger took "over" for a preposition: the object is the phrase it introduces.
  if (entry?.particle && list.includes('obj')) {
    const asCase = g.tree.children(trigger, (r) => r === 'obl' || r === 'nmod').filter((c) => g.caseOf(c) === entry.particle);
    if (asCase.length) return asCase;
  }
  // "apprehended and handed over X": coordinated verbs share the object the last one takes.
  if (g.words[trigger].upos === 'VERB') {
    const shared = g.tree.children(trigger, 'conj').filter((c) => g.words[c].upos === 'VERB').flatMap((c) => list.filter((s) => s === 'obj').flatMap((s) => follow(g, c, slotPath(s))));
    if (shared.length) return shared;
  }
  const prepositional = list.filter((s) => /^(obl|nmod):[a-z]/.test(s) && !/:(poss|agent|tmod|npmod|unmarked)$/.test(s)).map(slotPath);
  if (!prepositional.length) return nouns;
  const w = g.words[trigger];
  // A noun's phrase may sit on its verb ("launched an attack | on X") or on a participle after it ("an attack carried out by Y | on X").
  // Or on the noun's content ("a campaign of bombings | against the Taliban").
  const near = w.upos === 'NOUN'
    ? [...(w.head >= 0 && (w.deprel === 'obj' || w.deprel === 'nsubj:pass') ? [w.head] : []), ...g.tree.children(trigger, 'acl').filter((c) => g.words[c].xpos === 'VBN'), ...g.tree.children(trigger, (r) => r === 'nmod').filter((c) => g.caseOf(c) === 'of')]
    // "launched Operation X on February 21 | against Y": a phrase hung on the date belongs to the verb.
    // Or on the content of its object ("gave a sum of money | to X").
    : [...g.tree.children(trigger, 'obj').flatMap((o) => [o, ...g.tree.children(o, 'nmod').filter((c) => g.caseOf(c) === 'of')]), ...g.tree.children(trigger, 'obl').filter((c) => g.words[c].upos === 'NUM')];
  const hung = near.flatMap((x) => prepositional.flatMap((p) => follow(g, x, p)));
  return hung.length ? hung : nouns;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "The Iran-backed Houthis seized the ship": the parser may hang a
 * participle that stands before a name on the clause's verb; the noun right
 * after it is still the one it modifies.
 */
function prenominalNoun(g: ClaimGraph, trigger: number): number {
  const w = g.words[trigger], next = g.words[trigger + 1];
  // A hyphenated compound ("Iran-backed") before a noun modifies it, however the parser hung it (even as the root).
  const hyphenated = g.words[trigger - 1]?.xpos === 'HYPH';
  if ((w.deprel !== 'amod' && !hyphenated) || !next || next.sentence !== w.sentence || !NOMINAL_HEAD.has(next.upos)) return -1;
  // "Iran-backed Houthi rebels": the phrase's head, not its first noun.
  let h = trigger + 1;
  while (g.words[h].head > h && g.words[h].head - trigger <= 6 && NOMINAL_HEAD.has(g.words[g.words[h].head].upos)) h = g.words[h].head;
  return h;
}
const NOMINAL_HEAD = new Set(['NOUN', 'PROPN']);

function named(g: ClaimGraph, trigger: number, slot: string, entry: LexEntry | undefined): Path[] {
  switch (slot) {
    case 'self': return entry?.type ? PREDICATED : BEARER;
    case 'modifier': return MODIFIER;
    case 'head': return HEAD;
    case 'complement': return ['obj|obl|nmod'];
  }
  if (slot.startsWith('@')) return [slot];
  if (slot.includes('>')) return [slot.split('>').map(slotPath).join('/')];
  void g; void trigger;
  return [slotPath(slot)];
}

/**
 * The doer of an event noun found around it: the subject of the light verb
 * that governs it ("X launched an attack", "X claimed responsibility for the
 * attack", "X took part in the raid", through "a series of attacks"), the
 * agent of a participle on it ("an attack carried out by X"), the subject of
 * "responsible for" ("X was responsible for the attack") or of a copula ("X
 * is at war with Y").
 */
export function lightSubjects(g: ClaimGraph, noun: number, entry: LexEntry | undefined): number[] {
  const words = attributionWords();
  const quantities = actorWords().quantityNouns;
  for (const c of g.tree.children(noun, 'acl')) {
    if (g.words[c].xpos === 'VBN' && (words.lightVerbs.has(g.lemma(c)) || entry?.light?.some((l) => l.split(' ')[0] === g.lemma(c)))) {
      const agent = follow(g, c, 'obl:agent');
      if (agent.length) return agent;
      const by = follow(g, c, 'obl>by');
      if (by.length) return by;
    }
  }
  if (g.tree.child(noun, 'cop') >= 0) {
    const subj = follow(g, noun, 'nsubj');
    if (subj.length) return subj;
  }
  let x = noun;
  // "responsibility for the attack", "a series of attacks", "the first round of talks": climb to the noun the verb governs.
  for (let guard = 0; guard < 3; guard++) {
    const w = g.words[x];
    if (!(w.deprel.startsWith('nmod') && w.head >= 0)) break;
    const h = g.lemma(w.head);
    if (!actorWords().responsibilityWords.has(h) && !quantities.has(h)) break;
    x = w.head;
  }
  const up = g.words[x];
  if (up.head < 0 || !(up.deprel === 'obj' || up.deprel === 'nsubj:pass' || up.deprel === 'obl')) return [];
  let verb = up.head;
  // "runs training camps" read as "runs, training camps": a bare gerund before the noun is its modifier, the verb above it governs the noun.
  const gerund = g.words[verb];
  if (up.deprel === 'obj' && gerund.xpos === 'VBG' && gerund.deprel === 'xcomp' && gerund.head >= 0 && !words.lightVerbs.has(g.lemma(verb)) && verb === x - 1) verb = gerund.head;
  const lemma = g.lemma(verb);
  // "X was responsible for the attack".
  if (up.deprel === 'obl' && g.words[verb].upos === 'ADJ' && actorWords().responsibilityWords.has(lemma)) return follow(g, verb, 'nsubj');
  const own = entry?.light?.some((l) => l.split(' ')[0] === lemma);
  // "engaged in the fight against Y", "took part in the attack on Y".
  const taking = up.deprel === 'obl' && g.caseOf(x) === 'in' && words.participationVerbs.has(lemma);
  if (!own && !taking && !words.lightVerbs.has(lemma)) return [];
  if (up.deprel === 'obl' && !own && !taking) return [];
  if (up.deprel === 'nsubj:pass') return follow(g, verb, 'obl:agent');
  return inheritedSubjects(g, verb);
}

/** "X responded to an attack by Y", "X repelled an assault": the one who answers an act was its target. */
export function responders(g: ClaimGraph, noun: number): number[] {
  const w = g.words[noun];
  if (w.head < 0 || !(w.deprel === 'obj' || w.deprel === 'obl')) return [];
  if (!attributionWords().responseVerbs.has(g.lemma(w.head))) return [];
  return inheritedSubjects(g, w.head);
}

// Relations a name takes when the parser hangs an apposition on the verb instead of the noun.
const STRAY = new Set(['obl:unmarked', 'appos', 'dep', 'list', 'parataxis', 'obl:npmod', 'nmod:npmod']);

/**
 * "captured three ADF fighters, Musa Kasereka, Jamil Baluku and ...": a name
 * right after the noun's phrase and a comma, which the parser hung on the
 * noun's head rather than on the noun, is the noun's apposition.
 */
export function apposedSibling(g: ClaimGraph, noun: number): number[] {
  const head = g.words[noun].head;
  if (head < 0) return [];
  const sub = g.tree.subtree(noun);
  const after = sub[sub.length - 1] + 1;
  if (g.words[after]?.form !== ',') return [];
  // The comma may hang on either side: the name's phrase starts at it or right after it.
  // "X and its arm, Y" read as a third conjunct: still the arm's name.
  const stray = (c: number) => STRAY.has(g.words[c].deprel) || (g.words[c].deprel === 'conj' && g.words[noun].deprel === 'conj' && g.tree.child(c, 'cc') < 0);
  return g.tree.children(head).filter((c) => c !== noun && stray(c) && g.entity(c) && [after, after + 1].includes(g.tree.subtree(c)[0]));
}
