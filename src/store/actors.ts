import { sql } from 'kysely';
import type { Db } from './dialect.js';
import type { Schema } from './schema.js';
import { splitKey, type Tally } from './tally.js';
import { chunks, insertChunks } from './batch.js';


/** Makes actor rows that do not exist yet, with no documents; their names and counts come after. */
export async function ensureActors(trx: Db, actors: Array<{ id: string; root: string }>): Promise<void> {
  await insertChunks(actors.map((a) => ({
    id: a.id, root: a.root, name: a.root.slice(a.root.lastIndexOf(':') + 1), type: 'Organization',
    kb_id: a.root.startsWith('kb:') ? a.root.slice(3) : null, documents: 0, claims: 0,
  })), (chunk) => trx.insertInto('actors').values(chunk).onConflict((oc) => oc.column('id').doNothing()).execute());
}

function rows(t: Tally) {
  const names = [...t.names].map(([k, v]) => { const [actor, norm] = splitKey(k); return { actor, norm, name: v.name, docs: v.docs }; });
  const main = [...t.main].map(([k, v]) => { const [actor, norm, type] = splitKey(k); return { actor, norm, type, name: v.name, docs: v.docs }; });
  const ids = [...new Set([...t.documents.keys(), ...t.claims.keys()])].sort();
  return { names, main, ids };
}

const leastName = sql<string>`case when excluded.name < actor_names.name then excluded.name else actor_names.name end`;
const leastMain = sql<string>`case when excluded.name < actor_main.name then excluded.name else actor_main.name end`;

/** Adds a tally to the actors' counts (a negative tally takes documents away); names no document uses any more go. */
export async function addTally(trx: Db, t: Tally): Promise<void> {
  const { names, main, ids } = rows(t);
  await counts(trx, ids, t, true);
  await insertChunks(names.sort(byKey), (chunk) => trx.insertInto('actor_names').values(chunk)
    .onConflict((oc) => oc.columns(['actor', 'norm']).doUpdateSet({ docs: sql`actor_names.docs + excluded.docs`, name: leastName })).execute());
  await insertChunks(main.sort(byKey), (chunk) => trx.insertInto('actor_main').values(chunk)
    .onConflict((oc) => oc.columns(['actor', 'norm', 'type']).doUpdateSet({ docs: sql`actor_main.docs + excluded.docs`, name: leastMain })).execute());
  if (names.some((n) => n.docs < 0) || main.some((n) => n.docs < 0)) {
    for (const chunk of chunks(ids)) {
      await trx.deleteFrom('actor_names').where('actor', 'in', chunk).where('docs', '<=', 0).execute();
      await trx.deleteFrom('actor_main').where('actor', 'in', chunk).where('docs', '<=', 0).execute();
    }
  }
}

/** Adds to (or sets) the actors' document and claim counts, in one statement per chunk; the actors exist already. */
async function counts(trx: Db, ids: string[], t: Tally, add: boolean): Promise<void> {
  const values = ids.map((id) => ({ id, root: '', name: '', type: '', kb_id: null, documents: t.documents.get(id) ?? 0, claims: t.claims.get(id) ?? 0 }))
    .filter((v) => !add || v.documents || v.claims);
  await insertChunks(values, (chunk) => trx.insertInto('actors').values(chunk).onConflict((oc) => oc.column('id').doUpdateSet(add
    ? { documents: sql`actors.documents + excluded.documents`, claims: sql`actors.claims + excluded.claims` }
    : { documents: sql`excluded.documents`, claims: sql`excluded.claims` })).execute());
}

const byKey = (a: { actor: string; norm: string }, b: { actor: string; norm: string }) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0);

/** Sets the actors' counts and names to a tally of everything they hold (after a merge or a split). */
export async function setTally(trx: Db, ids: string[], t: Tally): Promise<void> {
  for (const chunk of chunks(ids)) {
    await trx.deleteFrom('actor_names').where('actor', 'in', chunk).execute();
    await trx.deleteFrom('actor_main').where('actor', 'in', chunk).execute();
  }
  await counts(trx, ids, t, false);
  const { names, main } = rows(t);
  await insertChunks(names.filter((n) => n.docs > 0), (chunk) => trx.insertInto('actor_names').values(chunk).execute());
  await insertChunks(main.filter((n) => n.docs > 0), (chunk) => trx.insertInto('actor_main').values(chunk).execute());
}

/**
 * The display name and type of each actor: the main name most documents use
 * for it, then the longest, then the least; so the result does not depend on
 * the order documents arrived in. An actor left with no name keeps its own.
 */
export async function refreshDisplay(trx: Db, ids: string[]): Promise<void> {
  for (const chunk of chunks([...new Set(ids)].sort())) {
    const main = await trx.selectFrom('actor_main').select(['actor', 'name', 'type', 'docs']).where('actor', 'in', chunk).execute();
    const current = new Map((await trx.selectFrom('actors').select(['id', 'name', 'type']).where('id', 'in', chunk).execute()).map((a) => [a.id, a]));
    const best = new Map<string, Pick<Schema['actor_main'], 'name' | 'type' | 'docs'>>();
    for (const m of main) {
      const b = best.get(m.actor);
      if (!b || better(m, b)) best.set(m.actor, m);
    }
    for (const [id, b] of best) {
      const a = current.get(id);
      if (a && (a.name !== b.name || a.type !== b.type)) await trx.updateTable('actors').set({ name: b.name, type: b.type }).where('id', '=', id).execute();
    }
  }
}

function better(x: Pick<Schema['actor_main'], 'name' | 'type' | 'docs'>, y: Pick<Schema['actor_main'], 'name' | 'type' | 'docs'>): boolean {
  const dx = Number(x.docs);
  const dy = Number(y.docs);
  if (dx !== dy) return dx > dy;
  if (x.name.length !== y.name.length) return x.name.length > y.name.length;
  if (x.name !== y.name) return x.name < y.name;
  return x.type < y.type;
}
