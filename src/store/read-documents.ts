import { sql } from 'kysely';
import type { Db, SqlDialect } from './dialect.js';
import type { DocumentFilter, SearchHit, StoreStats, StoredDocument } from './types.js';

type DocRow = { n: number; id: string; path: string | null; url: string | null; title: string | null; publisher: string; published: string | null; author: string | null; ingested_at: string; chars: number };

const COLUMNS = ['n', 'id', 'path', 'url', 'title', 'publisher', 'published', 'author', 'ingested_at', 'chars'] as const;

async function withCopies(db: Db, rows: DocRow[]): Promise<StoredDocument[]> {
  const copies: Array<{ doc: number; location: string; publisher: string }> = [];
  for (let i = 0; i < rows.length; i += 500) {
    copies.push(...await db.selectFrom('document_copies').select(['doc', 'location', 'publisher']).where('doc', 'in', rows.slice(i, i + 500).map((r) => r.n)).orderBy('location').execute());
  }
  return rows.map((r) => {
    const doc: StoredDocument = { id: r.id, publisher: r.publisher, ingestedAt: r.ingested_at, chars: Number(r.chars), copies: [] };
    if (r.path) doc.path = r.path;
    if (r.url) doc.url = r.url;
    if (r.title) doc.title = r.title;
    if (r.published) doc.published = r.published;
    if (r.author) doc.author = r.author;
    doc.copies = copies.filter((c) => Number(c.doc) === Number(r.n)).map((c) => ({ ...(/^https?:/.test(c.location) ? { url: c.location } : { path: c.location }), publisher: c.publisher }));
    return doc;
  });
}

export async function listDocuments(db: Db, f: DocumentFilter): Promise<StoredDocument[]> {
  let q = db.selectFrom('documents').select([...COLUMNS]);
  if (f.publisher) q = q.where(sql`lower(publisher)`, '=', f.publisher.toLowerCase());
  if (f.from) q = q.where('published', '>=', f.from);
  if (f.to) q = q.where('published', '<=', f.to);
  q = q.orderBy(sql`coalesce(published, '')`).orderBy('id');
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
  const ns = [...new Set(rows.map((r) => r.doc))];
  const docs = new Map((ns.length ? await dialect.db.selectFrom('documents').select(['n', 'id', 'title', 'publisher']).where('n', 'in', ns).execute() : []).map((d) => [Number(d.n), d]));
  const claims = new Map<string, string>();
  for (const r of rows.filter((x) => x.seq !== null)) {
    const c = await dialect.db.selectFrom('claims').select('local').where('doc', '=', r.doc).where('seq', '=', r.seq!).executeTakeFirst();
    if (c) claims.set(`${r.doc}:${r.seq}`, c.local);
  }
  return rows.filter((r) => docs.has(r.doc) && (r.seq === null || claims.has(`${r.doc}:${r.seq}`))).map((r) => {
    const d = docs.get(r.doc)!;
    const claimId = r.seq === null ? undefined : `${d.id}:${claims.get(`${r.doc}:${r.seq}`)}`;
    return {
      kind: claimId ? 'quote' : 'document', documentId: d.id, ...(claimId ? { claimId } : {}),
      ...(d.title ? { title: d.title } : {}), publisher: d.publisher, snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    } as SearchHit;
  });
}

export async function stats(db: Db): Promise<StoreStats> {
  const count = async (table: 'documents' | 'claims') => Number((await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const actors = Number((await db.selectFrom('actors').select(sql<number>`count(*)`.as('n')).where('documents', '>', 0).executeTakeFirstOrThrow()).n);
  const publishers = Number((await db.selectFrom('documents').select(sql<number>`count(distinct publisher)`.as('n')).executeTakeFirstOrThrow()).n);
  return { documents: await count('documents'), actors, claims: await count('claims'), publishers };
}
