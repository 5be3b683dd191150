import type { ClaimRule } from './types.js';

/**
 * Relation and role nouns ("an affiliate of X", "X's proxy", "Y, X's
 * patron", "JuD chief Hafiz Saeed"): the bearer of the noun ("self": its
 * apposition, the subject of "is", the name it titles) stands in the
 * noun's relation to the other side (possessor, "of" phrase, a name before
 * it). The lexicon says which relation.
 */
export const RELATION_RULES: ClaimRule[] = [
  {
    id: 'relation/noun',
    description: 'a relation or role noun: its bearer to its possessor or "of" phrase',
    trigger: { table: 'relations', upos: ['NOUN', 'PROPN'] },
    subject: ['@agent'],
    // A title before a name may hang on the name, and the possessor with it ("Somalia's Defence Minister X").
    object: ['@object', '^nmod:desc/nmod:poss', '^compound/nmod:poss', '^nmod:desc/^compound|flat/nmod:poss', '^compound/^compound|flat/nmod:poss'],
    examples: [
      { text: 'Jama’at Nusrat al-Islam wal-Muslimin, an affiliate of al-Qaeda, claimed the raid.', claims: ['Jama’at Nusrat al-Islam wal-Muslimin MEMBER_OF al-Qaeda'] },
      { text: 'The Houthis are a proxy of Iran, analysts say.', claims: ['Houthis PROXY_OF Iran'] },
      { text: "Hezbollah's patron, Iran, denied the report.", claims: ['Iran SUPPORTS Hezbollah'] },
      { text: 'The affiliate claimed the raid on Tuesday.', claims: [] },
      // The name after the place names the affiliate, not a second place.
      { text: "Al-Qaeda's affiliate in Mali, JNIM, attacked the base.", claims: ['Jama’at Nusrat al-Islam wal-Muslimin MEMBER_OF al-Qaeda'] },
      // With the owner said by a possessor, a name inside the phrase is the affiliate; a place there is where it is.
      { text: 'The Houthis announced the strike through their Al-Masirah media arm.', claims: ['Al-Masirah MEMBER_OF Houthis'] },
      { text: "Al-Qaeda's Sahel branch attacked the base.", claims: [] },
    ],
  },
  {
    id: 'relation/mutual',
    description: 'a two-way relation noun said of several ("X and Y are allies", "X and Y are rivals"): each to each',
    trigger: { table: 'relations', upos: ['NOUN'], symmetric: true },
    subject: ['nsubj'],
    object: [],
    pairwise: true,
    examples: [
      { text: 'The Houthis and Hezbollah are close allies.', claims: ['Houthis ALLY_OF Hezbollah'] },
      { text: 'Hezbollah is a close ally.', claims: [] },
    ],
  },
];
