import type { SourceMeta } from '../core/index.js';
import { isoDate } from '../ingest/dates.js';
import { emailIn, publisherFromCopyright } from './boilerplate.js';

/** What a dropped line tells about the document, kept as metadata. */
export function metadataFromLine(rule: string, line: string, meta: SourceMeta, found: { lineDate?: string; bylineDate?: string }): void {
  if (rule === 'boilerplate/copyright' && !meta.publisher) meta.publisher = publisherFromCopyright(line);
  if (rule === 'boilerplate/email' && !meta.authorEmail) meta.authorEmail = emailIn(line);
  if (rule === 'boilerplate/date-line' && !found.lineDate) found.lineDate = isoDate(line);
  if (rule === 'boilerplate/byline') {
    const date = isoDate(line);
    if (date && !found.bylineDate) found.bylineDate = date;
    if (!meta.author) {
      const m = /^(?:by|written by|reporting by|posted by)\s+([^,|]+)/i.exec(line);
      if (m) meta.author = m[1].trim();
    }
  }
}

/**
 * A byline with a date and no sentence ("Darpan News Desk IANS, 06 Mar, 2019
 * 09:28 PM") or a "date 2018-05-10" prefix: returns the date and where the
 * line's remaining text starts.
 */
export function leadingDate(line: string): { date: string; rest: number } | undefined {
  const m = /^date\s+(\d{4}-\d{2}-\d{2})\s*/i.exec(line);
  if (m) return { date: m[1], rest: m[0].length };
  return undefined;
}

export function bylineWithDate(line: string): string | undefined {
  return bylineParts(line)?.date;
}

/**
 * "Darpan News Desk IANS, 06 Mar, 2019 09:28 PM", "Harbour Times — 12 March 2024":
 * a short line that is a name and a date, and no sentence.
 */
export function bylineParts(line: string): { name: string; date: string } | undefined {
  if (line.length > 100 || /[.!?]["”]?$/.test(line)) return undefined;
  const m = /^(.*?)\s*(?:,|[—–-]|\|)\s*(\d{1,2}\s+[A-Za-z]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}\s*(?:AM|PM)?)?\s*$/i.exec(line);
  const date = m ? isoDate(m[2]) : undefined;
  return m && date && m[1].trim() ? { name: m[1].trim(), date } : undefined;
}
