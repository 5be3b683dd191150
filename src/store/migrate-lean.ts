/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';
import type { EntityType } from '../core/index.js';
import { documentKey, keyId, keysOf, namesOf, normalizeName } from '../corpus/index.js';
import { leanSchema, OLD_TABLES } from './ddl.js';
import type { SqlKind } from './migrations.js';
import { recompute } from './recompute.js';
import { applyPending } from './resolve.js';
import { QUOTE_ROWS } from './rows.js';
import { insertChunks } from './batch.js';

/**
 * Version 4: the lean store with content-derived ids. The rows of versions 1
 * and 2 are carried over (documents, their entities, names and claims, copies,
 * splits, and analysts' merges as links), then folded into actors afresh.
 */
export async function toLean(db: Kysely<any>, kind: SqlKind): Promise<void> {
  const old = (t: string) => `v2_${t}`;
  if (kind === 'sqlite') await sql`drop table if exists search_fts`.execute(db);
  else await sql`drop table if exists search_index`.execute(db);
  for (const t of OLD_TABLES.filter((x) => !x.startsWith('search'))) await sql`alter table ${sql.table(t)} rename to ${sql.table(old(t))}`.execute(db);
  for (const index of ['documents_publisher', 'actors_kb', 'actor_keys_actor', 'doc_entities_actor', 'doc_names_norm', 'claims_subject', 'claims_object', 'claims_predicate']) {
    await sql`drop index if exists ${sql.raw(index)}`.execute(db);
  }
  for (const ddl of leanSchema(kind)) await sql.raw(ddl).execute(db);

  const docs = await db.selectFrom(old('documents')).selectAll().orderBy('ingested_at').orderBy('id').execute();
  const ns = new Map<string, number>();
  for (const d of docs) {
    const { id, path, url, title, publisher, published, author, ingested_at, chars, text, fingerprint } = d;
    const r = await db.insertInto('documents').values({ id, path, url, title, publisher, published, author, ingested_at, chars, text, fingerprint }).returning('n').executeTakeFirstOrThrow();
    ns.set(id, Number(r.n));
  }
  const n = (id: string) => ns.get(id)!;
  const copies = await db.selectFrom(old('document_copies')).selectAll().execute();
  await insertChunks(copies.filter((c: any) => ns.has(c.document_id)).map((c: any) => ({ doc: n(c.document_id), location: c.location, publisher: c.publisher, seen_at: c.seen_at })),
    (chunk) => db.insertInto('document_copies').values(chunk).onConflict((oc: any) => oc.doNothing()).execute());
  const split = new Set<string>((await db.selectFrom(old('split_names')).select('norm').execute()).map((r: any) => r.norm));
  await insertChunks([...split].map((norm) => ({ norm, at: '' })), (chunk) => db.insertInto('split_names').values(chunk).execute());

  const names = new Map<string, Array<[string, string]>>();
  for (const r of await db.selectFrom(old('doc_names')).select(['document_id', 'local_id', 'name', 'how']).orderBy('document_id').orderBy('local_id').execute()) {
    const k = `${r.document_id}|${r.local_id}`;
    names.set(k, [...(names.get(k) ?? []), [r.name, r.how]]);
  }
  const entities = await db.selectFrom(old('doc_entities')).selectAll().execute();
  const entityRows: any[] = [];
  const keyRows: any[] = [];
  for (const e of entities.filter((x: any) => ns.has(x.document_id))) {
    const pairs = names.get(`${e.document_id}|${e.local_id}`) ?? [];
    const all = namesOf([[e.name, 'name'], ...pairs]);
    const keys = keysOf({ name: e.name, type: e.type as EntityType, kbId: e.kb_id ?? undefined }, all, split, documentKey(e.document_id, e.local_id));
    const others = all.filter((x) => x.norm !== normalizeName(e.name)).map((x) => [x.name, x.how]);
    entityRows.push({ doc: n(e.document_id), local: e.local_id, key: keys[0], name: e.name, type: e.type, kb_id: e.kb_id, roles: e.roles && e.roles !== '[]' ? e.roles : null, names: others.length ? JSON.stringify(others) : null });
    keyRows.push(...keys.slice(1).map((key) => ({ doc: n(e.document_id), local: e.local_id, key })));
  }
  await insertChunks(entityRows, (chunk) => db.insertInto('doc_entities').values(chunk).execute(), 300);
  await insertChunks(keyRows, (chunk) => db.insertInto('doc_keys').values(chunk).execute());

  const claims = await db.selectFrom(old('claims')).selectAll().orderBy('document_id').orderBy('id').execute();
  const seqs = new Map<string, number>();
  const claimRows = claims.filter((c: any) => ns.has(c.document_id)).map((c: any) => {
    const seq = seqs.get(c.document_id) ?? 0;
    seqs.set(c.document_id, seq + 1);
    return {
      doc: n(c.document_id), local: c.local_id, seq, subject: c.subject_local, object: c.object_local, attributed: c.attributed_local, predicate: c.predicate,
      polarity: c.polarity, modality: c.modality, event_date: c.event_date, amount: c.amount, place: c.place_local, recipient: c.recipient_local, role: c.role,
      quote: c.quote_text, quote_start: c.quote_start, quote_end: c.quote_end, more: c.more && c.more !== '[]' ? c.more : null, rule: c.rule,
      confidence: c.confidence, signature: c.signature,
    };
  });
  await insertChunks(claimRows, (chunk) => db.insertInto('claims').values(chunk).execute(), 150);
  if (kind === 'sqlite') {
    await sql`insert into docs_fts (docs_fts) values ('rebuild')`.execute(db);
    for (const c of claimRows) await sql`insert into quotes_fts (rowid, body) values (${c.doc * QUOTE_ROWS + c.seq}, ${c.quote})`.execute(db);
  }
  await insertChunks([...ns.values()].map((doc) => ({ doc })), (chunk) => db.insertInto('pending').values(chunk).execute());

  // Analysts' merges: every key an actor held by a user's decision links to the actor's first key.
  const userKeys = await db.selectFrom(old('actor_keys')).select(['key', 'actor_id', 'at']).where('by', '=', 'user').execute();
  const links: Array<{ a: string; b: string; at: string }> = [];
  for (const u of userKeys) {
    const anchor = await db.selectFrom(old('actor_keys')).select('key').where('actor_id', '=', u.actor_id).where('by', '=', 'auto').orderBy('key').limit(1).executeTakeFirst();
    if (anchor && anchor.key !== u.key) links.push({ a: keyId(anchor.key), b: keyId(u.key), at: u.at });
  }
  await insertChunks(links, (chunk) => db.insertInto('merge_links').values(chunk).onConflict((oc: any) => oc.doNothing()).execute());
  for (const t of [...OLD_TABLES].filter((x) => !x.startsWith('search'))) await sql`drop table ${sql.table(old(t))}`.execute(db);
  // What the journal kept to undo decisions named the old tables' rows: those decisions are listed, not undone automatically.
  await sql`update decisions set undo = null where undo is not null`.execute(db);
  while (await applyPending(db as any)) { /* fold every document */ }
  if (links.length) {
    const linked = await db.selectFrom('keys').select('key').where('id', 'in', links.flatMap((l) => [l.a, l.b])).execute();
    await recompute(db as any, linked.map((r: any) => r.key));
  }
}
