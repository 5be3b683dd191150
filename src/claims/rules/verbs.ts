import type { ClaimRule } from './types.js';

/**
 * Verbs: the lexicon gives the predicate and where the object is ("obj",
 * "obl:against", ...); the tree gives the subject, directly or by control,
 * coordination, relative clause or participle.
 */
export const VERB_RULES: ClaimRule[] = [
  {
    id: 'verb/active',
    description: 'an active verb of the lexicon: its subject (own or inherited) and its object slot',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'active' },
    subject: ['nsubj', '@inherit'],
    object: ['@object'],
    examples: [
      { text: 'The Islamic State attacked the Syrian Democratic Forces near Raqqa.', claims: ['Islamic State ATTACKED Syrian Democratic Forces'] },
      { text: 'Hezbollah and Hamas have vowed to fight Israel.', claims: ['Hezbollah HOSTILE_TO Israel', 'Hamas HOSTILE_TO Israel'] },
      { text: 'Nigerian troops arrested Abu Bakr Shekau, who had led Boko Haram.', claims: ['Nigeria ARRESTED Abu Bakr Shekau'] },
      { text: 'The Taliban fought against the National Resistance Front in Panjshir.', claims: ['Taliban HOSTILE_TO National Resistance Front'] },
      { text: 'Pakistan will host talks on the future of Afghanistan.', claims: [] },
    ],
  },
  {
    id: 'verb/passive',
    description: 'a passive verb of the lexicon: the agent after "by" does it to the passive subject (or the noun a participle describes)',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'passive', transitive: true },
    // The parser sometimes labels the agent plain "obl": its "by" tells.
    subject: ['obl:agent', 'obl>by'],
    object: ['@patient'],
    examples: [
      { text: 'Abu Musab was arrested by the Taliban in Kandahar.', claims: ['Taliban ARRESTED Abu Musab'] },
      { text: 'The Houthis, armed by Iran, have attacked ships in the Red Sea.', claims: ['Iran SUPPORTS Houthis'] },
      { text: 'The convoy was attacked near Gao.', claims: [] },
    ],
  },
  {
    id: 'verb/link',
    description: 'someone links, ties or connects one actor to another: the two are allied, in the linker\'s words',
    trigger: { lemmas: ['link', 'tie', 'connect'], upos: ['VERB'], voice: 'active' },
    predicate: 'ALLY_OF',
    subject: ['obj'],
    object: ['obl|nmod>to|with', 'obj/nmod>to|with'],
    source: ['nsubj', '@inherit'],
    examples: [
      { text: 'Kenyan investigators linked al-Shabaab to the Islamic State.', claims: ['al-Shabaab ALLY_OF Islamic State'] },
      { text: 'The road links Mombasa to Nairobi.', claims: [] },
    ],
  },

  {
    id: 'verb/alongside',
    description: 'fighting or attacking alongside or together with someone makes the two allies ("fought alongside federal forces against X")',
    trigger: { table: 'verbs', upos: ['VERB'], predicates: ['ATTACKED', 'HOSTILE_TO'] },
    predicate: 'ALLY_OF',
    subject: ['nsubj', '@inherit'],
    object: ['obl|nmod>alongside|beside', 'obj{advmod=alongside}', 'obl|nmod{advmod=together}'],
    examples: [
      { text: 'The Wagner Group fought alongside the Malian army against the rebels.', claims: ['Wagner Group ALLY_OF Malian Armed Forces'] },
      { text: 'The Wagner Group fought the Malian army near Kidal.', claims: [] },
    ],
  },
];
