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
  if (entry.kind === 'government' || entry.kind === 'presidency') return country.id;
  // "US forces", "Russian troops" (two words: a country and a generic noun), not "Sudanese Armed Forces".
  if (/^\S+\s+(forces|troops|soldiers)$/i.test(text.trim()) && /^(armed-forces|army|government)$/.test(entry.kind ?? '')) return country.id;
  // Only the country's armed forces as a whole (not a command such as CENTCOM) become its army.
  if (entry.kind === 'armed-forces' && (entry.parent === country.id || !entry.parent) && /armed forces|military|defen[cs]e forces|tatmadaw|army/i.test([entry.name, ...(entry.aliases ?? [])].join(' '))) {
    const army = kb.bodyOf(country.id, 'army');
    return army && /\barmy\b/i.test(army.name) ? army.id : id;
  }
  return id;
}
