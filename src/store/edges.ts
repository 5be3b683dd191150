import { sql } from 'kysely';
import type { Db } from './dialect.js';
import type { ClaimEnds, EntityRow } from './tally.js';
import { insertChunks } from './batch.js';

/**
 * The edges `path` walks, kept between root keys rather than actors: a key
 * stays what it is when actors merge or split, so edges need no rewriting
 * then, and the walk maps keys to actors as it goes.
 */
export async function addEdges(trx: Db, entities: Array<Pick<EntityRow, 'doc' | 'local' | 'key'>>, claims: ClaimEnds[], sign: 1 | -1): Promise<void> {
  const keyOf = new Map(entities.map((e) => [`${e.doc}:${e.local}`, e.key]));
  const counts = new Map<string, number>();
  for (const c of claims) {
    const s = keyOf.get(`${c.doc}:${c.subject}`);
    const o = keyOf.get(`${c.doc}:${c.object}`);
    if (!s || !o) continue;
    const k = [s, o, c.predicate, c.polarity].join('\u0000');
    counts.set(k, (counts.get(k) ?? 0) + sign);
  }
  const rows = [...counts].map(([k, n]) => { const [skey, okey, predicate, polarity] = k.split('\u0000'); return { skey, okey, predicate, polarity, claims: n }; })
    .sort((a, b) => (a.skey < b.skey ? -1 : a.skey > b.skey ? 1 : a.okey < b.okey ? -1 : a.okey > b.okey ? 1 : 0));
  await insertChunks(rows, (chunk) => trx.insertInto('key_edges').values(chunk)
    .onConflict((oc) => oc.columns(['skey', 'okey', 'predicate', 'polarity']).doUpdateSet({ claims: sql`key_edges.claims + excluded.claims` })).execute());
  if (sign < 0) {
    for (const r of rows) await trx.deleteFrom('key_edges').where('skey', '=', r.skey).where('okey', '=', r.okey).where('claims', '<=', 0).execute();
  }
}
