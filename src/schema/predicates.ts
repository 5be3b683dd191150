import type { EntityType, Predicate } from '../core/model.js';

/** How an analyst reads an edge: the family sets its colour and line. */
export type Family = 'cooperation' | 'support' | 'membership' | 'hostility' | 'law enforcement' | 'rhetoric';

/** Every fact about a predicate, in one place. */
export interface PredicateFacts {
  /** "X ALLY_OF Y" is "Y ALLY_OF X". */
  symmetric: boolean;
  family: Family;
  /** The claim is itself an act of speech (accusing, praising): the speaker is its subject. */
  speechAct: boolean;
  /** Entity types that may fill each side. */
  subject: readonly EntityType[];
  object: readonly EntityType[];
  /** STIX 2.1 relationship type (`related-to` where STIX names none). */
  stix: string;
  /** How it reads in English, positive and negative ("funds", "does not fund"). */
  phrase: readonly [string, string];
  /** Predicates that cannot hold between the same two actors at the same time. */
  contradicts: readonly Predicate[];
  /** The subject acts against the object (drawn as a hostile edge in reports). */
  adverse: boolean;
  /** Knowledge-base kinds that fill neither side ("talking to CNN" is an interview, not a negotiation). */
  notKinds?: readonly string[];
}

const ACTOR: readonly EntityType[] = ['Person', 'ArmedGroup', 'StateBody', 'Organization'];
const BODY: readonly EntityType[] = ['ArmedGroup', 'StateBody', 'Organization'];

export const PREDICATE_FACTS: Readonly<Record<Predicate, PredicateFacts>> = {
  ALLY_OF: { symmetric: true, family: 'cooperation', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['is allied with', 'is not allied with'], contradicts: ['HOSTILE_TO', 'ATTACKED'], adverse: false },
  SUPPORTS: { symmetric: false, family: 'support', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['supports', 'does not support'], contradicts: ['ATTACKED', 'HOSTILE_TO'], adverse: false },
  FUNDS: { symmetric: false, family: 'support', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['funds', 'does not fund'], contradicts: ['ATTACKED', 'HOSTILE_TO'], adverse: false },
  PROXY_OF: { symmetric: false, family: 'support', speechAct: false, subject: [...BODY, 'Person'], object: ACTOR, stix: 'attributed-to', phrase: ['acts as a proxy of', 'does not act as a proxy of'], contradicts: ['HOSTILE_TO', 'ATTACKED'], adverse: false },
  MEMBER_OF: { symmetric: false, family: 'membership', speechAct: false, subject: ACTOR, object: BODY, stix: 'related-to', phrase: ['is a member of', 'is not a member of'], contradicts: [], adverse: false },
  HOSTILE_TO: { symmetric: false, family: 'hostility', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'targets', phrase: ['is hostile to', 'is not hostile to'], contradicts: ['ALLY_OF', 'SUPPORTS', 'FUNDS', 'PROXY_OF'], adverse: true },
  ATTACKED: { symmetric: false, family: 'hostility', speechAct: false, subject: ACTOR, object: [...ACTOR, 'Event', 'Location'], stix: 'targets', phrase: ['attacked', 'did not attack'], contradicts: ['ALLY_OF', 'SUPPORTS', 'FUNDS', 'PROXY_OF'], adverse: true },
  ARRESTED: { symmetric: false, family: 'law enforcement', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['arrested', 'did not arrest'], contradicts: [], adverse: true },
  HANDED_OVER: { symmetric: false, family: 'law enforcement', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['handed over', 'did not hand over'], contradicts: [], adverse: false },
  RELEASED: { symmetric: false, family: 'law enforcement', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['released', 'did not release'], contradicts: [], adverse: false },
  NEGOTIATED_WITH: { symmetric: true, family: 'cooperation', speechAct: false, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['negotiated with', 'did not negotiate with'], contradicts: [], adverse: false, notKinds: ['media'] },
  ACCUSED: { symmetric: false, family: 'rhetoric', speechAct: true, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['accused', 'did not accuse'], contradicts: [], adverse: true },
  PRAISED: { symmetric: false, family: 'rhetoric', speechAct: true, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['praised', 'did not praise'], contradicts: [], adverse: false },
  PRESSURED: { symmetric: false, family: 'rhetoric', speechAct: true, subject: ACTOR, object: ACTOR, stix: 'related-to', phrase: ['pressured', 'did not pressure'], contradicts: [], adverse: true },
  BASED_IN: { symmetric: false, family: 'membership', speechAct: false, subject: ACTOR, object: ['Location', 'StateBody'], stix: 'located-at', phrase: ['is based in', 'is not based in'], contradicts: [], adverse: false },
  DEFECTED_TO: { symmetric: false, family: 'membership', speechAct: false, subject: ['Person', 'ArmedGroup'], object: BODY, stix: 'related-to', phrase: ['defected to', 'did not defect to'], contradicts: [], adverse: false },
};

/** Colours of the families, told apart by most colour-blind readers. */
export const FAMILY_COLOR: Readonly<Record<Family, string>> = {
  cooperation: '#2a9d8f', support: '#1d4ed8', membership: '#7c3aed', hostility: '#dc2626', 'law enforcement': '#a16207', rhetoric: '#6b7280',
};

export const facts = (p: Predicate): PredicateFacts => PREDICATE_FACTS[p];
