import type { NexusDocument } from '../core/index.js';
import { entityKeys, normalizeName } from '../corpus/index.js';
import { countName, refreshActor } from './actors.js';
import type { Db, SqlDialect } from './dialect.js';
import { resolveActors, type KeyedEntity } from './resolve.js';
import { claimRow, documentRow, keptText, locationOf, publisherOf } from './rows.js';
import type { PutResult } from './types.js';

const CHUNK = 200;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Stores one extracted document in one transaction: the document, its
 * entities joined to actors, its claims and the search index. A document
 * already stored is a duplicate: only where this copy came from is kept.
 */
export async function putDocument(dialect: SqlDialect, doc: NexusDocument, now: string, replace = false): Promise<PutResult> {
  const docRow = documentRow(doc, now);
  return dialect.write(async (trx) => {
    const inserted = await trx.insertInto('documents').values(docRow).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
    if (!inserted && !replace) {
      const location = locationOf(doc);
      const own = await trx.selectFrom('documents').select(['path', 'url']).where('id', '=', doc.id).executeTakeFirst();
      if (location && own && location !== (own.url ?? own.path)) {
        await trx.insertInto('document_copies').values({ document_id: doc.id, location, publisher: publisherOf(doc), seen_at: now })
          .onConflict((oc) => oc.doNothing()).execute();
      }
      return { status: 'duplicate' } as const;
    }
    if (!inserted) {
      await removeContent(trx, dialect, doc.id);
      const { id: _id, ...rest } = docRow;
      await trx.updateTable('documents').set(rest).where('id', '=', doc.id).execute();
    }
    return storeContent(trx, dialect, doc, now);
  });
}

async function storeContent(trx: Db, dialect: SqlDialect, doc: NexusDocument, now: string): Promise<PutResult> {
  const split = new Set((await trx.selectFrom('split_names').select('norm').execute()).map((r) => r.norm));
  const keyed: KeyedEntity[] = doc.entities.map((entity) => {
    const { keys, names } = entityKeys(doc, entity, split);
    const own = keys.length ? keys : [`doc:${doc.id}:${entity.id}`];
    const via = new Map(own.map((k) => [k, names.find((n) => k.endsWith(`:${n.norm}`))?.name ?? entity.name]));
    return { entity, keys: own, via, names };
  });
  const actorOf = await resolveActors(trx, dialect, doc.id, keyed, now);
  await insertChunks(doc.entities, (chunk) => trx.insertInto('doc_entities').values(chunk.map((e) => ({
    document_id: doc.id, local_id: e.id, actor_id: actorOf.get(e.id)!, name: e.name, type: e.type, kb_id: e.kbId ?? null, roles: JSON.stringify(e.roles),
  }))).execute());
  const nameRows = keyed.flatMap((k) => k.names
    .map((n) => ({ document_id: doc.id, local_id: k.entity.id, norm: n.norm, name: n.name, how: n.how })));
  await insertChunks(nameRows, (chunk) => trx.insertInto('doc_names').values(chunk).execute());
  // One document counts once per name of an actor, however many of its entities it is.
  const counted = new Map<string, { actor_id: string; norm: string; name: string; type: string; docs: number }>();
  for (const e of doc.entities) {
    const row = { actor_id: actorOf.get(e.id)!, norm: normalizeName(e.name), name: e.name, type: e.type, docs: 1 };
    counted.set(`${row.actor_id}|${row.norm}|${row.type}`, row);
  }
  await countName(trx, [...counted.values()].sort((a, b) => (a.actor_id < b.actor_id ? -1 : 1)));
  await refreshActor(trx, [...new Set(actorOf.values())].sort());
  const nameOf = (local: string) => doc.entities.find((e) => e.id === local)?.name ?? local;
  const claims = doc.claims.filter((c) => c.evidence.length > 0).map((c) => claimRow(doc, c, nameOf));
  await insertChunks(claims, (chunk) => trx.insertInto('claims').values(chunk).execute());
  const body = [doc.source.title, keptText(doc)].filter(Boolean).join('\n\n');
  await dialect.indexText(trx, [{ document_id: doc.id, claim_id: null, body }, ...claims.map((c) => ({ document_id: doc.id, claim_id: c.id, body: c.quote_text }))]);
  return { status: 'stored', claims: claims.length, actors: new Set(actorOf.values()).size };
}

/** Takes a document's entities and claims out (to store a new extraction of it); reviews and decisions stay. */
async function removeContent(trx: Db, dialect: SqlDialect, id: string): Promise<void> {
  const entities = await trx.selectFrom('doc_entities').select(['actor_id', 'name', 'type']).where('document_id', '=', id).execute();
  await dialect.lockActors(trx, [...new Set(entities.map((e) => e.actor_id))].sort());
  const seen = new Set<string>();
  for (const e of entities) {
    const norm = normalizeName(e.name);
    const k = `${e.actor_id}|${norm}|${e.type}`;
    if (seen.has(k)) continue;
    seen.add(k);
    await countName(trx, { actor_id: e.actor_id, norm, name: e.name, type: e.type, docs: -1 });
  }
  await trx.deleteFrom('claims').where('document_id', '=', id).execute();
  await trx.deleteFrom('doc_names').where('document_id', '=', id).execute();
  await trx.deleteFrom('doc_entities').where('document_id', '=', id).execute();
  await dialect.unindexDocument(trx, id);
  await refreshActor(trx, [...new Set(entities.map((e) => e.actor_id))].sort());
}
