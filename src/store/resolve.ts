import { keyId, rootKey } from '../corpus/index.js';
import { addTally, ensureActors, refreshDisplay, setTally } from './actors.js';
import type { Db } from './dialect.js';
import { addEdges } from './edges.js';
import { actorRoots, claimEndsOf, entitiesOf, entityKeySets, keyActors, rekey } from './entity-rows.js';
import { tally, type EntityRow } from './tally.js';
import { chunks, insertChunks } from './batch.js';

/**
 * The resolver folds stored documents into the corpus's actors. An actor is
 * a connected component of merge keys (entities sharing a key are one actor;
 * analysts' merges join two actors' keys), named after its root key
 * (`rootKey`), so its id depends only on the keys it holds, never on the
 * order documents came in or on which process stored them. It runs one at a
 * time (the dialect's resolver lock), after writers have stored their
 * documents side by side; counts are kept as increments, and recounted
 * whole for actors that merged or changed their root.
 */


class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x);
    if (p === undefined) { this.parent.set(x, x); return x; }
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent.set(x < y ? y : x, x < y ? x : y);
  }
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const x of this.parent.keys()) {
      const r = this.find(x);
      out.set(r, [...(out.get(r) ?? []), x]);
    }
    return out;
  }
}

/**
 * Folds pending documents (at most `limit`) into the actors: their keys join
 * or start actors, actors their entities bridge merge, and the documents'
 * names, counts and edges are added. Returns how many documents it folded.
 */
export async function applyPending(trx: Db, limit = 2000): Promise<number> {
  const docs = (await trx.selectFrom('pending').select('doc').orderBy('doc').limit(limit).execute()).map((r) => Number(r.doc));
  if (!docs.length) return 0;
  for (const chunk of chunks(docs)) await trx.deleteFrom('pending').where('doc', 'in', chunk).execute();
  const entities = await entitiesOf(trx, docs);
  const sets = await entityKeySets(trx, entities);
  await rekey(trx, entities, sets);

  const owner = await keyActors(trx, [...sets.values()].flat());
  const roots = await actorRoots(trx, [...owner.values()]);
  const uf = new UnionFind();
  for (const [key, actor] of owner) uf.union(`a:${actor}`, `k:${key}`);
  for (const keys of sets.values()) for (const k of keys) uf.union(`k:${keys[0]}`, `k:${k}`);

  const recount = new Set<string>();
  const newActors: Array<{ id: string; root: string }> = [];
  const newKeys: Array<{ key: string; id: string; actor: string }> = [];
  const retired: string[] = [];
  for (const members of uf.groups().values()) {
    const actors = members.filter((m) => m.startsWith('a:')).map((m) => m.slice(2));
    const fresh = members.filter((m) => m.startsWith('k:') && !owner.has(m.slice(2))).map((m) => m.slice(2));
    const root = rootKey([...actors.map((a) => roots.get(a)!), ...fresh]);
    const id = keyId(root);
    newKeys.push(...fresh.map((key) => ({ key, id: keyId(key), actor: id })));
    if (actors.length === 1 && actors[0] === id) continue;
    if (!actors.length) { newActors.push({ id, root }); continue; }
    // Actors this document bridges, or one that took a new root: one actor under the root's id, counted afresh.
    newActors.push({ id, root });
    recount.add(id);
    for (const a of actors) if (a !== id) retired.push(a);
    for (const chunk of chunks(actors)) await trx.updateTable('keys').set({ actor: id }).where('actor', 'in', chunk).execute();
  }
  await retire(trx, retired);
  await ensureActors(trx, newActors);
  for (const a of newActors) if (recount.has(a.id)) await trx.updateTable('actors').set({ root: a.root, kb_id: a.root.startsWith('kb:') ? a.root.slice(3) : null }).where('id', '=', a.id).execute();
  await insertChunks(newKeys, (chunk) => trx.insertInto('keys').values(chunk).execute());

  const actorOf = await keyActors(trx, entities.map((e) => e.key));
  const claims = await claimEndsOf(trx, docs);
  const t = tally(entities, claims, (k) => { const a = actorOf.get(k); return a && !recount.has(a) ? a : undefined; });
  await addTally(trx, t);
  await addEdges(trx, entities, claims, 1);
  if (recount.size) await recountActors(trx, [...recount]);
  await refreshDisplay(trx, [...t.documents.keys(), ...recount]);
  return docs.length;
}

/** Actors merged into another: their rows and names go; their ids still find the actor through their keys. */
export async function retire(trx: Db, ids: string[]): Promise<void> {
  for (const chunk of chunks([...new Set(ids)])) {
    await trx.deleteFrom('actor_names').where('actor', 'in', chunk).execute();
    await trx.deleteFrom('actor_main').where('actor', 'in', chunk).execute();
    await trx.deleteFrom('actors').where('id', 'in', chunk).execute();
  }
}

/** Counts actors afresh from every folded document that names them (not the pending ones: they are added when folded). */
export async function recountActors(trx: Db, ids: string[]): Promise<void> {
  const keys: Array<{ key: string; actor: string }> = [];
  for (const chunk of chunks(ids)) keys.push(...await trx.selectFrom('keys').select(['key', 'actor']).where('actor', 'in', chunk).execute());
  const actorOf = new Map(keys.map((k) => [k.key, k.actor]));
  const entities: EntityRow[] = [];
  for (const chunk of chunks(keys.map((k) => k.key))) {
    entities.push(...(await trx.selectFrom('doc_entities').select(['doc', 'local', 'key', 'name', 'type', 'kb_id', 'names'])
      .where('key', 'in', chunk).where((eb) => eb.not(eb.exists(eb.selectFrom('pending').select('pending.doc').whereRef('pending.doc', '=', 'doc_entities.doc')))).execute())
      .map((e) => ({ ...e, doc: Number(e.doc) })));
  }
  const claims = await claimEndsOf(trx, [...new Set(entities.map((e) => e.doc))]);
  await setTally(trx, ids, tally(entities, claims, (k) => actorOf.get(k)));
}

/** Takes a folded document's share out of its actors' counts and the edges (before a new extraction of it replaces it). */
export async function unfold(trx: Db, n: number): Promise<void> {
  if (await trx.selectFrom('pending').select('doc').where('doc', '=', n).executeTakeFirst()) return;
  const entities = await entitiesOf(trx, [n]);
  const claims = await claimEndsOf(trx, [n]);
  const actorOf = await keyActors(trx, entities.map((e) => e.key));
  const t = tally(entities, claims, (k) => actorOf.get(k), -1);
  await addTally(trx, t);
  await addEdges(trx, entities, claims, -1);
  await refreshDisplay(trx, [...t.documents.keys()]);
}
