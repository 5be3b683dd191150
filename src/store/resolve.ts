import type { Entity } from '../core/index.js';
import { shortHash, type EntityName } from '../corpus/index.js';
import { mergeInto } from './actors.js';
import { RetryWrite, type Db, type SqlDialect } from './dialect.js';
import type { Schema } from './schema.js';

export interface KeyedEntity {
  entity: Entity;
  keys: string[];
  /** For each key, the name that carried it (the merge record's evidence). */
  via: Map<string, string>;
  /** Every name the document gives the entity. */
  names: EntityName[];
}

/**
 * Finds or makes the actor of each entity of one document. Entities sharing
 * a key are one actor, and a key already in the store brings its actor; when
 * an entity's keys lead to several actors they are merged. The result is the
 * connected components of entities over keys, whatever order documents come
 * in. Under PostgreSQL the keys are locked first, then the actors; if an
 * actor was merged away meanwhile, the write starts again.
 */
export async function resolveActors(trx: Db, dialect: SqlDialect, docId: string, items: KeyedEntity[], now: string): Promise<Map<string, string>> {
  const allKeys = [...new Set(items.flatMap((i) => i.keys))].sort();
  await dialect.lockKeys(trx, allKeys);
  const before = await keyOwners(trx, allKeys);
  const actorIds = [...new Set(before.values())].sort();
  const locked = await dialect.lockActors(trx, actorIds);
  if (locked.length !== actorIds.length) throw new RetryWrite('an actor was merged away');
  const after = await keyOwners(trx, allKeys);
  for (const [k, a] of before) if (after.get(k) !== a) throw new RetryWrite('a key moved to another actor');

  const kbOf = new Map((actorIds.length ? await trx.selectFrom('actors').select(['id', 'kb_id']).where('id', 'in', actorIds).execute() : []).map((a) => [a.id, a.kb_id]));
  const result = new Map<string, string>();
  const newActors: Array<Schema['actors']> = [];
  const newKeys: Array<Schema['actor_keys']> = [];
  for (const component of components(items)) {
    const keys = [...new Set(component.flatMap((i) => i.keys))].sort();
    const owners = [...new Set(keys.map((k) => before.get(k)).filter((a): a is string => !!a))].sort();
    let actor: string;
    if (!owners.length) {
      const first = component[0].entity;
      actor = `a${shortHash(keys[0], docId)}`;
      const kbId = component.map((i) => i.entity.kbId).find((k) => k) ?? null;
      newActors.push({ id: actor, name: first.name, type: first.type, kb_id: kbId, created_at: now });
    } else {
      // Keep the knowledge-base actor when there is one; the rest merge into it.
      actor = owners.find((a) => kbOf.get(a)) ?? owners[0];
      for (const other of owners) if (other !== actor) await mergeInto(trx, actor, other, 'auto');
    }
    const fresh = keys.filter((k) => !before.has(k));
    const via = (k: string) => component.map((i) => i.via.get(k)).find((v) => v) ?? k;
    newKeys.push(...fresh.map((k) => ({ key: k, actor_id: actor, via: via(k), document_id: docId, by: 'auto', at: now })));
    for (const i of component) result.set(i.entity.id, actor);
  }
  for (let i = 0; i < newActors.length; i += 200) await trx.insertInto('actors').values(newActors.slice(i, i + 200)).execute();
  for (let i = 0; i < newKeys.length; i += 200) await trx.insertInto('actor_keys').values(newKeys.slice(i, i + 200)).execute();
  return result;
}

async function keyOwners(trx: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await trx.selectFrom('actor_keys').select(['key', 'actor_id']).where('key', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.key, r.actor_id);
  }
  return out;
}

/** Entities of the document that share a key, grouped. */
function components(items: KeyedEntity[]): KeyedEntity[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    for (const k of item.keys) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, KeyedEntity[]>();
  items.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item]));
  return [...groups.values()];
}
