import { actorWords, grammarWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import { triggerLexicon } from '../lexicon/load.js';
import { clausesOn, inheritedSubjects } from './subjects.js';

/**
 * An incident: a named Event ("the 2013 Westgate mall attack") or a noun the
 * lexicon reads as an attack ("the strike", "a bombing"), or one of the
 * general incident nouns ("the April 5 incident").
 */
export function isIncident(g: ClaimGraph, word: number): boolean {
  const w = g.words[word];
  if (g.entity(word)?.type === 'Event') return true;
  if (w.upos !== 'NOUN' && w.upos !== 'PROPN') return false;
  const lemma = g.lemma(word);
  if (actorWords().incidentNouns.has(lemma)) return true;
  return (triggerLexicon().tables.nouns.get(lemma) ?? []).some((e) => e.predicate === 'ATTACKED');
}

/**
 * The words naming the targets an incident's own phrase gives (FORMAT
 * convention 1: when the sentence names the target, it is the object, not
 * the incident): "the attack on Malian troops", "the incident, in which five
 * soldiers were killed", "a strike that killed four fighters", "killings that
 * resulted in the deaths of 30 people". Empty when the phrase names none.
 */
export function incidentTargets(g: ClaimGraph, word: number): number[] {
  const words = actorWords();
  const out: number[] = [];
  for (const c of g.tree.children(word)) {
    const rel = g.words[c].deprel;
    // "the attack on March 23" names a date, not a target.
    if ((rel.startsWith('nmod') || rel === 'obl') && words.targetCases.has(g.caseOf(c) ?? '') && g.words[c].upos !== 'NUM' && !(g.entity(word) && g.entity(c) === g.entity(word))) out.push(c);
    else if (rel === 'acl') out.push(...victimsOfClause(g, c));
  }
  // "responsibility for the bombing, which killed X": the clause may hang on the word the incident's phrase belongs to.
  const w = g.words[word];
  const holder = w.deprel.startsWith('nmod') && w.head >= 0 && (words.responsibilityWords.has(g.lemma(w.head)) || words.quantityNouns.has(g.lemma(w.head))) ? [w.head] : [];
  for (const v of [...clausesOn(g, word), ...holder.flatMap((h) => clausesOn(g, h))]) out.push(...victimsOfClause(g, v));
  // "conducted the strike, resulting in the deaths of X": a participle on the verb that takes the incident.
  if (!out.length && w.deprel === 'obj' && w.head >= 0) for (const c of g.tree.children(w.head, 'advcl')) if (g.words[c].xpos === 'VBG') out.push(...victimsOfClause(g, c));
  return out;
}

/** The victims a clause on an incident names: the patient of a killing verb, or who a casualty noun says died ("resulted in the deaths of X"). */
export function victimsOfClause(g: ClaimGraph, verb: number): number[] {
  const words = actorWords();
  const lemma = g.lemma(verb);
  const attack = (triggerLexicon().tables.verbs.get(lemma) ?? []).some((e) => e.predicate === 'ATTACKED' && !e.particle && !e.with);
  const passive = g.tree.child(verb, (r) => r === 'aux:pass' || r === 'nsubj:pass') >= 0;
  const out: number[] = [];
  if (attack && passive) out.push(...g.tree.children(verb, 'nsubj:pass').filter((s) => g.words[s].upos !== 'PRON'));
  else if (attack) out.push(...g.tree.children(verb, 'obj'));
  else if (words.resultVerbs.has(lemma)) {
    for (const n of g.tree.children(verb, (r) => r === 'obj' || r === 'obl')) {
      if (!words.casualtyNouns.has(g.lemma(n))) continue;
      for (const v of g.tree.children(n, (r) => r.startsWith('nmod'))) if (g.caseOf(v) === 'of') out.push(v);
    }
  }
  // "... the deaths of 30 people including soldiers": a list the parser hung on the verb is more of the victims.
  if (out.length) out.push(...g.tree.children(verb, 'obl').filter((c) => g.caseOf(c) === 'including'));
  return out;
}


/**
 * The doer of an incident that is a clause's subject ("Israeli strikes
 * killed X", "the attack by ISWAP left 12 dead"): its own agent; or, for a
 * definite incident with none ("The strikes resulted in the deaths of X"),
 * whoever the text last said attacked, in this sentence or the two before.
 */
export function incidentDoers(g: ClaimGraph, trigger: number): number[] {
  // "Israeli strikes resulted in ..." misread as a noun with a participle clause: the noun is still the clause's subject.
  const t = g.words[trigger];
  const intransitive = t.xpos !== 'VBN' || actorWords().resultVerbs.has(g.lemma(trigger));
  const misread = t.deprel === 'acl' && t.head >= 0 && intransitive && t.xpos !== 'VBG' && g.tree.child(trigger, (r) => r === 'nsubj' || r === 'mark') < 0 ? [t.head] : [];
  for (const n of [...g.tree.children(trigger, (r) => r === 'nsubj' || r === 'nsubj:pass'), ...misread]) {
    if (!isIncident(g, n) || g.entity(n)) continue;
    const own = g.tree.children(n, (r) => r === 'compound' || r === 'amod' || r === 'nmod:poss').filter((c) => g.entity(c));
    const by = g.tree.children(n, (r) => r.startsWith('nmod')).filter((c) => g.caseOf(c) === 'by');
    if (own.length || by.length) return [...by, ...own];
    return antecedentAttackers(g, n);
  }
  return [];
}

/** For a definite incident ("the strikes", "this attack"), whoever the text last said attacked. */
export function antecedentAttackers(g: ClaimGraph, noun: number): number[] {
  if (!isIncident(g, noun) || !g.tree.children(noun, 'det').some((d) => grammarWords().definiteDeterminers.has(g.lemma(d)))) return [];
  return lastDoers(g, noun);
}

/** The subject of the last active verb of a predicate (an attack by default) before a word, within its sentence and the two before. */
export function lastDoers(g: ClaimGraph, before: number, predicate = 'ATTACKED'): number[] {
  const sentence = g.words[before].sentence;
  const verbs = triggerLexicon().tables.verbs;
  for (let k = before - 1; k >= 0 && g.words[k].sentence >= sentence - 2; k--) {
    if (g.words[k].upos !== 'VERB' || !(verbs.get(g.lemma(k)) ?? []).some((e) => e.predicate === predicate && !e.with)) continue;
    if (g.tree.child(k, (r) => r === 'aux:pass' || r === 'nsubj:pass') >= 0) continue;
    const subjects = inheritedSubjects(g, k);
    if (subjects.length) return subjects;
  }
  return [];
}
