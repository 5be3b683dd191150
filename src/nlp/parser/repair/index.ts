export { repairHyphenModifiers, repairPossessors } from './possessors.js';
export { repairAppositions, repairCompoundsAcrossCommas, repairDoubleSubjects } from './appositions.js';
export { repairCommaConjuncts, repairConjuncts, repairParticipleConjuncts, repairTrailingConjuncts, repairVerbConjuncts } from './coordination.js';
export { repairBareObliques, repairDoubleObjects, repairParticipleRoots, repairPunctuationHeads, repairRelativeClauses, repairRootedSubjects, repairSubordinateClauses } from './clauses.js';
export { repairTree } from './all.js';
