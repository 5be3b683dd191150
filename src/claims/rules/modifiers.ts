import type { ClaimRule } from './types.js';

/**
 * Modifiers: compounds ("Iran-backed militias", "ISIS-linked group",
 * "Quetta-based outfit"), prefixes ("anti-Taliban forces") and adjectives or
 * participles with their phrase ("allied with Iran", "based in Quetta").
 * The lexicon says which side does what: the name in the modifier, the noun
 * modified, or the noun the adjective is said of.
 */
export const MODIFIER_RULES: ClaimRule[] = [
  {
    id: 'modifier/compound',
    description: 'a hyphenated compound modifier: the name before the hyphen and the noun modified ("Iran-backed Houthis": Iran SUPPORTS Houthis)',
    trigger: { table: 'adjectives', types: ['suffix'], upos: ['VERB', 'ADJ', 'NOUN'] },
    subject: ['@agent'],
    object: ['@object'],
    examples: [
      { text: 'Officials said the Iran-backed Houthi movement fired missiles.', claims: ['Iran SUPPORTS Houthis'] },
      { text: 'The Islamic State-linked Allied Democratic Forces killed 20 villagers.', claims: ['Allied Democratic Forces ALLY_OF Islamic State'] },
      { text: 'The Quetta-based Balochistan Liberation Army claimed the attack.', claims: ['Balochistan Liberation Army BASED_IN Quetta'] },
      // The parser may hang the participle on the verb when a name follows it: the name is still what it modifies.
      { text: 'The Iran-trained Houthis struck a tanker in the Red Sea.', claims: ['Iran SUPPORTS Houthis'] },
      // A name before the hyphen inside a longer name is its own actor when the text names it.
      { text: 'Saudi Arabia said the Saudi-led coalition had bombed Sanaa.', claims: ['Saudi Arabia MEMBER_OF Saudi-led coalition'] },
      { text: 'The Saudi-led coalition bombed Sanaa.', claims: [] },
      { text: 'State-backed media reported the clash.', claims: [] },
    ],
  },
  {
    id: 'modifier/adjective',
    description: 'an adjective or participle with its phrase, said of a noun ("militias aligned with Iran", "the group is based in Quetta")',
    trigger: { table: 'adjectives', types: ['adjective', 'participle'], upos: ['VERB', 'ADJ'], noObject: true },
    subject: ['@agent'],
    object: ['@object'],
    examples: [
      { text: 'The Houthis are allied with Iran.', claims: ['Houthis ALLY_OF Iran'] },
      { text: 'Allied leaders met in Brussels.', claims: [] },
    ],
  },
  {
    id: 'modifier/prefix',
    description: 'a prefix with a name ("anti-Taliban forces": the forces are hostile to the Taliban; "pro-Iran militia")',
    trigger: { prefix: true, upos: ['ADJ', 'NOUN', 'PROPN', 'VERB', 'X'] },
    subject: ['@agent'],
    object: ['@object'],
    examples: [
      { text: 'The anti-Houthi Southern Transitional Council took Aden.', claims: ['Southern Transitional Council HOSTILE_TO Houthis'] },
      { text: 'The pro-Iran Kataib Hezbollah fired rockets.', claims: ['Kataib Hezbollah ALLY_OF Iran'] },
      { text: 'Anti-war protesters marched in London.', claims: [] },
    ],
  },
];
