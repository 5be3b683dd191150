import type { EntityType } from '../core/index.js';
import { documentKey, keysOf } from '../corpus/index.js';
import { chunks, insertChunks, splitNorms } from './batch.js';
import type { Db } from './dialect.js';
import { storedNames, type ClaimEnds, type EntityRow } from './tally.js';

/** Reading documents' entities, keys and claims for the resolver and the analysts' decisions. */

export async function keyActors(trx: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunks([...new Set(keys)])) {
    for (const r of await trx.selectFrom('keys').select(['key', 'actor']).where('key', 'in', chunk).execute()) out.set(r.key, r.actor);
  }
  return out;
}

export async function actorRoots(trx: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunks([...new Set(ids)])) {
    for (const r of await trx.selectFrom('actors').select(['id', 'root']).where('id', 'in', chunk).execute()) out.set(r.id, r.root);
  }
  return out;
}

export async function entitiesOf(trx: Db, docs: number[]): Promise<EntityRow[]> {
  const out: EntityRow[] = [];
  for (const chunk of chunks(docs)) out.push(...await trx.selectFrom('doc_entities').select(['doc', 'local', 'key', 'name', 'type', 'kb_id', 'names']).where('doc', 'in', chunk).execute());
  return out.map((e) => ({ ...e, doc: Number(e.doc) }));
}

export async function claimEndsOf(trx: Db, docs: number[]): Promise<ClaimEnds[]> {
  const out: ClaimEnds[] = [];
  for (const chunk of chunks(docs)) out.push(...await trx.selectFrom('claims').select(['doc', 'subject', 'object', 'predicate', 'polarity']).where('doc', 'in', chunk).execute());
  return out.map((c) => ({ ...c, doc: Number(c.doc) }));
}

/** Every key of each entity (its root and the others), by "<doc>:<local>". */
export async function entityKeySets(trx: Db, entities: EntityRow[]): Promise<Map<string, string[]>> {
  const out = new Map(entities.map((e) => [`${e.doc}:${e.local}`, [e.key]]));
  for (const chunk of chunks([...new Set(entities.map((e) => e.doc))])) {
    for (const r of await trx.selectFrom('doc_keys').select(['doc', 'local', 'key']).where('doc', 'in', chunk).execute()) out.get(`${r.doc}:${r.local}`)?.push(r.key);
  }
  return out;
}

/**
 * Re-derives the keys of stored entities with the names split off now, and
 * rewrites those that changed (a document stored while a split was being
 * made). Returns the entities whose root key changed, with the old root.
 */
export async function rekey(trx: Db, entities: EntityRow[], sets: Map<string, string[]>): Promise<Array<{ entity: EntityRow; from: string }>> {
  const split = await splitNorms(trx);
  const docIds = new Map<number, string>();
  for (const chunk of chunks([...new Set(entities.map((e) => e.doc))])) {
    for (const r of await trx.selectFrom('documents').select(['n', 'id']).where('n', 'in', chunk).execute()) docIds.set(Number(r.n), r.id);
  }
  const moved: Array<{ entity: EntityRow; from: string }> = [];
  for (const e of entities) {
    const id = `${e.doc}:${e.local}`;
    const now = keysOf({ name: e.name, type: e.type as EntityType, kbId: e.kb_id ?? undefined }, storedNames(e), split, documentKey(docIds.get(e.doc) ?? '', e.local));
    const was = sets.get(id) ?? [e.key];
    if (now.join('\n') === [was[0], ...was.slice(1).sort()].join('\n')) continue;
    sets.set(id, now);
    await trx.deleteFrom('doc_keys').where('doc', '=', e.doc).where('local', '=', e.local).execute();
    await insertChunks(now.slice(1).map((key) => ({ doc: e.doc, local: e.local, key })), (chunk) => trx.insertInto('doc_keys').values(chunk).execute());
    if (now[0] !== e.key) {
      await trx.updateTable('doc_entities').set({ key: now[0] }).where('doc', '=', e.doc).where('local', '=', e.local).execute();
      moved.push({ entity: { ...e }, from: e.key });
      e.key = now[0];
    }
  }
  return moved;
}

