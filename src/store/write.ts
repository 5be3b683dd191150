import type { NexusDocument } from '../core/index.js';
import { insertChunks, splitNorms } from './batch.js';
import type { Db, IndexedDocument, SqlDialect } from './dialect.js';
import { unfold } from './resolve.js';
import { claimRow, documentRow, entityRows, locationOf, publisherOf, type DocumentRow } from './rows.js';
import type { Schema } from './schema.js';
import type { PutResult } from './types.js';


/**
 * Stores extracted documents in one transaction: each new document with its
 * entities, claims and search index, and a pending mark for the resolver. It
 * writes only rows of these documents, so any number of writers store side
 * by side without waiting for one another. A document already stored is a
 * duplicate: only where this copy came from is kept (the copy with the least
 * location is the document's own, so that the result does not depend on
 * which came first).
 */
export async function putDocuments(dialect: SqlDialect, docs: NexusDocument[], now: string): Promise<PutResult[]> {
  const first = new Map<string, number>();
  docs.forEach((d, i) => { if (!first.has(d.id)) first.set(d.id, i); });
  return dialect.write(async (trx) => {
    const rows = docs.map((d) => documentRow(d, now));
    const unique = rows.filter((r, i) => first.get(r.id) === i);
    const inserted = new Map<string, number>();
    await insertChunks(unique, async (chunk) => {
      const back = await trx.insertInto('documents').values(chunk).onConflict((oc) => oc.column('id').doNothing()).returning(['id', 'n']).execute();
      for (const r of back) inserted.set(r.id, Number(r.n));
    }, 50);
    const fresh = docs.filter((d, i) => first.get(d.id) === i && inserted.has(d.id));
    const results = new Map<string, PutResult>();
    if (fresh.length) {
      const split = await splitNorms(trx);
      for (const [id, r] of (await storeContent(trx, dialect, fresh, inserted, split))) results.set(id, r);
    }
    for (let i = 0; i < docs.length; i++) {
      if (first.get(docs[i].id) === i && inserted.has(docs[i].id)) continue;
      await keepCopy(trx, docs[i], rows[i], now);
    }
    return docs.map((d, i) => (first.get(d.id) === i && results.get(d.id)) || { status: 'duplicate' as const });
  });
}


/** The rows of new documents (numbered `ns`), and a pending mark for each. */
export async function storeContent(trx: Db, dialect: SqlDialect, docs: NexusDocument[], ns: Map<string, number>, split: ReadonlySet<string>): Promise<Map<string, PutResult>> {
  const entities: Array<Schema['doc_entities']> = [];
  const keys: Array<Schema['doc_keys']> = [];
  const claims: Array<Schema['claims']> = [];
  const index: IndexedDocument[] = [];
  const results = new Map<string, PutResult>();
  for (const doc of docs) {
    const n = ns.get(doc.id)!;
    const roots = new Set<string>();
    for (const e of doc.entities) {
      const r = entityRows(doc, n, e, split);
      entities.push(r.entity);
      keys.push(...r.keys);
      roots.add(r.entity.key);
    }
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    const nameOf = (local: string) => names.get(local) ?? local;
    const own = doc.claims.filter((c) => c.evidence.length > 0).map((c, seq) => claimRow(doc, n, seq, c, nameOf));
    claims.push(...own);
    index.push({ n, title: doc.source.title ?? null, text: doc.text, quotes: own.map((c) => ({ seq: c.seq, body: c.quote ?? doc.text.slice(c.quote_start, c.quote_end) })) });
    results.set(doc.id, { status: 'stored', claims: own.length, actors: roots.size });
  }
  await insertChunks(entities, (chunk) => trx.insertInto('doc_entities').values(chunk).execute(), 300);
  await insertChunks(keys, (chunk) => trx.insertInto('doc_keys').values(chunk).execute());
  await insertChunks(claims, (chunk) => trx.insertInto('claims').values(chunk).execute(), 150);
  await dialect.indexDocuments(trx, index);
  await insertChunks(docs.map((d) => ({ doc: ns.get(d.id)! })), (chunk) => trx.insertInto('pending').values(chunk).execute());
  return results;
}

/** Records where a copy of a stored document was seen; the least location stays the document's own. */
async function keepCopy(trx: Db, doc: NexusDocument, row: DocumentRow, now: string): Promise<void> {
  const location = locationOf(doc);
  const own = await trx.selectFrom('documents').select(['n', 'path', 'url', 'publisher']).where('id', '=', doc.id).executeTakeFirst();
  if (!own || !location) return;
  const ownLocation = locationOf({ source: own });
  if (location === ownLocation) return;
  let copy = { location, publisher: publisherOf(doc) };
  if (location < ownLocation) {
    const { id: _id, text: _text, fingerprint: _fp, ingested_at: _at, ...source } = row;
    await trx.updateTable('documents').set(source).where('n', '=', own.n).execute();
    await trx.deleteFrom('document_copies').where('doc', '=', own.n).where('location', '=', location).execute();
    copy = { location: ownLocation, publisher: own.publisher };
  }
  await trx.insertInto('document_copies').values({ doc: own.n, ...copy, seen_at: now }).onConflict((oc) => oc.doNothing()).execute();
}

/**
 * Stores a new extraction of a document (after an upgrade of nexus): its old
 * entities and claims leave the actors' counts, the new ones come in through
 * the resolver. Reviews and decisions stay. Holds the resolver's lock, as it
 * changes counts.
 */
export async function replaceDocument(dialect: SqlDialect, doc: NexusDocument, now: string, fold: (trx: Db) => Promise<void>): Promise<PutResult> {
  return (await dialect.resolver(async (trx) => {
    const row = documentRow(doc, now);
    const old = await trx.selectFrom('documents').select(['n', 'title', 'text']).where('id', '=', doc.id).executeTakeFirst();
    let n: number;
    if (!old) {
      n = Number((await trx.insertInto('documents').values(row).returning('n').executeTakeFirstOrThrow()).n);
    } else {
      n = Number(old.n);
      await unfold(trx, n);
      const quotes = await trx.selectFrom('claims').select(['seq', 'quote', 'quote_start', 'quote_end']).where('doc', '=', n).execute();
      await dialect.unindexDocument(trx, { n, title: old.title, text: old.text, quotes: quotes.map((q) => ({ seq: Number(q.seq), body: q.quote ?? old.text.slice(q.quote_start, q.quote_end) })) });
      for (const table of ['claims', 'doc_keys', 'doc_entities', 'pending'] as const) await trx.deleteFrom(table).where('doc', '=', n).execute();
      const { id: _id, ...rest } = row;
      await trx.updateTable('documents').set(rest).where('n', '=', n).execute();
    }
    const results = await storeContent(trx, dialect, [doc], new Map([[doc.id, n]]), await splitNorms(trx));
    await fold(trx);
    return results.get(doc.id)!;
  }, true))!;
}
