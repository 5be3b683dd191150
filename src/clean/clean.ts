import { createHash } from 'node:crypto';
import type { Block, Dropped, NexusDocument, Span } from '../core/index.js';
import { matchBoilerplate } from './boilerplate.js';
import { splitBlocks } from './blocks.js';
import { findDuplicates, type Candidate } from './duplicates.js';
import { looksLikeHeading } from './headings.js';
import { bylineParts, leadingDate, metadataFromLine } from './metadata.js';
import { normalizeForCompare } from './normalize.js';

export interface CleanOptions {
  /** Headings known from the markup (HTML <h1>-<h6>). */
  headings?: Span[];
  /** Used when the document states no date of its own. */
  published?: string;
}

/**
 * Keeps the article's blocks and drops page furniture and repeats, recording
 * each dropped span with its rule. The text itself is never rewritten, so
 * every later span still indexes the original.
 */
export function clean(doc: NexusDocument, options: CleanOptions = {}): NexusDocument {
  const { text } = doc;
  const found: { lineDate?: string; bylineDate?: string; prefixDate?: string } = {};
  const candidates: Candidate[] = [];
  const dropped: Dropped[] = [];
  const markup = options.headings ?? [];
  for (const raw of splitBlocks(text, doc.format)) {
    let start = raw.start;
    const line = text.slice(start, raw.end);
    const prefix = candidates.length === 0 ? leadingDate(line) : undefined;
    if (prefix) {
      found.prefixDate ??= prefix.date;
      dropped.push({ start, end: start + prefix.rest, reason: 'metadata', rule: 'metadata/date-prefix' });
      start += prefix.rest;
    }
    const body = text.slice(start, raw.end);
    if (!body.trim()) continue;
    const rule = matchBoilerplate(body);
    const byline = rule ? undefined : bylineParts(body);
    if (rule || byline) {
      metadataFromLine(rule ?? 'boilerplate/byline', body, doc.source, found);
      if (byline) {
        found.bylineDate ??= byline.date;
        // "Harbour Times — 12 March 2024": a publisher's name before the date, when no other gives it.
        if (!doc.source.publisher && !/^(by|staff|desk)\b/i.test(byline.name) && byline.name !== byline.name.toUpperCase() && byline.name.split(/\s+/).length <= 5) doc.source.publisher = byline.name;
      }
      dropped.push({ start, end: raw.end, reason: 'boilerplate', rule: rule ?? 'boilerplate/byline' });
      continue;
    }
    const heading = raw.markedHeading || markup.some((h) => h.start === raw.start) || looksLikeHeading(body);
    candidates.push({ start, end: raw.end, heading });
  }

  const norms = candidates.map((c) => normalizeForCompare(text.slice(c.start, c.end)));
  const duplicates = findDuplicates(text, candidates, norms);
  const blocks: Block[] = [];
  const keptNorms: string[] = [];
  candidates.forEach((c, i) => {
    const dup = duplicates.get(i);
    if (dup) dropped.push({ start: c.start, end: c.end, ...dup });
    else { blocks.push({ start: c.start, end: c.end, kind: c.heading ? 'heading' : 'paragraph' }); keptNorms.push(norms[i]); }
  });

  doc.blocks = blocks;
  doc.dropped = mergeDropped(text, dropped.sort((a, b) => a.start - b.start));
  for (const d of doc.dropped) doc.message('info', d.rule, describe(d), d);
  doc.source.published ??= found.prefixDate ?? found.bylineDate ?? found.lineDate ?? options.published;
  // A page without a title of its own is known by its first heading (usually the headline).
  const first = blocks[0];
  if (!doc.source.title && first?.kind === 'heading') doc.source.title = text.slice(first.start, first.end);
  if (blocks.length === 0) doc.message('warning', 'clean/empty', 'no article text is left after cleaning');
  doc.id = createHash('sha256').update(keptNorms.join('\n')).digest('hex');
  return doc;
}

/** Consecutive drops for the same reason (a repeated article) become one span. */
function mergeDropped(text: string, list: Dropped[]): Dropped[] {
  const out: Dropped[] = [];
  for (const d of list) {
    const last = out[out.length - 1];
    if (last && last.reason === 'repeated-article' && d.reason === 'repeated-article' && !text.slice(last.end, d.start).trim()) {
      last.end = d.end;
      if (last.of && d.of) last.of = { start: Math.min(last.of.start, d.of.start), end: Math.max(last.of.end, d.of.end) };
      continue;
    }
    out.push({ ...d });
  }
  return out;
}

function describe(d: Dropped): string {
  switch (d.reason) {
    case 'repeated-article': return 'dropped: the article is pasted again here';
    case 'teaser': return `dropped: teaser repeated at ${d.of?.start}-${d.of?.end}`;
    case 'duplicate': return `dropped: repeats the text at ${d.of?.start}-${d.of?.end}`;
    case 'metadata': return 'read as metadata';
    default: return `dropped as ${d.rule.replace('boilerplate/', '')}`;
  }
}

/** SHA-256 of the normalised kept text: a republished copy gets the same id. */
export function documentId(text: string, blocks: Block[]): string {
  const normalized = blocks.map((b) => normalizeForCompare(text.slice(b.start, b.end))).join('\n');
  return createHash('sha256').update(normalized).digest('hex');
}
