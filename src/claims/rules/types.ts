import type { EntityType, Predicate } from '../../core/index.js';
import type { Path } from '../args/paths.js';

/**
 * A sentence a rule must read, with the claims it must yield ("Hezbollah
 * ATTACKED Israel", "not Iran SUPPORTS Houthis" for a negative claim), or
 * none at all (a counter-example).
 */
export interface RuleExample {
  text: string;
  claims: string[];
}

/** Where an argument comes from: dependency paths from the trigger, tried in order until one finds an actor; or a named mechanism. */
export type Slot = Path | '@inherit' | '@patient' | '@light' | '@object' | '@agent' | '@recipient' | '@inner' | '@parent' | '@office' | '@whole' | '@home' | '@responder' | '@event' | '@apposed' | '@incident-doer' | '@victims' | '@antecedent' | '@targets' | '@labelled-praise' | '@labelled-blame' | '@speaker';

/** Which words trigger a rule. */
export interface Trigger {
  /** A lexicon table (every entry of it), or a fixed set of lemmas. */
  table?: 'verbs' | 'nouns' | 'adjectives' | 'relations' | 'presence';
  /** Only entries of these types (adjectives table). */
  types?: ('suffix' | 'prefix' | 'adjective' | 'participle')[];
  /** Only entries whose object slots include a direct object (for the passive). */
  transitive?: boolean;
  /** The prefix entries of the adjectives table ("anti-", "pro-"), at words that start with one. */
  prefix?: boolean;
  /** Only entries whose predicate is symmetric (ALLY_OF, NEGOTIATED_WITH). */
  symmetric?: boolean;
  /**
   * Only entries read both ways (a symmetric predicate, or a mutual act: "clash") whose
   * partner stands after "with", and only where no partner does: several subjects are then
   * each other's partners ("X and Y clashed", "X and Y met").
   */
  reciprocal?: boolean;
  /** Only entries whose subject speaks of the relation (true) or takes part in it (false): "linked X to Y". */
  speaker?: boolean;
  /** Not at a verb that has a direct object (an adjective's reading does not hold of "the FBI linked X to Y"). */
  noObject?: boolean;
  /** Only entries of these predicates. */
  predicates?: Predicate[];
  lemmas?: string[];
  upos: string[];
  /** Voice of a verb trigger. */
  voice?: 'active' | 'passive';
  /** The head word of a name (not a pronoun or description) of an entity of these types. */
  mention?: EntityType[];
  /** The roles the entities stage found ("TTP commander Muslim Khan"): member and organisation. */
  roles?: boolean;
  /** A sentence opening "Among those freed ..." or "Among the dead ...": the people it names undergo the act. */
  among?: boolean;
}

/**
 * A claim rule as data: its trigger, the dependency paths that place subject
 * and object, the predicate (or the lexicon entry's), the argument types it
 * allows beyond the predicate's own, and the examples the spec runner checks.
 */
export interface ClaimRule {
  id: string;
  description: string;
  trigger: Trigger;
  /** A fixed predicate, or the lexicon entry's. */
  predicate?: Predicate;
  subject: Slot[];
  object: Slot[];
  /** Both orders ("clashes between X and Y"): every actor found against every other. */
  pairwise?: boolean;
  /** Who makes the claim, when the construction says ("DEA agents linked X to Y": the agents). */
  source?: Slot[];
  /** The author's own naming ("ELN commander X", "the Nigerian Army"): no report frames it. */
  naming?: boolean;
  /** Narrower argument types than the predicate allows. */
  types?: { subject?: EntityType[]; object?: EntityType[] };
  examples: RuleExample[];
}
