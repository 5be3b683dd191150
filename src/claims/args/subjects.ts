import { attributionWords, grammarWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import { isIntransitive } from '../find.js';
import { triggerLexicon } from '../lexicon/load.js';
import { fillsSlot } from './slots.js';

const SUBJECT = (r: string) => r === 'nsubj' || r === 'nsubj:pass' || r === 'csubj';

/**
 * The word that is the doer of a verb with no subject of its own, by the
 * general rules of English syntax, not per verb: control ("X vowed to attack":
 * X; "urged X to attack": X, the object), shared subjects of coordinated verbs
 * ("X attacked A and seized B"), relative clauses ("the group, which attacked":
 * the group), participle clauses (", killing four soldiers": the main
 * subject; "militants operating in the area": the militants). Returns word
 * indices standing for the subject; empty when there is none.
 */
export function inheritedSubjects(g: ClaimGraph, verb: number, depth = 0): number[] {
  if (depth > 6) return [];
  const w = g.words[verb];
  const own = g.tree.children(verb, SUBJECT);
  if (own.length) {
    const rel = own.find((s) => grammarWords().relativeWords.has(g.lemma(s)));
    if (rel === undefined) return own;
    return relativeAntecedent(g, verb);
  }
  const head = w.head;
  if (head < 0) return [];
  switch (w.deprel) {
    case 'xcomp': {
      // "urged Pakistan to act": the object does it (the parser may call it "iobj").
      const obj = g.tree.children(head, (r) => r === 'obj' || r === 'iobj');
      return obj.length ? obj : inheritedSubjects(g, head, depth + 1);
    }
    case 'conj':
      return isVerbal(g, head) ? inheritedSubjects(g, head, depth + 1) : [];
    case 'acl:relcl':
    case 'advcl:relcl':
      return relativeAntecedent(g, verb);
    case 'parataxis':
      // "ISIS in a statement claimed ..." parsed with the name as the root: the name is the subject.
      return g.words[head].upos === 'PROPN' && g.words[head].head < 0 ? [head] : [];
    case 'acl':
      // "militants operating in Syria": the noun does it; "militants backed by Iran" is the passive case.
      if (w.xpos === 'VBN') return g.tree.child(verb, 'obj') >= 0 || isIntransitive(g.lemma(verb)) ? [head] : [];
      return isInfinitive(g, verb) && !g.entity(head) ? infinitiveOwner(g, head, depth) : [head];
    case 'advcl': {
      // "accused X of attacking", "blamed X for backing": the object does it.
      const mark = g.tree.children(verb, (r) => r === 'mark' || r === 'case').map((m) => g.lemma(m));
      const obj = g.tree.children(head, 'obj');
      if (obj.length && (mark.includes('of') || mark.includes('for'))) return obj;
      if (mark.includes('to') && w.xpos === 'VB') {
        // "called on Kabul to act", "put pressure on Hamas to accept": the one pressed is to do it.
        const pressed = pressedOnes(g, head);
        if (pressed.length) return pressed;
        // "smuggled rockets to arm the Houthis": a purpose clause is done by the main clause's doer.
        return inheritedSubjects(g, head, depth + 1);
      }
      // ", killing four soldiers" / "after attacking the base": the main clause's subject.
      return w.xpos === 'VBG' || w.xpos === 'VBN' ? inheritedSubjects(g, head, depth + 1) : [];
    }
  }
  return [];
}

/**
 * Whom a verb of pressure presses, where the parser hangs the infinitive of
 * what they are pressed to do on the verb ("called on X to", "pressed X
 * to"): the words in the object slots of the verb's PRESSURED senses, or
 * after "on" where the verb is a light verb of a pressure noun ("put
 * pressure on X to").
 */
function pressedOnes(g: ClaimGraph, verb: number): number[] {
  const { verbs, nouns } = triggerLexicon().tables;
  const slots = new Set<string>();
  for (const e of verbs.get(g.lemma(verb)) ?? []) if (e.predicate === 'PRESSURED' && Array.isArray(e.object)) for (const o of e.object) slots.add(o);
  for (const n of g.tree.children(verb, 'obj')) {
    for (const e of nouns.get(g.lemma(n)) ?? []) {
      if (e.predicate !== 'PRESSURED' || !e.light?.includes(g.lemma(verb))) continue;
      for (const o of Array.isArray(e.object) ? e.object : [e.object]) if (o.startsWith('nmod:')) slots.add(`obl:${o.slice(5)}`);
    }
  }
  if (!slots.size) return [];
  return g.tree.children(verb, (r) => r === 'obj' || r === 'iobj' || r === 'obl').filter((c) => fillsSlot(g, c, slots));
}

function isInfinitive(g: ClaimGraph, verb: number): boolean {
  return g.tree.children(verb, 'mark').some((m) => g.lemma(m) === 'to');
}

/** The verb that refuses a request noun ("ignored requests to ...", "requests were rebuffed"), or -1. */
export function refusalOf(g: ClaimGraph, noun: number): number {
  const n = g.words[noun];
  return n.head >= 0 && (n.deprel === 'obj' || n.deprel === 'nsubj:pass') && attributionWords().refusalVerbs.has(g.lemma(n.head)) ? n.head : -1;
}

/**
 * Who is to do what a noun's infinitive names: the one asked, where a request
 * is refused ("X ignored requests to hand over Y": X was asked); the owner of
 * a plan or effort ("Pakistan's efforts to arrest", "launched a bid to
 * seize": the one who launched it). A request nobody is named as refusing has
 * no doer here: the act is only asked for.
 */
function infinitiveOwner(g: ClaimGraph, noun: number, depth: number): number[] {
  const n = g.words[noun];
  if (attributionWords().requestNouns.has(g.lemma(noun))) {
    const refusal = refusalOf(g, noun);
    return refusal >= 0 ? inheritedSubjects(g, refusal, depth + 1) : [];
  }
  const poss = g.tree.children(noun, 'nmod:poss');
  if (poss.length) return poss;
  return n.deprel === 'obj' && n.head >= 0 ? inheritedSubjects(g, n.head, depth + 1) : [];
}

/** The patient of a participle or passive with no subject of its own ("militants backed by Iran": the militants). */
export function inheritedPatients(g: ClaimGraph, verb: number): number[] {
  const w = g.words[verb];
  const own = g.tree.children(verb, 'nsubj:pass');
  if (own.length) {
    return own.some((s) => grammarWords().relativeWords.has(g.lemma(s))) ? relativeAntecedent(g, verb) : own;
  }
  if ((w.deprel === 'acl' || w.deprel === 'amod') && w.xpos === 'VBN' && w.head >= 0 && g.tree.child(verb, 'obj') < 0) return [w.head];
  if (w.deprel === 'conj' && w.head >= 0 && g.words[w.head].xpos === 'VBN') return inheritedPatients(g, w.head);
  return [];
}

/**
 * What a relative word stands for ("of which the AA is a member": the
 * alliance): the noun its relative clause describes. -1 when the word is
 * not in a relative clause.
 */
export function relativeReferent(g: ClaimGraph, word: number): number[] {
  if (!grammarWords().relativeWords.has(g.lemma(word))) return [];
  for (let x = g.words[word].head, guard = 0; x >= 0 && guard < 6; guard++, x = g.words[x].head) {
    const rel = g.words[x].deprel;
    if (rel === 'acl:relcl' || rel === 'advcl:relcl') return relativeAntecedent(g, x);
  }
  return [];
}

/** The noun a relative clause describes: its head, or where the parser hung it on a verb, the nearest noun before the relative word. */
function relativeAntecedent(g: ClaimGraph, verb: number): number[] {
  const w = g.words[verb];
  if (w.deprel === 'acl:relcl' && w.head >= 0) return [apposedTo(g, w.head)];
  const rel = g.tree.children(verb).find((c) => grammarWords().relativeWords.has(g.lemma(c)));
  for (let k = (rel ?? verb) - 1, s = g.sentenceOf(verb).first; k >= s; k--) {
    const u = g.words[k].upos;
    if (u === 'NOUN' || u === 'PROPN') return [nounHead(g, k)];
  }
  return [];
}

/**
 * The verbs of relative clauses that describe a noun: its own relative
 * clauses, and those the parser hung elsewhere ("the incident, in which five
 * soldiers were killed" read as a clause of the main verb) whose relative
 * word follows the noun with no other noun between.
 */
export function clausesOn(g: ClaimGraph, noun: number): number[] {
  const out = g.tree.children(noun, 'acl:relcl');
  const s = g.sentenceOf(noun);
  for (let k = noun + 1; k < s.end; k++) {
    if (!grammarWords().relativeWords.has(g.lemma(k)) || g.words[k].upos !== 'PRON') continue;
    let v = g.words[k].head;
    if (v >= 0 && g.words[v].deprel !== 'acl:relcl' && !out.includes(v) && relativeAntecedent(g, v)[0] === nounHead(g, noun)) out.push(v);
    break;
  }
  return out;
}

/** "Abu Hamza, a former JNIM commander who defected": the relative clause describes the named person the noun is apposed to. */
function apposedTo(g: ClaimGraph, noun: number): number {
  const w = g.words[noun];
  return w.deprel === 'appos' && w.head >= 0 && g.entity(w.head) && !g.entity(noun) ? w.head : noun;
}

/** The head of the noun phrase a noun sits in (climbing compounds and flat names). */
function nounHead(g: ClaimGraph, k: number): number {
  let x = k;
  for (let guard = 0; guard < 5; guard++) {
    const w = g.words[x];
    if ((w.deprel === 'compound' || w.deprel === 'flat') && w.head > x) x = w.head;
    else break;
  }
  return x;
}

function isVerbal(g: ClaimGraph, word: number): boolean {
  const w = g.words[word];
  return w.upos === 'VERB' || g.tree.child(word, 'cop') >= 0;
}
