import { createRequire } from 'node:module';
import type { EntityType } from '../core/index.js';

/**
 * Word lists that drive discovery and typing, read from the language data
 * (src/lang/en/names.json, where each list says what it is for). Lower case;
 * matched on token norms.
 */
const require = createRequire(import.meta.url);
const raw = require('../lang/en/names.json') as Record<string, { words?: string[] }>;

/** A list of the data file; a missing one is a broken file, not an empty list: say which. */
function list(key: string): Set<string> {
  const words = raw[key]?.words;
  if (!Array.isArray(words)) throw new Error(`src/lang/en/names.json: "${key}" must hold a list of words`);
  return new Set(words);
}

/** Titles, ranks and honorifics written before a person's name (single words). */
export const TITLE_WORDS = list('titleWords');
/** Multi-word titles read as one ("Field Marshal", "Lt Gen"). Token norms joined by a space. */
export const TITLE_PHRASES = list('titlePhrases');
/** Nouns naming a role in an organisation ("the group's commander", "TTP spokesman X"). */
export const ROLE_NOUNS = list('roleNouns');
/** Head words that make a name an armed group. */
export const ARMED_CUES = list('armedCues');
/** Head words that make a name a state body (an army unit, a ministry, a police force). */
export const STATE_CUES = list('stateCues');
/** Head words that make a name some other organisation. */
export const ORG_CUES = list('orgCues');
/** Head words that make a name a place. */
export const PLACE_CUES = list('placeCues');
/** Nouns that make a phrase an event ("the 2014 Army School Peshawar attack"). */
export const EVENT_NOUNS = list('eventNouns');
/** Nouns that make a phrase a publication cited as a source. */
export const PUBLICATION_NOUNS = list('publicationNouns');
/** Lower-case words that may sit inside a name between capitalised words. */
export const CONNECTORS = list('connectors');
/** Words after which a capitalised phrase is a place. */
export const PLACE_PREPOSITIONS = list('placePrepositions');
export const MONTHS = list('months');
export const WEEKDAYS = list('weekdays');
/** Capitalised words that are not names on their own. */
export const NOT_NAMES = list('notNames');
/** Closed-class words: a capitalised name followed by one of these is not the subject of a verb there. */
export const FUNCTION_WORDS = list('functionWords');

// Typing an unknown name from its neighbours (src/entities/classify.ts).
export const ORG_NOUNS_BEFORE = list('orgNounsBefore');
export const TRAILING_PLACE = list('trailingPlace');
export const LANGUAGES = list('languages');
export const THINGS = list('things');
export const BRANCH_NOUNS = list('branchNouns');
export const STATE_HEADS = list('stateHeads');
export const GROUP_NOUNS_AFTER = list('groupNounsAfter');
export const COMMUNITY_NOUNS_AFTER = list('communityNounsAfter');
export const GROUP_ARTICLES = list('groupArticles');
export const APPOSITION_ARTICLES = list('appositionArticles');
export const APPOSITION_STOPS = list('appositionStops');
/** The noun of an apposition after a name, and the entity type it gives. */
export const GROUP_APPOSITIONS = new Map(Object.entries((raw.groupAppositions as unknown as { types: Record<string, EntityType> }).types));

// Speakers (src/entities/context.ts).
export const SPEECH_VERB_FORMS = list('speechVerbForms');
export const BEFORE_SPEECH_ADVERBS = list('beforeSpeechAdverbs');
export const BEFORE_SPEECH_AUXILIARIES = list('beforeSpeechAuxiliaries');
/** The head noun of a phrase introducing a name in apposition after it, and the type it gives. */
export const INTRODUCING_NOUNS = new Map(Object.entries((raw.introducingNouns as unknown as { types: Record<string, EntityType> }).types));
export const MEDIA_MODIFIERS = list('mediaModifiers');
export const KUNYA_OPENERS = list('kunyaOpeners');
export const OWNER_DETERMINERS = list('ownerDeterminers');
/** Nouns after a name that make a facility of its own ("Beirut airport"); token norms, two-word ones joined by a space. */
export const FACILITY_NOUNS = list('facilityNouns');
/** The same, after a name the knowledge base does not know only ("al-Hol camp"). */
export const FACILITY_NOUNS_AFTER_UNKNOWN = list('facilityNounsAfterUnknown');
/** Articles that make a facility noun some facility, not a named one ("a Guayaquil prison"). */
export const INDEFINITE_ARTICLES = list('indefiniteArticles');
