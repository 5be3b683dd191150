import { PREDICATE_FACTS } from '../schema/predicates.js';
import type { Span } from './span.js';

/** Entity types of the extraction contract (../shared/eval/FORMAT.md). */
export const ENTITY_TYPES = ['Person', 'ArmedGroup', 'StateBody', 'Organization', 'Location', 'Event', 'Publication'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** How a mention names its entity. */
export type MentionHow =
  | 'name' // the full name as written
  | 'acronym' // an acronym defined in the text or known to the knowledge base
  | 'alias' // another name the knowledge base or the text gives
  | 'short' // a surname or given name after the full name
  | 'title' // a title used alone ("the Field Marshal")
  | 'metonym' // a capital or seat of power standing for an actor ("Rawalpindi")
  | 'demonym' // a demonym standing for a state ("Pakistani authorities")
  | 'pronoun' // "it", "its", "they"
  | 'description'; // "the group", "the terror outfit"

export interface Mention extends Span {
  text: string;
  entity: string;
  how: MentionHow;
  /** The rule that made this mention (for --explain). */
  rule: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every other surface form the document uses for this entity. */
  aliases: string[];
  kbId?: string;
  /** Roles and titles found for a person or body ("CIA Director", "chairman"). */
  roles: string[];
}

export const PREDICATES = [
  'ALLY_OF', 'SUPPORTS', 'FUNDS', 'PROXY_OF', 'MEMBER_OF', 'HOSTILE_TO', 'ATTACKED', 'ARRESTED',
  'HANDED_OVER', 'RELEASED', 'NEGOTIATED_WITH', 'ACCUSED', 'PRAISED', 'PRESSURED', 'BASED_IN', 'DEFECTED_TO',
] as const;
export type Predicate = (typeof PREDICATES)[number];
/** The predicates that read both ways, from the predicate table. */
export const SYMMETRIC: ReadonlySet<Predicate> = new Set(PREDICATES.filter((p) => PREDICATE_FACTS[p].symmetric));

export type Polarity = 'positive' | 'negative';
/** How firmly the claim is made: by the author, reported from a source, alleged, hedged or as a question. */
export type Modality = 'asserted' | 'reported' | 'alleged' | 'hedged' | 'question';

export interface DateValue extends Span {
  text: string;
  /** ISO date truncated to its precision: "2017", "2017-05", "2017-05-14". */
  value: string;
  precision: 'year' | 'month' | 'day';
}

export interface AmountValue extends Span {
  text: string;
  value: number;
  currency: string;
}

export interface Qualifiers {
  date?: DateValue;
  amount?: AmountValue;
  /** Entity id of a place where the claim holds. */
  place?: string;
  role?: string;
  /** Entity id of who received what was handed over. */
  recipient?: string;
}

export interface Evidence extends Span {
  text: string;
}

export interface Claim {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  polarity: Polarity;
  modality: Modality;
  /** "author" or the entity id of the innermost source. */
  attributedTo: string;
  /** Sources from outermost to innermost, starting with "author". */
  chain: string[];
  qualifiers: Qualifiers;
  /** One or more quotes; the first is the main one. */
  evidence: Evidence[];
  /** The rule that produced the claim, and the words it matched. */
  rule: string;
  trigger: Evidence;
  confidence: number;
}

/** A person (or unit) holding a role in an organisation, as the text places them ("TTP commander Muslim Khan"). */
export interface RoleLink extends Span {
  member: string;
  org: string;
  role: string;
  /** The rule that found the link. */
  rule: string;
}
