import { sql } from 'kysely';
import type { EntityType } from '../core/index.js';
import { normalizeName } from '../corpus/index.js';
import { chunks } from './batch.js';
import type { Db } from './dialect.js';
import { storedNames } from './tally.js';
import type { ActorDetail, ActorFilter, ActorSummary, AliasSeen, MergeRecord } from './types.js';


/** The actor an id names today: an actor's own id, or the id of any of its keys (an actor merged into another keeps finding it). */
export async function currentActor(db: Db, id: string): Promise<string | undefined> {
  const own = await db.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst();
  if (own) return own.id;
  return (await db.selectFrom('keys').select('actor').where('id', '=', id).executeTakeFirst())?.actor;
}

/** Claims an analyst rejected, per actor at either end (subtracted from the kept counts, which include them). */
async function rejectedCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const any = await db.selectFrom('claim_reviews').select('signature').where('decision', '=', 'rejected').limit(1).executeTakeFirst();
  if (!any) return out;
  for (const side of ['subject', 'object'] as const) {
    const rows = await db.selectFrom('claim_reviews as cr').innerJoin('claims as c', 'c.signature', 'cr.signature')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'c.doc').onRef('de.local', '=', `c.${side}`))
      .innerJoin('keys as k', 'k.key', 'de.key')
      .select(['k.actor', sql<number>`count(*)`.as('n')]).where('cr.decision', '=', 'rejected').where('k.actor', 'in', ids)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', 'c.doc')))).groupBy('k.actor').execute();
    for (const r of rows) out.set(r.actor, (out.get(r.actor) ?? 0) + Number(r.n));
  }
  return out;
}

/** Summaries of the given actors, in the given order. */
export async function summaries(db: Db, ids: string[]): Promise<ActorSummary[]> {
  if (!ids.length) return [];
  const out = new Map<string, ActorSummary>();
  for (const chunk of chunks(ids)) {
    const rows = await db.selectFrom('actors').select(['id', 'name', 'type', 'kb_id', 'documents', 'claims']).where('id', 'in', chunk).execute();
    const rejected = await rejectedCounts(db, chunk);
    for (const r of rows) {
      out.set(r.id, { id: r.id, name: r.name, type: r.type as EntityType, ...(r.kb_id ? { kbId: r.kb_id } : {}), aliases: [], documents: Number(r.documents), claims: Number(r.claims) - (rejected.get(r.id) ?? 0) });
    }
    const names = await db.selectFrom('actor_names').select(['actor', 'norm', 'name', 'docs']).where('actor', 'in', chunk).execute();
    names.sort((a, b) => Number(b.docs) - Number(a.docs) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const n of names) {
      const a = out.get(n.actor);
      if (a && normalizeName(a.name) !== n.norm) a.aliases.push(n.name);
    }
  }
  return ids.map((id) => out.get(id)).filter((a): a is ActorSummary => !!a);
}

/** A page of actors, most documented first (then by name and id), from the stored counts. */
export async function listActors(db: Db, f: ActorFilter): Promise<ActorSummary[]> {
  let q = db.selectFrom('actors as a').select('a.id').where('a.documents', '>', 0);
  if (f.type) q = q.where('a.type', '=', f.type);
  if (f.name) {
    const like = `%${normalizeName(f.name).replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) => eb.exists(eb.selectFrom('actor_names as an').select('an.norm').whereRef('an.actor', '=', 'a.id').where('an.norm', 'like', like)));
  }
  q = q.orderBy('a.documents', 'desc').orderBy('a.name').orderBy('a.id');
  if (f.limit !== undefined || f.offset) q = q.limit(f.limit ?? 1_000_000_000).offset(f.offset ?? 0);
  return summaries(db, (await q.execute()).map((r) => r.id));
}

export async function countActors(db: Db, f: ActorFilter): Promise<number> {
  let q = db.selectFrom('actors as a').select(sql<number>`count(*)`.as('n')).where('a.documents', '>', 0);
  if (f.type) q = q.where('a.type', '=', f.type);
  if (f.name) {
    const like = `%${normalizeName(f.name).replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) => eb.exists(eb.selectFrom('actor_names as an').select('an.norm').whereRef('an.actor', '=', 'a.id').where('an.norm', 'like', like)));
  }
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** Actors with a name or alias equal to `name` (any case, accents, dashes), or with that id (or a merged actor's), or that kb id. */
export async function findActors(db: Db, name: string): Promise<ActorSummary[]> {
  const norm = normalizeName(name);
  const byName = norm ? await db.selectFrom('actor_names').select('actor').distinct().where('norm', '=', norm).execute() : [];
  const byId = await db.selectFrom('actors').select('id').where((eb) => eb.or([eb('id', '=', name), eb('kb_id', '=', name)])).execute();
  const merged = byId.length ? undefined : await currentActor(db, name);
  const ids = [...new Set([...byId.map((r) => r.id), ...(merged ? [merged] : []), ...byName.map((r) => r.actor)])];
  return (await summaries(db, ids)).filter((a) => a.documents > 0 || ids.length === 1)
    .sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type HeldEntity = { doc_id: string; published: string | null; ingested_at: string; key: string; name: string; names: string | null; roles: string | null };

/** Every entity an actor holds (in documents folded in), with its document. */
async function heldEntities(db: Db, id: string): Promise<HeldEntity[]> {
  return db.selectFrom('keys as k').innerJoin('doc_entities as de', 'de.key', 'k.key').innerJoin('documents as d', 'd.n', 'de.doc')
    .select(['d.id as doc_id', 'd.published', 'd.ingested_at', 'de.key', 'de.name', 'de.names', 'de.roles']).where('k.actor', '=', id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', 'de.doc'))))
    .orderBy('d.id').execute();
}

export async function actorDetail(db: Db, requested: string): Promise<ActorDetail | undefined> {
  const id = await currentActor(db, requested);
  if (!id) return undefined;
  const [summary] = await summaries(db, [id]);
  if (!summary) return undefined;
  const held = await heldEntities(db, id);
  const names = new Map<string, AliasSeen & { docs: Set<string> }>();
  for (const e of held) {
    for (const n of storedNames(e)) {
      const seen = names.get(n.norm) ?? { name: n.name, how: [], documents: [], count: 0, docs: new Set<string>() };
      if (!seen.how.includes(n.how)) seen.how.push(n.how);
      seen.docs.add(e.doc_id);
      names.set(n.norm, seen);
    }
  }
  const seen = [...names.values()].map(({ docs, ...n }) => ({ ...n, documents: [...docs].slice(0, 20), count: docs.size }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const roles = [...new Set(held.flatMap((e) => (e.roles ? (JSON.parse(e.roles) as string[]) : [])))].sort();
  return { ...summary, names: seen, roles, merges: await mergeRecords(db, id, held) };
}

/**
 * Why the actor's keys are one actor: each key with the name that carried it
 * and the earliest document where it did; keys that joined through an
 * analyst's merge (not through any document) are marked "user".
 */
async function mergeRecords(db: Db, id: string, held: HeldEntity[]): Promise<MergeRecord[]> {
  const actor = await db.selectFrom('actors').select('root').where('id', '=', id).executeTakeFirst();
  const keys = await db.selectFrom('keys as k').leftJoin('doc_keys as dk', 'dk.key', 'k.key').leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'dk.doc').onRef('de.local', '=', 'dk.local'))
    .select(['k.key', 'de.key as root']).where('k.actor', '=', id).execute();
  // Keys joined by documents: a union over each entity's keys; those not joined to the root came by an analyst's merge.
  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) return x; const r = find(p); parent.set(x, r); return r; };
  for (const k of keys) { parent.set(k.key, parent.get(k.key) ?? k.key); if (k.root) parent.set(find(k.key), find(k.root)); }
  const links = await db.selectFrom('merge_links').select(['a', 'b', 'at']).execute();
  const userAt = links.length ? links.map((l) => l.at).sort().pop()! : '';
  const first = new Map<string, HeldEntity>();
  const stamp = (e: HeldEntity) => `${e.published ?? e.ingested_at.slice(0, 10)}\u0000${e.doc_id}`;
  for (const e of held) { const f = first.get(e.key); if (!f || stamp(e) < stamp(f)) first.set(e.key, e); }
  const rootGroup = actor ? find(actor.root) : '';
  return [...new Set(keys.map((k) => k.key))].filter((k) => !k.startsWith('doc:')).sort().map((key) => {
    const e = first.get(key);
    const user = find(key) !== rootGroup;
    const via = e ? (storedNames(e).find((n) => key.endsWith(`:${n.norm}`))?.name ?? e.name) : key.slice(key.lastIndexOf(':') + 1);
    return { key, via, ...(e ? { document: e.doc_id } : {}), by: user ? 'user' : 'auto', at: user ? userAt : e?.ingested_at ?? '' } as MergeRecord;
  });
}
