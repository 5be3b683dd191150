import type { ClaimRule } from './types.js';

const PLACE = ['nmod|obl>in|inside|across|near|throughout|along|at|from', '^appos', 'appos', 'nsubj'];

/**
 * An established presence (FORMAT convention 6): bases, camps, strongholds
 * and headquarters in a place, being based or headquartered there.
 */
export const PRESENCE_RULES: ClaimRule[] = [
  {
    id: 'presence/noun',
    description: 'a presence noun (camps, base, stronghold, headquarters) of an actor, in a place',
    trigger: { table: 'presence', upos: ['NOUN'] },
    predicate: 'BASED_IN',
    subject: ['@agent', '@light'],
    object: ['@object', ...PLACE],
    examples: [
      { text: 'The Pakistani Taliban maintain camps in Kunar province.', claims: ['Pakistani Taliban BASED_IN Kunar'] },
      { text: "Idlib, Hayat Tahrir al-Sham's stronghold, was shelled.", claims: ['Hayat Tahrir al-Sham BASED_IN Idlib'] },
      { text: 'Refugee camps in Kunar were flooded.', claims: [] },
    ],
  },
  {
    id: 'presence/based',
    description: 'an actor based, headquartered or stationed in a place',
    trigger: { lemmas: ['base', 'headquarter', 'station', 'entrench', 'headquartered'], upos: ['VERB', 'ADJ'], voice: 'passive' },
    predicate: 'BASED_IN',
    subject: ['@patient', 'nsubj'],
    object: ['obl|nmod>in|at|inside|near|across|from'],
    examples: [
      { text: 'Al-Shabaab, which is based in southern Somalia, denied the claim.', claims: ['al-Shabaab BASED_IN Somalia'] },
      { text: 'The decision was based on intelligence from Kenya.', claims: [] },
    ],
  },
];
