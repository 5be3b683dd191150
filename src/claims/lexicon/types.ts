import type { Predicate } from '../../core/index.js';

/**
 * A trigger word and how it reads (src/lang/en/triggers): its lemma (and
 * particle, "hand over"), the predicate, the CAMEO code it came from, the
 * dependency slots of its arguments ("obj", "obl:against", "nmod:on";
 * "self" for the bearer of a relation noun; "modifier" and "head" for the
 * two sides of a compound modifier), the object nouns it needs to report the
 * predicate ("provide" + "shelter"), and for nouns the light verbs whose
 * subject is the doer.
 */
export interface LexEntry {
  lemma: string;
  /** Other spellings or words read as this entry ("neutralise" for "neutralize"). */
  variants?: string[];
  /** Adjectives table: the written form ("-backed", "anti-", "allied"). */
  form?: string;
  /** Adjectives table: suffix, prefix, adjective or participle. */
  type?: 'suffix' | 'prefix' | 'adjective' | 'participle';
  /** Nouns: event, relation, role or presence. */
  kind?: string;
  particle?: string;
  predicate: Predicate;
  cameo: string | null;
  source: string;
  /** Slots of the claim's object (adjectives: a side name or slots). */
  object: string[] | string;
  /** Slots of the claim's subject where the rule does not fix it (nouns: the doer; adjectives: a side name or slots). */
  agent?: string[];
  subject?: string[] | string;
  recipient?: string[];
  with?: string[];
  withSlot?: string;
  light?: string[];
  lightReverse?: string[];
  lightNegative?: string[];
  /** Verbs whose subject only says the relation holds between object and another ("the FBI linked X to Y"): the speaker's slots. */
  speaker?: string[];
  /** The claim runs from the object to the subject ("X recruited Y": Y MEMBER_OF X). */
  reverse?: boolean;
  /** The parts may be named by their members ("comprises troops from Chad"): members stand for their side, as they do not where a member's own belonging is read. */
  members?: boolean;
  /** The relation holds both ways ("X clashed with Y", "X traded fire with Y": each is hostile to the other). */
  mutual?: boolean;
  /** The sense holds only without a direct object ("Mali withdrew from the G5", not "France withdrew its troops from Mali"). */
  intransitive?: boolean;
  /** The word itself denies or ends the relation ("sever ties"). */
  polarity?: 'negative';
  /** The sense holds only for objects (subjects) of this kind. */
  objectKind?: 'person' | 'group' | 'place';
  subjectKind?: 'person' | 'group' | 'place';
  confidence?: string;
  example?: string;
  counter?: string | null;
  /** Why the extraction does not read the example yet: the spec runner (examples.test.ts) runs it as a todo. */
  unread?: string;
}
