import type { ActorRef, Assertion, StoredClaim } from '../store/index.js';

/** Human-readable lines for corpus records; --json prints the records themselves. */
export const actorLabel = (a: ActorRef | 'author') => (a === 'author' ? 'the author' : a.name);

export function claimLine(c: StoredClaim): string {
  const when = c.eventDate ?? c.published ?? 'undated';
  const neg = c.polarity === 'negative' ? 'NOT ' : '';
  const by = c.attributedTo === 'author' ? c.publisher : `${c.attributedTo.name} via ${c.publisher}`;
  const review = c.review ? ` [${c.review}]` : '';
  return `${when.padEnd(10)}  ${c.subject.name} ${neg}${c.predicate} ${c.object.name}  (${c.modality}; ${by})${review}\n            "${c.quote.text}"  [${c.id}]`;
}

export function assertionHeader(a: Assertion): string {
  const neg = a.polarity === 'negative' ? 'NOT ' : '';
  const dates = a.eventDates.length ? `; events ${a.eventDates[0]}${a.eventDates.length > 1 ? ` to ${a.eventDates[a.eventDates.length - 1]}` : ''}` : '';
  const seen = a.firstSeen ? `; seen ${a.firstSeen}${a.lastSeen && a.lastSeen !== a.firstSeen ? ` to ${a.lastSeen}` : ''}` : '';
  const mods = Object.entries(a.modalities).map(([m, n]) => `${m} ${n}`).join(', ');
  const review = a.review ? ` [${a.review}]` : '';
  return `${a.subject.name} ${neg}${a.predicate} ${a.object.name}${review}\n` +
    `    ${a.claims.length} claim(s) in ${a.documents.length} document(s), ${a.independentSources} independent source(s): ${a.sources.map((s) => s.publishers.join(' = ')).join('; ')}\n` +
    `    credibility ${a.credibility.rating} (score ${a.credibility.score.toFixed(2)}); ${mods}${dates}${seen}\n    id ${a.id}`;
}

export function assertionBlock(a: Assertion, quotes = 3): string {
  const lines = [assertionHeader(a)];
  for (const c of a.claims.slice(0, quotes)) lines.push(`      "${c.quote.text}" (${c.publisher}${c.published ? `, ${c.published}` : ''}; ${c.modality}${c.attributedTo !== 'author' ? `, according to ${c.attributedTo.name}` : ''})`);
  if (a.claims.length > quotes) lines.push(`      ... ${a.claims.length - quotes} more`);
  return lines.join('\n');
}

export function table(rows: string[][]): string {
  if (!rows.length) return '';
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

/**
 * A list that may be cut by --limit: the rows, and on standard error how many
 * of how many are shown ("showing 50 of 804 (use --limit)"); as JSON, an
 * object that carries the total beside the rows.
 */
export function printList<T>(io: { out(t: string): void; err(t: string): void }, opts: { json?: boolean }, kind: string, rows: T[], total: number, text: (rows: T[]) => string): void {
  if (opts.json) io.out(JSON.stringify({ total, shown: rows.length, [kind]: rows }, null, 2));
  else io.out(text(rows));
  if (rows.length < total) io.err(`showing ${rows.length} of ${total} ${kind} (use --limit N, or --limit 0 for all)`);
}
