import { stringify } from 'csv-stringify/sync';
import { assertionId } from '../corpus/index.js';
import type { StoredClaim } from '../store/index.js';
import type { ExportFile, Selection } from './types.js';

import { CSV_TABLES, type CsvTable } from './types.js';

export { CSV_TABLES, type CsvTable };

type Row = Record<string, string | number | undefined>;
const list = (xs: string[]) => xs.join('; ');
const attributed = (c: StoredClaim) => (c.attributedTo === 'author' ? 'author' : c.attributedTo.name);

function entities(sel: Selection): Row[] {
  return [...sel.actors, ...sel.cited].map((a) => ({ id: a.id, name: a.name, type: a.type, kb_id: a.kbId, aliases: list(a.aliases), documents: a.documents, claims: a.claims }));
}

/** Every name of every actor, and how the documents used it; without details, the names the summaries carry. */
function aliases(sel: Selection): Row[] {
  return [...sel.actors, ...sel.cited].flatMap((a): Row[] => {
    const d = sel.details.get(a.id);
    if (!d) return a.aliases.map((alias) => ({ actor_id: a.id, actor: a.name, alias, how: '', documents: '' }));
    return d.names.map((n) => ({ actor_id: a.id, actor: a.name, alias: n.name, how: list(n.how), documents: n.count }));
  });
}

function claims(sel: Selection): Row[] {
  const docs = new Map(sel.documents.map((d) => [d.id, d]));
  return sel.claims.map((c) => ({
    id: c.id, document_id: c.documentId, document_title: docs.get(c.documentId)?.title, publisher: c.publisher, published: c.published,
    subject_id: c.subject.id, subject: c.subject.name, predicate: c.predicate, object_id: c.object.id, object: c.object.name,
    polarity: c.polarity, modality: c.modality, attributed_to: attributed(c),
    attributed_to_id: c.attributedTo === 'author' ? undefined : c.attributedTo.id,
    quote: c.quote.text, quote_start: c.quote.start, quote_end: c.quote.end, event_date: c.eventDate,
    amount: c.amount?.value, currency: c.amount?.currency, place: c.place?.name, recipient: c.recipient?.name, role: c.role,
    rule: c.rule, confidence: c.confidence, review: c.review,
    assertion_id: assertionId(c.subject.id, c.predicate, c.object.id, c.polarity),
  }));
}

function documents(sel: Selection): Row[] {
  return sel.documents.map((d) => ({
    id: d.id, title: d.title, publisher: d.publisher, published: d.published, author: d.author, url: d.url, path: d.path,
    chars: d.chars, ingested_at: d.ingestedAt, copies: list(d.copies.map((c) => `${c.publisher}: ${c.url ?? c.path ?? ''}`)),
  }));
}

function assertions(sel: Selection): Row[] {
  return sel.assertions.map((a) => ({
    id: a.id, subject_id: a.subject.id, subject: a.subject.name, predicate: a.predicate, object_id: a.object.id, object: a.object.name,
    polarity: a.polarity, claims: a.claims.length, documents: a.documents.length, independent_sources: a.independentSources,
    sources: list(a.sources.map((s) => s.publishers.join(' = '))), credibility: a.credibility.score, admiralty: a.credibility.rating,
    first_seen: a.firstSeen, last_seen: a.lastSeen, event_dates: list(a.eventDates),
    modalities: list(Object.entries(a.modalities).map(([m, n]) => `${m} ${n}`)), review: a.review,
  }));
}

const TABLES: Record<CsvTable, { columns: string[]; rows: (sel: Selection) => Row[] }> = {
  entities: { columns: ['id', 'name', 'type', 'kb_id', 'aliases', 'documents', 'claims'], rows: entities },
  aliases: { columns: ['actor_id', 'actor', 'alias', 'how', 'documents'], rows: aliases },
  claims: {
    columns: ['id', 'document_id', 'document_title', 'publisher', 'published', 'subject_id', 'subject', 'predicate', 'object_id', 'object', 'polarity',
      'modality', 'attributed_to', 'attributed_to_id', 'quote', 'quote_start', 'quote_end', 'event_date', 'amount', 'currency', 'place', 'recipient', 'role',
      'rule', 'confidence', 'review', 'assertion_id'],
    rows: claims,
  },
  documents: { columns: ['id', 'title', 'publisher', 'published', 'author', 'url', 'path', 'chars', 'ingested_at', 'copies'], rows: documents },
  assertions: {
    columns: ['id', 'subject_id', 'subject', 'predicate', 'object_id', 'object', 'polarity', 'claims', 'documents', 'independent_sources', 'sources',
      'credibility', 'admiralty', 'first_seen', 'last_seen', 'event_dates', 'modalities', 'review'],
    rows: assertions,
  },
};

/** One table as RFC 4180 CSV with a header row: quotes, commas and line breaks inside values are quoted. */
export function csvTable(sel: Selection, table: CsvTable): string {
  const { columns, rows } = TABLES[table];
  return stringify(rows(sel), { header: true, columns, record_delimiter: 'unix' });
}

/** Every table, one file each: entities.csv, aliases.csv, claims.csv, documents.csv, assertions.csv. */
export function toCsv(sel: Selection): ExportFile[] {
  return CSV_TABLES.map((t) => ({ name: `${t}.csv`, content: csvTable(sel, t) }));
}
