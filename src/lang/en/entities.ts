import { createRequire } from 'node:module';
import type { EntityType } from '../../core/index.js';

const require = createRequire(import.meta.url);

export interface PronounInfo {
  types: EntityType[];
  number: 's' | 'p';
  gender?: 'm' | 'f';
  possessive?: boolean;
  reflexive?: boolean;
}

export interface DescriptionInfo {
  /** Entity types the description may stand for. */
  types?: EntityType[];
  /** For state bodies: the kinds of knowledge-base body ("army", "police"). */
  kinds?: string[];
  /** A plural head ("the militants"). */
  plural?: boolean;
  /** A role or title: it stands for a person the text gave that role. */
  person?: boolean;
  /** For a person head: titles that give the role ("the cleric" for a "Sheikh X"). */
  titles?: string[];
  /** So common in names ("group") that a name holding it is no evidence. */
  generic?: boolean;
  /** Knowledge-base kinds it does not describe ("the group" is no intergovernmental body or mission). */
  notKinds?: string[];
  /** Stands only for a candidate whose name holds the head noun ("the hospital" for "X General Hospital"), never for one by salience. */
  namedOnly?: boolean;
}

/** English data of the entity stage (entities.json), as maps and sets. */
export interface EntityWords {
  /** Capitalised words that stand for a state body, and the kinds of body ("Army" -> army, armed-forces). */
  genericCapitalised: Map<string, string[]>;
  /** Lower-case phrases (as word lists) that name a state's forces, and the kinds of body. */
  genericPhrases: Array<[string[], string[]]>;
  /** Lower-case phrases that name a state body only when a country owns them ("Chad's foreign ministry"), and the kinds of body. */
  genericOwned: Array<[string[], string[]]>;
  /** "the Puntland government": the words after a region's name that name its government. */
  regionalGovernment: { nouns: Set<string>; modifiers: Set<string>; notBefore: Set<string> };
  pronouns: Map<string, PronounInfo>;
  /** "we", "our": inside a quotation, the speaker's body. */
  quotedSelf: Set<string>;
  /** Head words of named places that are also bodies ("X General Hospital"). */
  institutions: Set<string>;
  femaleCues: Set<string>;
  descriptions: Map<string, DescriptionInfo>;
  armedModifiers: Set<string>;
  speechVerbs: Set<string>;
  /** Words after a description that make it name what follows ("the group known as X"). */
  nonReferring: Set<string>;
  /** Common nouns for people ("the villagers", "a local chief"). */
  personNouns: Set<string>;
  /** Verbs whose object "it" is a statement or an event ("denies it"), not an actor. */
  propositionVerbs: Set<string>;
  /** "most of them", "among them": words before a plural pronoun that make it the set just named. */
  partitives: { prepositions: Set<string>; quantifiers: Set<string> };
  /** Cues reference resolution reads around a pronoun (see the JSON's comment). */
  referenceCues: { leadVerbs: Set<string>; chargeNouns: Set<string>; accuseVerbs: Set<string>; denyVerbs: Set<string>; dummyVerbs: Set<string>; genericSpeech: Set<string>; againstVerbs: Set<string> };
}

let data: EntityWords | undefined;

const entries = <T>(o: Record<string, T>) => Object.entries(o).filter(([k]) => !k.startsWith('_'));
const words = (o: { words: string[] }) => new Set(o.words);

export function entityWords(): EntityWords {
  if (!data) {
    const raw = require('./entities.json');
    data = {
      genericCapitalised: new Map(entries<string[]>(raw.genericBodies.capitalised)),
      genericPhrases: (raw.genericBodies.phrases as Array<[string, string[]]>).map(([w, kinds]) => [w.split(' '), kinds]),
      genericOwned: (raw.genericBodies.owned as Array<[string, string[]]>).map(([w, kinds]) => [w.split(' '), kinds]),
      regionalGovernment: { nouns: new Set(raw.regionalGovernment.nouns), modifiers: new Set(raw.regionalGovernment.modifiers), notBefore: new Set(raw.regionalGovernment.notBefore) },
      pronouns: new Map(entries<PronounInfo>(raw.pronouns)),
      quotedSelf: words(raw.quotedSelf),
      institutions: words(raw.institutions),
      femaleCues: words(raw.femaleCues),
      descriptions: new Map(entries<DescriptionInfo>(raw.descriptions)),
      armedModifiers: words(raw.armedModifiers),
      speechVerbs: words(raw.speechVerbs),
      nonReferring: words(raw.nonReferring),
      personNouns: words(raw.personNouns),
      propositionVerbs: words(raw.propositionVerbs),
      partitives: { prepositions: new Set(raw.partitives.prepositions), quantifiers: new Set(raw.partitives.quantifiers) },
      referenceCues: {
        leadVerbs: new Set(raw.referenceCues.leadVerbs), chargeNouns: new Set(raw.referenceCues.chargeNouns), accuseVerbs: new Set(raw.referenceCues.accuseVerbs),
        denyVerbs: new Set(raw.referenceCues.denyVerbs), dummyVerbs: new Set(raw.referenceCues.dummyVerbs), genericSpeech: new Set(raw.referenceCues.genericSpeech), againstVerbs: new Set(raw.referenceCues.againstVerbs),
      },
    };
  }
  return data;
}
