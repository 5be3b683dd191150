import type { Claim, NexusDocument } from '../core/index.js';
import { fingerprint, normalizeName, shortHash } from '../corpus/index.js';
import type { Schema } from './schema.js';

type Row<T extends keyof Schema> = Schema[T];

export function publisherOf(doc: NexusDocument): string {
  if (doc.source.publisher) return doc.source.publisher;
  if (doc.source.url) {
    try { return new URL(doc.source.url).hostname.replace(/^www\./, ''); } catch { /* not a URL: unknown */ }
  }
  return 'unknown';
}

/** Where a copy of a document was seen: its URL, else its path. */
export function locationOf(doc: NexusDocument): string {
  return doc.source.url ?? doc.source.path ?? '';
}

export function documentRow(doc: NexusDocument, now: string): Row<'documents'> {
  const s = doc.source;
  return {
    id: doc.id, path: s.path ?? null, url: s.url ?? null, title: s.title ?? null, publisher: publisherOf(doc), published: s.published ?? null,
    author: s.author ?? null, ingested_at: now, chars: doc.text.length, text: doc.text, fingerprint: fingerprint(keptText(doc)),
  };
}

export function keptText(doc: NexusDocument): string {
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n\n');
}

/** What identifies a claim across re-extractions of its document, so that a review stays attached to it. */
export function claimSignature(doc: NexusDocument, c: Claim, nameOf: (local: string) => string): string {
  return shortHash(doc.id, c.predicate, c.polarity, normalizeName(nameOf(c.subject)), normalizeName(nameOf(c.object)), c.evidence[0]?.text ?? '');
}

export function claimRow(doc: NexusDocument, c: Claim, nameOf: (local: string) => string): Row<'claims'> {
  const [quote, ...more] = c.evidence;
  const q = c.qualifiers;
  return {
    id: `${doc.id}:${c.id}`, document_id: doc.id, local_id: c.id, subject_local: c.subject, object_local: c.object,
    attributed_local: c.attributedTo === 'author' ? null : c.attributedTo, predicate: c.predicate, polarity: c.polarity, modality: c.modality,
    event_date: q.date?.value ?? null, amount: q.amount ? JSON.stringify({ value: q.amount.value, currency: q.amount.currency, text: q.amount.text }) : null,
    place_local: q.place ?? null, recipient_local: q.recipient ?? null, role: q.role ?? null,
    quote_text: quote.text, quote_start: quote.start, quote_end: quote.end,
    more: JSON.stringify(more.map((e) => ({ text: e.text, start: e.start, end: e.end }))), rule: c.rule, confidence: c.confidence,
    signature: claimSignature(doc, c, nameOf),
  };
}
