import type { Claim, Entity, NexusDocument } from '../core/index.js';
import { entityKeys, fingerprint, normalizeName, shortHash } from '../corpus/index.js';
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
export function locationOf(doc: Pick<NexusDocument, 'source'> | { source: { url?: string | null; path?: string | null } }): string {
  return doc.source.url ?? doc.source.path ?? '';
}

export type DocumentRow = Omit<Row<'documents'>, 'n'>;


export function documentRow(doc: NexusDocument, now: string): DocumentRow {
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

/**
 * Past this length, or with characters outside the BMP before a quote (where
 * SQL's character offsets and JavaScript's string indices part), a quote is
 * stored as text; otherwise it is read back from the document by its offsets.
 */
const LONG_TEXT = 20_000;
const ASTRAL = /[\uD800-\uDFFF]/;

export function claimRow(doc: NexusDocument, n: number, seq: number, c: Claim, nameOf: (local: string) => string): Row<'claims'> {
  const [quote, ...more] = c.evidence;
  const q = c.qualifiers;
  const derivable = doc.text.length <= LONG_TEXT && doc.text.slice(quote.start, quote.end) === quote.text && !ASTRAL.test(doc.text.slice(0, quote.end));
  return {
    doc: n, local: c.id, seq, subject: c.subject, object: c.object,
    attributed: c.attributedTo === 'author' ? null : c.attributedTo, predicate: c.predicate, polarity: c.polarity, modality: c.modality,
    event_date: q.date?.value ?? null, amount: q.amount ? JSON.stringify({ value: q.amount.value, currency: q.amount.currency, text: q.amount.text }) : null,
    place: q.place ?? null, recipient: q.recipient ?? null, role: q.role ?? null,
    quote: derivable ? null : quote.text, quote_start: quote.start, quote_end: quote.end,
    more: more.length ? JSON.stringify(more.map((e) => ({ text: e.text, start: e.start, end: e.end }))) : null, rule: c.rule, confidence: c.confidence,
    signature: claimSignature(doc, c, nameOf),
  };
}

/** A document's entity with its merge keys (computed with the names split off so far): the root in the row, the others apart. */
export function entityRows(doc: NexusDocument, n: number, entity: Entity, split: ReadonlySet<string>): { entity: Row<'doc_entities'>; keys: Array<Row<'doc_keys'>> } {
  const { keys, names } = entityKeys(doc, entity, split);
  const main = normalizeName(entity.name);
  const others = names.filter((x) => x.norm !== main).map((x) => [x.name, x.how]);
  return {
    entity: {
      doc: n, local: entity.id, key: keys[0], name: entity.name, type: entity.type, kb_id: entity.kbId ?? null,
      roles: entity.roles.length ? JSON.stringify(entity.roles) : null, names: others.length ? JSON.stringify(others) : null,
    },
    keys: keys.slice(1).map((key) => ({ doc: n, local: entity.id, key })),
  };
}

/** Quote search rows are numbered by document and claim, so that a hit names its claim without storing the quote twice. */
export const QUOTE_ROWS = 1 << 20;
