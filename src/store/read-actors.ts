import { sql } from 'kysely';
import type { EntityType } from '../core/index.js';
import { normalizeName } from '../corpus/index.js';
import type { Db } from './dialect.js';
import type { ActorDetail, ActorFilter, ActorSummary, AliasSeen } from './types.js';

/** Summaries of the given actors, in the given order. */
export async function summaries(db: Db, ids: string[]): Promise<ActorSummary[]> {
  if (!ids.length) return [];
  const out = new Map<string, ActorSummary>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.selectFrom('actors as a').leftJoin('doc_entities as de', 'de.actor_id', 'a.id')
      .select(['a.id', 'a.name', 'a.type', 'a.kb_id', sql<number>`count(distinct de.document_id)`.as('documents')])
      .where('a.id', 'in', chunk).groupBy(['a.id', 'a.name', 'a.type', 'a.kb_id']).execute();
    for (const r of rows) out.set(r.id, { id: r.id, name: r.name, type: r.type as EntityType, ...(r.kb_id ? { kbId: r.kb_id } : {}), aliases: [], documents: Number(r.documents), claims: 0 });
    const names = await db.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
      .select(['de.actor_id', 'dn.norm', sql<string>`min(dn.name)`.as('name'), sql<number>`count(distinct dn.document_id)`.as('n')])
      .where('de.actor_id', 'in', chunk).groupBy(['de.actor_id', 'dn.norm']).execute();
    names.sort((a, b) => Number(b.n) - Number(a.n) || (a.name < b.name ? -1 : 1));
    for (const n of names) {
      const a = out.get(n.actor_id);
      if (a && normalizeName(a.name) !== n.norm && !a.aliases.some((x) => normalizeName(x) === n.norm)) a.aliases.push(n.name);
    }
    for (const side of ['subject_local', 'object_local'] as const) {
      const counts = await db.selectFrom('claims as c').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'c.document_id').onRef('de.local_id', '=', `c.${side}`))
        .leftJoin('claim_reviews as cr', 'cr.signature', 'c.signature')
        .select(['de.actor_id', sql<number>`count(*)`.as('n')]).where('de.actor_id', 'in', chunk)
        .where((eb) => eb.or([eb('cr.decision', 'is', null), eb('cr.decision', '!=', 'rejected')])).groupBy('de.actor_id').execute();
      for (const c of counts) { const a = out.get(c.actor_id); if (a) a.claims += Number(c.n); }
    }
  }
  return ids.map((id) => out.get(id)).filter((a): a is ActorSummary => !!a);
}

export async function listActors(db: Db, f: ActorFilter): Promise<ActorSummary[]> {
  return summaries(db, await actorIds(db, f));
}

/** How many actors a filter keeps (limit and offset aside). */
export async function countActors(db: Db, f: ActorFilter): Promise<number> {
  return (await actorIds(db, { ...f, limit: undefined, offset: undefined })).length;
}

async function actorIds(db: Db, f: ActorFilter): Promise<string[]> {
  let q = db.selectFrom('actors as a').leftJoin('doc_entities as de', 'de.actor_id', 'a.id')
    .select(['a.id', sql<number>`count(distinct de.document_id)`.as('documents')]).groupBy(['a.id', 'a.name']);
  if (f.type) q = q.where('a.type', '=', f.type);
  if (f.name) {
    const like = `%${normalizeName(f.name).replace(/[%_]/g, '')}%`;
    q = q.where((eb) => eb.exists(eb.selectFrom('doc_names as dn').innerJoin('doc_entities as d2', (j) => j.onRef('d2.document_id', '=', 'dn.document_id').onRef('d2.local_id', '=', 'dn.local_id'))
      .select('dn.norm').whereRef('d2.actor_id', '=', 'a.id').where('dn.norm', 'like', like)));
  }
  q = q.having(sql`count(de.document_id)`, '>', 0).orderBy(sql`count(distinct de.document_id)`, 'desc').orderBy('a.name').orderBy('a.id');
  if (f.limit !== undefined || f.offset) q = q.limit(f.limit ?? 1_000_000_000).offset(f.offset ?? 0);
  return (await q.execute()).map((r) => r.id);
}

/** Actors with a name or alias equal to `name` (any case, accents, dashes), or with that id or kb id. */
export async function findActors(db: Db, name: string): Promise<ActorSummary[]> {
  const norm = normalizeName(name);
  const byName = await db.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
    .select('de.actor_id').distinct().where('dn.norm', '=', norm).execute();
  const byId = await db.selectFrom('actors').select('id').where((eb) => eb.or([eb('id', '=', name), eb('kb_id', '=', name)])).execute();
  const ids = [...new Set([...byId.map((r) => r.id), ...byName.map((r) => r.actor_id)])];
  return (await summaries(db, ids)).sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : 1));
}

export async function actorDetail(db: Db, id: string): Promise<ActorDetail | undefined> {
  const [summary] = await summaries(db, [id]);
  if (!summary) return undefined;
  const rows = await db.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
    .select(['dn.norm', 'dn.name', 'dn.how', 'dn.document_id']).where('de.actor_id', '=', id).orderBy('dn.document_id').execute();
  const names = new Map<string, AliasSeen & { docs: Set<string> }>();
  for (const r of rows) {
    const n = names.get(r.norm) ?? { name: r.name, how: [], documents: [], count: 0, docs: new Set<string>() };
    if (!n.how.includes(r.how)) n.how.push(r.how);
    n.docs.add(r.document_id);
    names.set(r.norm, n);
  }
  const seen = [...names.values()].map(({ docs, ...n }) => ({ ...n, documents: [...docs].slice(0, 20), count: docs.size }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  const roleRows = await db.selectFrom('doc_entities').select('roles').where('actor_id', '=', id).where('roles', '!=', '[]').execute();
  const roles = [...new Set(roleRows.flatMap((r) => JSON.parse(r.roles) as string[]))].sort();
  const keys = await db.selectFrom('actor_keys').selectAll().where('actor_id', '=', id).orderBy('at').orderBy('key').execute();
  const merges = keys.filter((k) => !k.key.startsWith('doc:'))
    .map((k) => ({ key: k.key, via: k.via, ...(k.document_id ? { document: k.document_id } : {}), by: k.by as 'auto' | 'user', at: k.at }));
  return { ...summary, names: seen, roles, merges };
}
