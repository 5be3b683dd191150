import { tokenize } from '../nlp/tokenize.js';
import type { Token } from '../core/index.js';


/** The matching key of a token: lower case, no accents, unified apostrophes and dashes. */
export function tokenKey(t: Token): string {
  return t.key;
}

/**
 * Hyphens joining the parts of a name are optional when matching
 * ("Lashkar-e-Taiba", "Lashkar e Taiba"), so they are left out of keys.
 */
export function isJoiner(t: Token): boolean {
  return t.text === '-' || t.text === '‐' || t.text === '‑';
}

/** The key tokens of a name as the matcher compares them. */
export function nameTokens(name: string): Token[] {
  return tokenize(name, { start: 0, end: name.length }).filter((t) => !isJoiner(t));
}

/** Acronym-like names (ISKP, LeT, IS-K, U.S., "US CENTCOM") match only with the same case. */
export function isExactCase(name: string, tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length > 0 && words.every((t) => t.caps)) return true;
  return !/\s/.test(name.trim()) && words.some((t) => (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}
