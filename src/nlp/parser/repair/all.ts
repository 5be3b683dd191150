/**
 * Repairs the greedy parser cannot make itself, applied to its finished tree
 * where English grammar settles the reading, in the order below. Each keeps
 * the tree projective and leaves the treebank's own scores as they were or
 * a little higher (README, "Extraction quality"). Heads are 0-based within
 * the sentence, -1 for the root; each edits `head` and `deprel` in place.
 */
import { repairAppositions, repairCompoundsAcrossCommas, repairDoubleSubjects } from './appositions.js';
import { repairBareObliques, repairDoubleObjects, repairParticipleRoots, repairPunctuationHeads, repairRelativeClauses, repairRootedSubjects, repairSubordinateClauses } from './clauses.js';
import { repairCommaConjuncts, repairConjuncts, repairParticipleConjuncts, repairTrailingConjuncts, repairVerbConjuncts } from './coordination.js';
import { repairHyphenModifiers, repairPossessors } from './possessors.js';

/** Applies every repair to one parsed sentence, in place. */
export function repairTree(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[], lemma: readonly string[]): void {
  repairPunctuationHeads(upos, head, deprel);
  repairPossessors(upos, xpos, head, deprel);
  repairAppositions(upos, xpos, head, deprel);
  repairConjuncts(upos, head, deprel);
  repairParticipleConjuncts(upos, xpos, head, deprel);
  repairVerbConjuncts(upos, xpos, head, deprel);
  repairRootedSubjects(upos, xpos, head, deprel);
  repairDoubleSubjects(upos, xpos, head, deprel);
  repairCommaConjuncts(upos, xpos, head, deprel);
  repairTrailingConjuncts(upos, xpos, head, deprel);
  repairBareObliques(upos, xpos, head, deprel);
  repairDoubleObjects(upos, head, deprel);
  repairParticipleRoots(upos, xpos, head, deprel);
  repairCompoundsAcrossCommas(upos, xpos, head, deprel);
  repairSubordinateClauses(upos, xpos, head, deprel, lemma);
  repairRelativeClauses(upos, xpos, head, deprel);
  repairHyphenModifiers(upos, xpos, head, deprel);
}
