import type { EntityType } from '../core/index.js';

/**
 * The form names are compared in across documents: no accents, lower case,
 * apostrophes dropped and dashes as spaces ("Hay'at Tahrir al-Sham" and
 * "Hayat Tahrir al Sham" meet), and no leading "the".
 */
export function normalizeName(name: string): string {
  let norm = seen.get(name);
  if (norm === undefined) {
    if (seen.size >= 100_000) seen.clear();
    norm = normalize(name);
    seen.set(name, norm);
  }
  return norm;
}

/** Names recur across documents (every article says "Pakistan"): each is normalised once. */
const seen = new Map<string, string>();

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[-‐-―_/.,;:()"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Entity types that may name one actor in different documents: an unknown
 * group typed ArmedGroup in one article and Organization in another is still
 * one group, but a person and a place never merge.
 */
export function typeClass(type: EntityType): string {
  switch (type) {
    case 'Person': return 'person';
    case 'Location': return 'place';
    case 'Event': return 'event';
    case 'Publication': return 'publication';
    default: return 'org';
  }
}

export function nameKey(type: EntityType, norm: string): string {
  return `name:${typeClass(type)}:${norm}`;
}
