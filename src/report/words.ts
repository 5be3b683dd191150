import type { AdmiraltyCredibility, Assertion, StoredClaim } from '../store/index.js';
import { phrase } from '../export/index.js';

export const RATING_WORDS: Record<AdmiraltyCredibility, string> = { 1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' };

/** "JNIM funds Katiba Serma", "Katiba Serma did not attack JNIM". */
export const sentence = phrase;

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "credibility 2 (probably true, 0.85); 3 independent sources: A; B = C; D". */
export function evidenceLine(a: Assertion): string {
  const mods = Object.entries(a.modalities).map(([m, n]) => `${m} ${n}`).join(', ');
  const when = a.eventDates.length ? `; events ${a.eventDates[0]}${a.eventDates.length > 1 ? ` to ${a.eventDates[a.eventDates.length - 1]}` : ''}` : '';
  return `credibility ${a.credibility.rating} (${RATING_WORDS[a.credibility.rating]}, score ${a.credibility.score.toFixed(2)}); ` +
    `${plural(a.independentSources, 'independent source')}: ${a.sources.map((s) => s.publishers.join(' = ')).join('; ')}; ` +
    `${plural(a.claims.length, 'claim')} in ${plural(a.documents.length, 'document')}; ${mods}${when}`;
}

/** Where a quote comes from: "Bamako Ledger, 2024-03-02; reported, according to local officials". */
export function citation(c: StoredClaim): string {
  return `${c.publisher}${c.published ? `, ${c.published}` : ''}; ${c.modality}${c.attributedTo === 'author' ? '' : `, according to ${c.attributedTo.name}`}`;
}
