// The arguments of a trigger: who acts (subjects.ts), on whom (objects.ts), and
// the names coordinated with either (coordination.ts).
export { coordinated } from './coordination.js';
export { includedAfter, objectAfterPreposition, objectFrom, possessedHead, roleHead, slotBeforeBracket } from './objects.js';
export { MEMBER_NOUNS, isVerbGroupWord, nearestSubject, sentenceSubject, subjectBefore } from './subjects.js';
