import { sql } from 'kysely';
import type { Db, SqlDialect } from './dialect.js';
import type { DocumentFilter, SearchHit, StoreStats, StoredDocument } from './types.js';

type DocRow = { id: string; path: string | null; url: string | null; title: string | null; publisher: string; published: string | null; author: string | null; ingested_at: string; chars: number };

const COLUMNS = ['id', 'path', 'url', 'title', 'publisher', 'published', 'author', 'ingested_at', 'chars'] as const;

async function withCopies(db: Db, rows: DocRow[]): Promise<StoredDocument[]> {
  const copies = rows.length ? await db.selectFrom('document_copies').selectAll().where('document_id', 'in', rows.map((r) => r.id)).orderBy('location').execute() : [];
  return rows.map((r) => {
    const doc: StoredDocument = { id: r.id, publisher: r.publisher, ingestedAt: r.ingested_at, chars: Number(r.chars), copies: [] };
    if (r.path) doc.path = r.path;
    if (r.url) doc.url = r.url;
    if (r.title) doc.title = r.title;
    if (r.published) doc.published = r.published;
    if (r.author) doc.author = r.author;
    doc.copies = copies.filter((c) => c.document_id === r.id).map((c) => ({ ...(/^https?:/.test(c.location) ? { url: c.location } : { path: c.location }), publisher: c.publisher }));
    return doc;
  });
}

export async function listDocuments(db: Db, f: DocumentFilter): Promise<StoredDocument[]> {
  let q = db.selectFrom('documents').select([...COLUMNS]);
  if (f.publisher) q = q.where(sql`lower(publisher)`, '=', f.publisher.toLowerCase());
  if (f.from) q = q.where('published', '>=', f.from);
  if (f.to) q = q.where('published', '<=', f.to);
  q = q.orderBy('published').orderBy('id');
  if (f.limit !== undefined || f.offset) q = q.limit(f.limit ?? 1_000_000_000).offset(f.offset ?? 0);
  return withCopies(db, await q.execute());
}

export async function getDocument(db: Db, id: string): Promise<(StoredDocument & { text: string }) | undefined> {
  const row = await db.selectFrom('documents').select([...COLUMNS, 'text']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [doc] = await withCopies(db, [row]);
  return { ...doc, text: row.text };
}

export async function searchText(dialect: SqlDialect, text: string, limit: number): Promise<SearchHit[]> {
  const rows = await dialect.search(text, limit);
  const ids = [...new Set(rows.map((r) => r.document_id))];
  const docs = new Map((ids.length ? await dialect.db.selectFrom('documents').select(['id', 'title', 'publisher']).where('id', 'in', ids).execute() : []).map((d) => [d.id, d]));
  return rows.map((r) => {
    const d = docs.get(r.document_id);
    return {
      kind: r.claim_id ? 'quote' : 'document', documentId: r.document_id, ...(r.claim_id ? { claimId: r.claim_id } : {}),
      ...(d?.title ? { title: d.title } : {}), publisher: d?.publisher ?? 'unknown', snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    } as SearchHit;
  });
}

export async function stats(db: Db): Promise<StoreStats> {
  const count = async (table: 'documents' | 'claims') => Number((await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const actors = Number((await db.selectFrom('doc_entities').select(sql<number>`count(distinct actor_id)`.as('n')).executeTakeFirstOrThrow()).n);
  const publishers = Number((await db.selectFrom('documents').select(sql<number>`count(distinct publisher)`.as('n')).executeTakeFirstOrThrow()).n);
  return { documents: await count('documents'), actors, claims: await count('claims'), publishers };
}
