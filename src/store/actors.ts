import { sql } from 'kysely';
import type { Db } from './dialect.js';

/**
 * The display name and type of an actor: the name most documents use for
 * it (then the longest, then the first in order), so that the result does
 * not depend on the order documents arrived in.
 */
export async function refreshActor(trx: Db, ids: string | string[]): Promise<void> {
  const list = Array.isArray(ids) ? ids : [ids];
  if (!list.length) return;
  const top = (column: 'name' | 'type') => trx.selectFrom('actor_names').select(`actor_names.${column}`).where(sql<boolean>`actor_names.actor_id = actors.id`)
    .orderBy('docs', 'desc').orderBy(sql`length(actor_names.name)`, 'desc').orderBy('actor_names.name').orderBy('actor_names.type').limit(1);
  // One statement for all; an actor left with no name (its documents re-extracted away) keeps the one it had.
  await trx.updateTable('actors').set((eb) => ({ name: eb.fn.coalesce(top('name'), eb.ref('actors.name')), type: eb.fn.coalesce(top('type'), eb.ref('actors.type')) }))
    .where('id', 'in', list).execute();
}

type NameCount = { actor_id: string; norm: string; name: string; type: string; docs: number };

/** Adds `docs` documents calling an actor `name` (negative to take them away); several rows (distinct keys) in one statement. */
export async function countName(trx: Db, rows: NameCount | NameCount[]): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  if (!list.length) return;
  await trx.insertInto('actor_names').values(list)
    .onConflict((oc) => oc.columns(['actor_id', 'norm', 'type']).doUpdateSet({
      docs: sql`actor_names.docs + excluded.docs`,
      // The same normalised name written two ways: keep one, whichever came first.
      name: sql`case when excluded.name < actor_names.name then excluded.name else actor_names.name end`,
    })).execute();
  const emptied = [...new Set(list.filter((r) => r.docs < 0).map((r) => r.actor_id))];
  if (emptied.length) await trx.deleteFrom('actor_names').where('actor_id', 'in', emptied).where('docs', '<=', 0).execute();
}

/** Moves everything of actor `loser` to `winner` (the caller holds both actors' locks). */
export async function mergeInto(trx: Db, winner: string, loser: string, by: 'auto' | 'user'): Promise<void> {
  if (winner === loser) return;
  await trx.updateTable('actor_keys').set(by === 'user' ? { actor_id: winner, by } : { actor_id: winner }).where('actor_id', '=', loser).execute();
  await trx.updateTable('doc_entities').set({ actor_id: winner }).where('actor_id', '=', loser).execute();
  await trx.updateTable('split_names').set({ actor_id: winner }).where('actor_id', '=', loser).execute();
  for (const n of await trx.selectFrom('actor_names').selectAll().where('actor_id', '=', loser).execute()) await countName(trx, { ...n, actor_id: winner });
  await trx.deleteFrom('actor_names').where('actor_id', '=', loser).execute();
  for (const r of await trx.selectFrom('assertion_reviews').selectAll().where((eb) => eb.or([eb('subject_id', '=', loser), eb('object_id', '=', loser)])).execute()) {
    const moved = { ...r, subject_id: r.subject_id === loser ? winner : r.subject_id, object_id: r.object_id === loser ? winner : r.object_id };
    await trx.insertInto('assertion_reviews').values(moved).onConflict((oc) => oc.doNothing()).execute();
  }
  await trx.deleteFrom('assertion_reviews').where((eb) => eb.or([eb('subject_id', '=', loser), eb('object_id', '=', loser)])).execute();
  const kb = await trx.selectFrom('actors').select(['id', 'kb_id']).where('id', 'in', [winner, loser]).execute();
  const loserKb = kb.find((a) => a.id === loser)?.kb_id;
  if (loserKb && !kb.find((a) => a.id === winner)?.kb_id) await trx.updateTable('actors').set({ kb_id: loserKb }).where('id', '=', winner).execute();
  await trx.deleteFrom('actors').where('id', '=', loser).execute();
  await refreshActor(trx, winner);
}
