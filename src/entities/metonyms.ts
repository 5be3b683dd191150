import type { Token } from '../core/index.js';
import { FUNCTION_WORDS, PLACE_CUES, PLACE_PREPOSITIONS } from './words.js';

export function isPossessive(t: Token | undefined): boolean {
  return !!t && t.glued && (t.norm === "'s" || t.norm === "'");
}

const PLACE_VERBS = new Set('seized captured took entered reached fled visited arrived control outskirts capital streets held met hosted'.split(' '));

/**
 * Does a capital or seat of power act here ("Rawalpindi's blunders",
 * "Washington decided", "hailed Islamabad") rather than name a place ("in
 * Kabul", "talks held in Doha", "DOHA:")? A possessive before a non-place
 * noun, a following verb, or a preceding verb with no preposition make it
 * an actor; otherwise it is a place.
 */
export function actsAsActor(tokens: Token[], first: number, last: number, floor: number, ceil: number): boolean {
  const prev = first > floor ? tokens[first - 1] : undefined;
  const next = last < ceil ? tokens[last] : undefined;
  if (prev && (PLACE_PREPOSITIONS.has(prev.norm) && prev.norm !== 'to' || PLACE_VERBS.has(prev.norm))) return false;
  if (next?.text === ':' && first === floor) return false; // dateline "DOHA:"
  if (isPossessive(next)) {
    const after = tokens[last + 1];
    return !(after && (PLACE_CUES.has(after.norm) || after.upper));
  }
  if (next && next.kind === 'word' && !next.upper && !FUNCTION_WORDS.has(next.norm) && !PLACE_CUES.has(next.norm)) return true;
  if (next && /^(has|had|have|is|was|will|would|could|should|may|might|must|does|did|not|also)$/.test(next.norm)) return true;
  if (prev && prev.kind === 'word' && !prev.upper && !FUNCTION_WORDS.has(prev.norm) && /(?:ed|es|s|ize|ise)$/.test(prev.norm)) return true;
  if (prev && (prev.norm === 'nor' || prev.norm === 'neither')) return true;
  return false;
}
