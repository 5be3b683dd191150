import type { Token } from '../core/index.js';
import { BEFORE_SPEECH_ADVERBS, BEFORE_SPEECH_AUXILIARIES, PLACE_PREPOSITIONS, SPEECH_VERB_FORMS } from './words.js';

/** Verbs of saying and reporting, as written (the language data): a name before them is a speaker. */
export const SPEECH_VERBS = SPEECH_VERB_FORMS;

/** The token before a span, skipping a determiner ("in the Wulgo area"). */
export function wordBefore(tokens: Token[], first: number, floor: number): Token | undefined {
  let k = first - 1;
  if (k >= floor && (tokens[k].norm === 'the' || tokens[k].norm === 'a' || tokens[k].norm === 'an')) k--;
  return k >= floor ? tokens[k] : undefined;
}

/** "in X", "near X", "from X": a place reading of X. */
export function afterPlacePreposition(tokens: Token[], first: number, floor: number): boolean {
  const t = wordBefore(tokens, first, floor);
  // "to" also introduces people and bodies ("handed over to X", "according to X").
  return !!t && PLACE_PREPOSITIONS.has(t.norm) && t.norm !== 'to';
}

/** "X said", "X told Reuters", "X, who said": X speaks. */
export function beforeSpeechVerb(tokens: Token[], last: number, ceil: number): boolean {
  let k = last;
  if (tokens[k]?.text === ',' ) return false;
  if (k < ceil && BEFORE_SPEECH_ADVERBS.has(tokens[k].norm)) k++;
  if (k < ceil && BEFORE_SPEECH_AUXILIARIES.has(tokens[k].norm)) k++;
  return k < ceil && SPEECH_VERBS.has(tokens[k].norm);
}
