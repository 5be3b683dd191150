import type { ClaimRule } from './types.js';

/**
 * Event and relation nouns ("an attack on X", "support for X", "talks with
 * X"): the doer is the possessor, the "by" phrase, a name or demonym before
 * the noun, or the subject of the light verb that governs it ("X launched an
 * attack"); the object is in the noun's own slot.
 */
export const NOUN_RULES: ClaimRule[] = [
  {
    id: 'noun/doer',
    description: 'an event noun of the lexicon with its doer (possessor, "by", modifier or light verb subject) and its object slot',
    trigger: { table: 'nouns', upos: ['NOUN'] },
    // A definite incident with no doer of its own ("The strikes resulted in ...") is the last attacker's.
    subject: ['@agent', '@light', '@antecedent'],
    // The target; the victims its clause names; else the one answering the act; else the named incident itself ("the October 12 attack").
    object: ['@object', '@targets', '@responder', '@event'],
    examples: [
      { text: 'The attack by Boko Haram on the Nigerian army base at Monguno killed four soldiers.', claims: ['Boko Haram ATTACKED Nigerian Army'] },
      { text: "Iran's support for the Houthis has grown.", claims: ['Iran SUPPORTS Houthis'] },
      { text: "The Colombian government's talks with the National Liberation Army resumed.", claims: ['Colombia NEGOTIATED_WITH National Liberation Army'] },
      { text: 'An attack on the market killed nine people.', claims: [] },
      // The one pressed may be a description with its name set off by commas.
      { text: 'Qatar and Egypt put pressure on the militant group, Hamas, to accept the truce.', claims: ['Qatar PRESSURED Hamas', 'Egypt PRESSURED Hamas'] },
      // A demonym before the act noun stands for the state, once the text names it; it does not make a state of its people or its land.
      { text: 'Turkey has vowed to press on. Turkish airstrikes on PKK hideouts killed six fighters.', claims: ['Turkey ATTACKED Kurdistan Workers\' Party'] },
      { text: 'Russia denied it. Russian volunteers fought against the Russian army near Belgorod.', claims: [] },
      { text: 'ISWAP fighters stormed Malam Fatori. The attack, in which 12 Nigerian soldiers were killed, lasted hours.', claims: ['Islamic State West Africa Province ATTACKED Nigeria'] },
    ],
  },
  {
    id: 'noun/between',
    description: 'a relation noun between two sides ("clashes between X and Y", "talks between X and Y"): each side against the other',
    // "months of fighting between X and Y" may come tagged as a verb: its "between" phrase still tells.
    trigger: { table: 'nouns', upos: ['NOUN', 'VERB'] },
    // "a ceasefire agreed between X and Y": the phrase may hang on the participle.
    subject: ['nmod|obl>between', 'acl/obl>between'],
    object: [],
    pairwise: true,
    examples: [
      { text: 'Clashes between the Sudanese Armed Forces and the Rapid Support Forces continued.', claims: ['Sudanese Armed Forces HOSTILE_TO Rapid Support Forces', 'Rapid Support Forces HOSTILE_TO Sudanese Armed Forces'] },
      { text: 'Fighting between the two villages continued.', claims: [] },
    ],
  },
  {
    id: 'noun/joint',
    description: 'a symmetric relation noun with several parties as its doers ("Pakistan and Afghanistan held talks", "the ISKP-TTP nexus"): each with each other',
    trigger: { table: 'nouns', upos: ['NOUN'], symmetric: true },
    subject: ['@agent', '@light'],
    object: [],
    pairwise: true,
    examples: [
      { text: 'Sudan and South Sudan held talks in Juba on Monday.', claims: ['Sudan NEGOTIATED_WITH South Sudan'] },
      { text: 'Sudan held talks in Juba on Monday.', claims: [] },
      // Those pressed to accept a truce are the ones to accept it, not those who press them.
      { text: 'Qatar and Egypt called on Hamas to accept the truce.', claims: [] },
      { text: 'Qatar and Egypt put pressure on the militant group, Hamas, to accept the truce.', claims: [] },
    ],
  },
  {
    id: 'noun/joint-agents',
    description: 'a hostile act with several doers ("a joint Nigeria-Chad operation", "the TTP-Taliban offensive"): the doers are on one side',
    trigger: { table: 'nouns', upos: ['NOUN'], predicates: ['ATTACKED', 'HOSTILE_TO'] },
    predicate: 'ALLY_OF',
    subject: ['@agent'],
    object: [],
    pairwise: true,
    examples: [
      { text: 'A joint Nigeria-Chad military operation began on Monday.', claims: ['Nigeria ALLY_OF Chad'] },
      { text: 'A Nigerian military operation began on Monday.', claims: [] },
    ],
  },
];
