import type { ClaimRule } from './types.js';

const PLACE = ['nmod|obl>in|inside|across|near|throughout|along|at|from', '^appos', 'appos', 'nsubj'];

/**
 * An established presence (FORMAT convention 6): bases, camps, strongholds
 * and headquarters in a place (being based there is an adjective of the
 * lexicon, read by the modifier rules).
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
      { text: "Hayat Tahrir al-Sham's stronghold in Idlib was shelled.", claims: ['Hayat Tahrir al-Sham BASED_IN Idlib'] },
      { text: 'Refugee camps in Kunar were flooded.', claims: [] },
    ],
  },

];
