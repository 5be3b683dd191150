import { actorWords, labelWords } from '../../lang/en/index.js';
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
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'active', speaker: false },
    // The entry's own subject slots where it has them ("withdrew French troops from Mali": the troops' owner was there).
    subject: ['@agent', 'nsubj', '@inherit', '@incident-doer'],
    object: ['@object'],
    examples: [
      { text: 'The Islamic State attacked the Syrian Democratic Forces near Raqqa.', claims: ['Islamic State ATTACKED Syrian Democratic Forces'] },
      { text: 'Hezbollah and Hamas have vowed to fight Israel.', claims: ['Hezbollah HOSTILE_TO Israel', 'Hamas HOSTILE_TO Israel'] },
      { text: 'Nigerian troops arrested Abu Bakr Shekau, who had led Boko Haram.', claims: ['Nigeria ARRESTED Abu Bakr Shekau'] },
      { text: 'The Taliban fought against the National Resistance Front in Panjshir.', claims: ['Taliban HOSTILE_TO National Resistance Front'] },
      { text: 'Pakistan will host talks on the future of Afghanistan.', claims: [] },
      // A description in apposition to a name is that name, not the state its demonym names.
      { text: 'The ADF, a Ugandan rebel group based in eastern Congo, killed 40 villagers.', claims: ['Allied Democratic Forces BASED_IN Democratic Republic of the Congo'] },
      // A place a named state holds, by its demonym; people by their demonym are not the state.
      { text: 'Ukraine said Russian forces shelled Ukrainian positions near Bakhmut.', claims: ['Russia ATTACKED Ukraine'] },
      { text: 'Ukraine said Russian forces shelled Ukrainian volunteers near Bakhmut.', claims: [] },
      // A whole and its parts: the parts (or the troops they send) are members of the whole.
      { text: 'The G5 Sahel force comprised troops from Mali, Niger and Chad.', claims: ['Mali MEMBER_OF G5 Sahel Joint Force', 'Niger MEMBER_OF G5 Sahel Joint Force', 'Chad MEMBER_OF G5 Sahel Joint Force'] },
      { text: 'The convoy comprised forty trucks from Chad.', claims: [] },
      // Talking to a news outlet is an interview, not a negotiation (the predicate table's notKinds).
      { text: 'The army spokesman, Asif Ghafoor, made the remarks while talking to CNN.', claims: [] },
      { text: 'Asif Ghafoor talked to the Taliban in Doha.', claims: ['Asif Ghafoor NEGOTIATED_WITH Taliban'] },
    ],
  },
  {
    id: 'verb/passive',
    description: 'a passive verb of the lexicon: the agent after "by" does it to the passive subject (or the noun a participle describes)',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'passive', transitive: true, speaker: false },
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
    id: 'verb/passive-presence',
    description: 'a passive verb of presence ("stationed in", "deployed to"): the ones put there are based at the place it names',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'passive', predicates: ['BASED_IN'] },
    subject: ['@patient'],
    object: ['@object'],
    examples: [
      { text: 'Wagner fighters had been stationed in the Central African Republic since 2018.', claims: ['Wagner Group BASED_IN Central African Republic'] },
      { text: 'More than 3,000 Burundian soldiers are deployed in Somalia.', claims: ['Burundi BASED_IN Somalia'] },
      { text: 'The town was captured in March.', claims: [] },
      // A named armed group or state body is itself the forces deployed; a plan or a system is not.
      { text: "Russia's Africa Corps has been deployed in Mali since 2024.", claims: ['Africa Corps BASED_IN Mali'] },
      { text: 'A new radar system was deployed in Mali in 2024.', claims: [] },
    ],
  },
  {
    id: 'verb/mutual',
    description: 'a two-way act done by several together ("X and Y swapped prisoners", "X and Y met in Doha"): each to each',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'active', reciprocal: true },
    subject: ['nsubj', '@inherit'],
    object: [],
    pairwise: true,
    examples: [
      { text: 'Russia and Ukraine swapped 84 prisoners on Friday.', claims: ['Russia NEGOTIATED_WITH Ukraine'] },
      { text: 'India and Pakistan exchanged fire across the Line of Control on Sunday.', claims: ['India HOSTILE_TO Pakistan', 'Pakistan HOSTILE_TO India'] },
      { text: 'The Taliban and ISKP clashed in Nangarhar province.', claims: ['Taliban HOSTILE_TO ISKP', 'ISKP HOSTILE_TO Taliban'] },
      { text: 'The Houthis and the Yemeni army have battled for control of Marib since 2020.', claims: ['Houthis HOSTILE_TO Armed Forces of Yemen', 'Armed Forces of Yemen HOSTILE_TO Houthis'] },
      { text: 'Russia swapped 84 prisoners on Friday.', claims: [] },
      { text: 'Hezbollah and Hamas fought in Syria for years.', claims: [] },
      { text: 'Egypt and Qatar met the Hamas delegation in Cairo.', claims: [] },
      // "each other", "one another" as the object: each did it to the other.
      { text: 'The Taliban and ISKP have accused each other of killing civilians in Kunar.', claims: ['Taliban ACCUSED ISKP', 'ISKP ACCUSED Taliban'] },
      { text: 'Fighters of the Gulf Cartel and the Sinaloa Cartel shot at one another near the border.', claims: ['Gulf Cartel ATTACKED Sinaloa Cartel', 'Sinaloa Cartel ATTACKED Gulf Cartel'] },
      { text: 'Taliban commanders blamed each other for the defeat.', claims: [] },
    ],
  },
  {
    id: 'verb/link',
    description: 'someone links, ties or connects one actor to another: the two are allied, in the linker\'s words',
    trigger: { table: 'verbs', upos: ['VERB'], voice: 'active', speaker: true },
    subject: ['@agent'],
    object: ['@object', 'obj/nmod>to|with'],
    source: ['@speaker', '@inherit'],
    examples: [
      { text: 'Kenyan investigators linked al-Shabaab to the Islamic State.', claims: ['al-Shabaab ALLY_OF Islamic State'] },
      { text: 'The road links Mombasa to Nairobi.', claims: [] },
    ],
  },

  {
    id: 'verb/alongside',
    description: 'fighting, attacking or arresting alongside, together with or in coordination with someone makes the two allies ("fought alongside federal forces against X", "X, together with Y, raided", "in coordination with Y")',
    trigger: { table: 'verbs', upos: ['VERB'], predicates: ['ATTACKED', 'HOSTILE_TO', 'ARRESTED'] },
    predicate: 'ALLY_OF',
    subject: ['nsubj', '@inherit'],
    object: ['obl|nmod>alongside|beside', '.{advmod=alongside}/obj', 'obl|nmod{advmod=together}', 'nsubj{advmod=together}/advmod/obl|nmod>with', 'nsubj/nmod|obl>with{advmod=together}', 'obl>in[@jointNouns]/nmod>with'],
    examples: [
      { text: 'The Wagner Group fought alongside the Malian army against the rebels.', claims: ['Wagner Group ALLY_OF Malian Armed Forces'] },
      { text: 'The Wagner Group fought the Malian army near Kidal.', claims: [] },
      { text: 'The Nigeria Police Force, together with the Nigerian Army, arrested five men in Kano.', claims: ['Nigeria Police Force ALLY_OF Nigerian Army'] },
      { text: 'Ugandan troops attacked the ADF in coordination with the Congolese army.', claims: ['Uganda ALLY_OF Armed Forces of the Democratic Republic of the Congo'] },
      { text: 'Ugandan troops raided ADF camps in the presence of journalists.', claims: [] },
    ],
  },
  {
    id: 'verb/result',
    description: 'an incident that "resulted in the deaths of" or "claimed the lives of" people: its doer (its own, or the last attacker before a definite "the strikes") attacked them',
    trigger: { lemmas: [...actorWords().resultVerbs], upos: ['VERB'] },
    predicate: 'ATTACKED',
    subject: ['@incident-doer'],
    object: ['@victims'],
    examples: [
      { text: "Israel's strikes resulted in the deaths of three Hezbollah fighters.", claims: ['Israel ATTACKED Hezbollah'] },
      { text: 'Boko Haram attacked Gwoza on Monday. The attack claimed the lives of 12 Nigerian soldiers.', claims: ['Boko Haram ATTACKED Nigeria'] },
      { text: 'The floods resulted in the deaths of 30 Nigerians.', claims: [] },
    ],
  },
  {
    id: 'verb/among',
    description: '"Among those freed by X was Y", "Among the dead were Y and Z": the people named undergo the act; its doer is the "by" phrase or the last doer of that act',
    trigger: { among: true, upos: [] },
    subject: [],
    object: [],
    examples: [
      { text: 'The ELN released six soldiers in Arauca. Among those released was Sergeant Wilmar Quintero.', claims: ['National Liberation Army RELEASED Wilmar Quintero'] },
      // No doer named before: the dead are no claim.
      { text: 'Among the dead was Colonel Ali Hamdan, the Hezbollah commander.', claims: [] },
    ],
  },
  {
    id: 'verb/label-praise',
    description: 'a speaker who calls or describes someone by a word of praise praises them ("described Pakistan as a phenomenal partner")',
    trigger: { lemmas: [...labelWords().labelVerbs], upos: ['VERB'] },
    predicate: 'PRAISED',
    subject: ['nsubj', '@inherit'],
    object: ['@labelled-praise'],
    examples: [
      { text: 'General Michael Kurilla described Pakistan as a phenomenal partner.', claims: ['Michael Kurilla PRAISED Pakistan'] },
      { text: 'General Michael Kurilla described Pakistan as a large country.', claims: [] },
    ],
  },
  {
    id: 'verb/label-blame',
    description: 'a speaker who calls, describes or brands someone by a word of blame accuses them ("called Fano bandits", "branded the group terrorists")',
    trigger: { lemmas: [...labelWords().labelVerbs], upos: ['VERB'] },
    predicate: 'ACCUSED',
    subject: ['nsubj', '@inherit'],
    object: ['@labelled-blame'],
    examples: [
      { text: 'Prime Minister Abiy Ahmed called Fano bandits.', claims: ['Abiy Ahmed ACCUSED Fano'] },
      { text: 'The Kenyan government branded al-Shabaab a terrorist organisation.', claims: ['Kenya ACCUSED al-Shabaab'] },
      { text: 'Abiy Ahmed called Fano leaders on Monday.', claims: [] },
    ],
  },
];
