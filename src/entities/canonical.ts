import type { KnowledgeBase } from '../kb/index.js';

/**
 * The entry that stands for what a mention names: "the Government of Pakistan"
 * and "Pakistani authorities" are Pakistan; "US forces" and "Russian troops"
 * are the country acting; "the Philippine military" is the Philippine Army.
 */
export function canonicalEntry(kb: KnowledgeBase, id: string, text: string): string {
  const entry = kb.get(id);
  if (!entry) return id;
  const country = entry.kind === 'country' ? undefined : kb.countryOf(entry);
  if (!country) return id;
  // A ruling body with a name of its own ("CNSP", "State Administration Council") is an actor apart from its
  // country; "the Government of X", "X's cabinet" or an unnamed reference is the country.
  if ((entry.kind === 'government' || entry.kind === 'presidency') && (!text || GOVERNMENT_WORDS.test(text) || !ownName(entry, text))) return country.id;
  if (entry.kind === 'government' || entry.kind === 'presidency') return id;
  // "US forces", "Russian troops" (two words: a country and a generic noun), not "Sudanese Armed Forces".
  if (/^\S+\s+(forces|troops|soldiers)$/i.test(text.trim()) && /^(armed-forces|army|government)$/.test(entry.kind ?? '')) return country.id;
  // Only the country's armed forces as a whole (not a command such as CENTCOM) become its army.
  if (entry.kind === 'armed-forces' && (entry.parent === country.id || !entry.parent) && /armed forces|military|defen[cs]e forces|tatmadaw|army/i.test([entry.name, ...(entry.aliases ?? [])].join(' '))) {
    const army = kb.bodyOf(country.id, 'army');
    return army && /\barmy\b/i.test(army.name) ? army.id : id;
  }
  return id;
}

const GOVERNMENT_WORDS = /\b(government|administration|cabinet|regime|authorities|presidency|president|executive|state|kremlin|white house|élysée|elysee)\b/i;

/** Is the text the entry's own name, alias or acronym (not a demonym phrase or metonym)? */
function ownName(entry: { name: string; aliases?: string[] }, text: string): boolean {
  const t = text.trim().toLowerCase().replace(/^the\s+/, '');
  return [entry.name, ...(entry.aliases ?? [])].some((n) => n.toLowerCase().replace(/^the\s+/, '') === t);
}
