import type { ClaimRule } from './types.js';

/**
 * Membership the text shows by how it names actors (FORMAT convention 3):
 * a body named with its state, a person named with a role in a body, a head
 * of state named with a title, a person "of" a body.
 */
export const STRUCTURE_RULES: ClaimRule[] = [
  {
    id: 'structure/named-with-state',
    description: 'a state body whose name carries its state or parent ("the Nigerian Army", "Pakistan\'s ISI") belongs to it',
    trigger: { mention: ['StateBody', 'Organization'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['.'],
    object: ['@parent'],
    examples: [
      { text: 'Nigeria said the Nigerian Army had retaken Baga.', claims: ['Nigerian Army MEMBER_OF Nigeria'] },
      { text: "Chad's foreign ministry condemned the raid.", claims: ['Chadian Ministry of Foreign Affairs MEMBER_OF Chad'] },
      { text: 'The army retook Baga on Monday.', claims: [] },
      // An organisation named with the international body it is part of; not with the country it works in.
      { text: 'The UN said the UN Panel of Experts on Libya had found Turkish drones.', claims: ['UN Panel of Experts MEMBER_OF United Nations'] },
      { text: 'The African Union said the AU Commission would send observers.', claims: ['African Union Commission MEMBER_OF African Union'] },
      { text: "Kenya said Kenya's Red Cross had treated 40 people.", claims: [] },
      { text: 'The UN said its peacekeeping mission in Congo, MONUSCO, had withdrawn. The UN peacekeeping mission in Mali, MINUSMA, left in 2023.', claims: ['MINUSMA MEMBER_OF United Nations'] },
    ],
  },
  {
    id: 'structure/role',
    description: 'a person the text names with a role in an organisation ("ELN commander Pablo Beltrán") belongs to it',
    trigger: { roles: true, upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: [],
    object: [],
    examples: [
      { text: 'ELN commander Pablo Beltrán said the talks would resume.', claims: ['Pablo Beltrán MEMBER_OF National Liberation Army'] },
      { text: 'Pablo Beltrán said the talks would resume.', claims: [] },
      { text: 'Leila Haddad, a Yemen analyst, said the talks would resume.', claims: [] },
      // One body named twice is no member of itself.
      { text: "Rwanda's army, the Rwanda Defence Force, was not involved.", claims: [] },
    ],
  },
  {
    id: 'structure/titled-leader',
    description: 'a head of state or group leader the knowledge base seats, named with a title, belongs to that state or group when the text names it',
    trigger: { mention: ['Person'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['.'],
    object: ['@office'],
    examples: [
      { text: 'Kenya deployed troops, President William Ruto said.', claims: ['William Ruto MEMBER_OF Kenya'] },
      { text: 'Ruto spoke in Nairobi on Monday.', claims: [] },
    ],
  },
  {
    id: 'structure/home-office',
    description: 'a person titled with a government office and no state ("Interior Minister X") serves the state the document is about, when one state clearly leads its mentions',
    trigger: { mention: ['Person'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['.'],
    object: ['@home'],
    examples: [
      { text: 'Ecuador declared a state of emergency on Monday. Interior Minister Paola Ruiz said troops would patrol the prisons of Ecuador.', claims: ['Paola Ruiz MEMBER_OF Ecuador'] },
      { text: 'Ecuador and Peru signed a border deal on Monday. Interior Minister Paola Ruiz said troops would patrol the border.', claims: [] },
      { text: 'Ecuador declared a state of emergency on Monday. Paola Ruiz, a lawyer, said troops would patrol the prisons of Ecuador.', claims: [] },
    ],
  },
  {
    id: 'structure/person-of',
    description: 'a named person "of" an organisation ("Pablo Beltrán of the ELN") belongs to it',
    trigger: { mention: ['Person'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['.'],
    object: ['nmod|obl>of|from'],
    types: { object: ['ArmedGroup', 'StateBody', 'Organization'] },
    examples: [
      { text: 'Carlos Ruiz of the National Liberation Army signed the deal.', claims: ['Carlos Ruiz MEMBER_OF National Liberation Army'] },
      { text: 'Carlos Ruiz of Medellín signed the deal.', claims: [] },
    ],
  },
  {
    id: 'structure/part-of',
    description: 'a named unit "of" a body or possessed by it ("the 47th Brigade of the Northern Command", "its East Asia Province") is part of it',
    trigger: { mention: ['ArmedGroup', 'StateBody', 'Organization'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['.'],
    object: ['@whole'],
    examples: [
      { text: 'The Counter-Terrorism Department of the Sindh Police arrested two men.', claims: ['Counter-Terrorism Department MEMBER_OF Sindh Police'] },
      { text: 'The police of Karachi arrested two men.', claims: [] },
    ],
  },
  {
    id: 'structure/possessor-leads',
    description: 'a person whose group it is ("Hafiz Saeed\'s Jamaat-ud-Dawa") belongs to it',
    trigger: { mention: ['ArmedGroup', 'Organization'], upos: [] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['nmod:poss'],
    object: ['.'],
    types: { subject: ['Person'] },
    examples: [
      { text: "Abubakar Shekau's Boko Haram split in 2016.", claims: ['Abubakar Shekau MEMBER_OF Boko Haram'] },
      { text: "Nigeria's Boko Haram split in 2016.", claims: [] },
    ],
  },
  {
    id: 'structure/including',
    description: 'members of a body, "including" named people ("four ELN fighters, including commander X")',
    trigger: { upos: ['NOUN'] },
    predicate: 'MEMBER_OF',
    naming: true,
    subject: ['nmod|obl>including|like|among'],
    object: ['.'],
    types: { subject: ['Person'] },
    examples: [
      { text: 'Troops killed five Boko Haram fighters, including Abu Musa.', claims: ['Abu Musa MEMBER_OF Boko Haram'] },
      { text: 'Troops killed five people, including Abu Musa.', claims: [] },
    ],
  },
];
