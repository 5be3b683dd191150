import { actorWords, attributionWords } from '../../lang/en/index.js';
import type { ClaimRule } from './types.js';

const PLACE = ['nmod|obl>in|inside|across|near|throughout|along|at|from', '^appos', 'appos', 'nsubj', '^obj[@copulaVerbs]/nsubj', '^nsubj{case=in}', '^nsubj{case=inside}'];

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
      { text: 'Idlib province remains a stronghold of Hayat Tahrir al-Sham.', claims: ['Hayat Tahrir al-Sham BASED_IN Idlib'] },
      // "are in": the place is the predicate of the presence noun.
      { text: "ISKP's training camps are in Pakistan, Afghan officials said.", claims: ['Islamic State Khorasan Province BASED_IN Pakistan'] },
      { text: "ISKP's training camps are a threat to Pakistan.", claims: [] },
    ],
  },
  {
    id: 'presence/standing',
    description: 'the men or leaders of an actor are in a place ("the group\'s commanders are in X"): the actor is there',
    trigger: { lemmas: [...actorWords().memberNouns], upos: ['NOUN'] },
    predicate: 'BASED_IN',
    subject: ['.'],
    object: ['^nsubj{case=in}', '^nsubj{case=inside}'],
    types: { subject: ['ArmedGroup', 'StateBody'] },
    examples: [
      { text: "Al-Shabaab's senior commanders are in Jubaland, Kenyan officials said.", claims: ['al-Shabaab BASED_IN Jubaland'] },
      { text: 'Hezbollah fighters are inside Syria.', claims: ['Hezbollah BASED_IN Syria'] },
      { text: "Al-Shabaab's commanders are in talks with elders.", claims: [] },
      { text: 'Al-Shabaab attacked Jubaland.', claims: [] },
    ],
  },
  {
    id: 'presence/speaking-from',
    description: 'a group\'s own man speaking from a place ("a JNIM commander told AFP by phone from Mopti"): the group is there',
    trigger: { lemmas: [...attributionWords().speechVerbs.keys()], upos: ['VERB'] },
    predicate: 'BASED_IN',
    subject: ['nsubj'],
    object: ['obl|nmod>from', 'obl|nmod/nmod>from'],
    types: { subject: ['ArmedGroup'] },
    examples: [
      { text: 'A JNIM commander told AFP by phone from Mali\'s Mopti region that the fighting would go on.', claims: ["Jama'at Nusrat al-Islam wal-Muslimin BASED_IN Mali", "Jama'at Nusrat al-Islam wal-Muslimin BASED_IN Mopti"] },
      { text: 'An Al-Shabaab spokesman said the talks had failed.', claims: [] },
    ],
  },
];
