import { NexusError } from '../core/index.js';
import { normalizeName, parseAssertionId, shortHash, typeClass } from '../corpus/index.js';
import type { EntityType } from '../core/index.js';
import { countName, mergeInto, refreshActor } from './actors.js';
import type { SqlDialect } from './dialect.js';
import type { AdmiraltyReliability, ReviewDecision, ReviewTarget } from './types.js';

/** An analyst's merge: `from` joins `into`, its keys with it, so later documents follow. */
export async function mergeActors(d: SqlDialect, into: string, from: string, now: string): Promise<void> {
  if (into === from) throw new NexusError('UsageError', 'cannot merge an actor with itself', { subject: into });
  await d.write(async (trx) => {
    const ids = await d.lockActors(trx, [into, from].sort());
    for (const id of [into, from]) if (!ids.includes(id)) throw new NexusError('NotFound', 'no such actor', { subject: id });
    await mergeInto(trx, into, from, 'user');
    await trx.insertInto('decisions').values({ id: shortHash('merge', into, from, now), kind: 'merge', subject: into, detail: from, at: now }).execute();
  });
}

const OWN_NAMES = new Set(['name', 'acronym', 'alias']);

/**
 * An analyst's split: the name stops joining documents to the actor. The
 * document entities that the actor got only through that name move to a new
 * actor; from then on, ingest keys such entities to the new actor too.
 */
export async function splitAlias(d: SqlDialect, actor: string, alias: string, now: string): Promise<string> {
  const norm = normalizeName(alias);
  return d.write(async (trx) => {
    const [locked] = await d.lockActors(trx, [actor]);
    if (!locked) throw new NexusError('NotFound', 'no such actor', { subject: actor });
    const entities = await trx.selectFrom('doc_entities').select(['document_id', 'local_id', 'name', 'type']).where('actor_id', '=', actor).execute();
    const names = await trx.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
      .select(['dn.document_id', 'dn.local_id', 'dn.norm', 'dn.how']).where('de.actor_id', '=', actor).execute();
    if (!names.some((n) => n.norm === norm)) throw new NexusError('NotFound', `"${alias}" is not a name of this actor`, { subject: actor });
    const own = new Map<string, string[]>();
    for (const n of names) if (OWN_NAMES.has(n.how)) own.set(`${n.document_id}|${n.local_id}`, [...(own.get(`${n.document_id}|${n.local_id}`) ?? []), n.norm]);
    const movers = entities.filter((e) => (own.get(`${e.document_id}|${e.local_id}`) ?? []).every((x) => x === norm) && own.has(`${e.document_id}|${e.local_id}`));
    if (movers.length === entities.length) throw new NexusError('UsageError', `"${alias}" is the only name of this actor: nothing to split`, { subject: actor });
    const classes = new Set(entities.map((e) => typeClass(e.type as EntityType)));
    const target = movers.length ? `a${shortHash('split', actor, norm, now)}` : actor;
    if (movers.length) {
      await trx.insertInto('actors').values({ id: target, name: alias, type: movers[0].type, kb_id: null, created_at: now }).execute();
      for (const m of movers) await trx.updateTable('doc_entities').set({ actor_id: target }).where('document_id', '=', m.document_id).where('local_id', '=', m.local_id).execute();
    }
    for (const cls of classes) {
      const key = `name:${cls}:${norm}`;
      await trx.deleteFrom('actor_keys').where('key', '=', key).execute();
      if (movers.length) await trx.insertInto('actor_keys').values({ key, actor_id: target, via: alias, document_id: null, by: 'user', at: now }).execute();
      await trx.insertInto('split_names').values({ norm: `${cls}:${norm}`, actor_id: target, at: now }).onConflict((oc) => oc.column('norm').doUpdateSet({ actor_id: target, at: now })).execute();
    }
    await recount(trx, actor);
    if (movers.length) await recount(trx, target);
    await trx.insertInto('decisions').values({ id: shortHash('split', actor, norm, now), kind: 'split', subject: actor, detail: alias, at: now }).execute();
    return target;
  });
}

/** Rebuilds an actor's name counts from its document entities. */
async function recount(trx: Parameters<Parameters<SqlDialect['write']>[0]>[0], actor: string): Promise<void> {
  await trx.deleteFrom('actor_names').where('actor_id', '=', actor).execute();
  const rows = await trx.selectFrom('doc_entities').select(['document_id', 'name', 'type']).where('actor_id', '=', actor).execute();
  const seen = new Set<string>();
  for (const r of rows) {
    const norm = normalizeName(r.name);
    if (seen.has(`${r.document_id}|${norm}|${r.type}`)) continue;
    seen.add(`${r.document_id}|${norm}|${r.type}`);
    await countName(trx, { actor_id: actor, norm, name: r.name, type: r.type, docs: 1 });
  }
  await refreshActor(trx, actor);
}

export async function gradeSource(d: SqlDialect, name: string, grade: AdmiraltyReliability, now: string): Promise<void> {
  const norm = normalizeName(name);
  await d.write((trx) => trx.insertInto('source_grades').values({ norm, name, grade, at: now })
    .onConflict((oc) => oc.column('norm').doUpdateSet({ name, grade, at: now })).execute());
}

/** Reviews attach to what identifies a claim or an assertion across re-extraction, so they survive a re-ingest. */
export async function review(d: SqlDialect, target: ReviewTarget, decision: ReviewDecision | 'clear', now: string): Promise<void> {
  await d.write(async (trx) => {
    if (target.kind === 'claim') {
      const claim = await trx.selectFrom('claims').select('signature').where('id', '=', target.id).executeTakeFirst();
      if (!claim) throw new NexusError('NotFound', 'no such claim', { subject: target.id });
      await trx.deleteFrom('claim_reviews').where('signature', '=', claim.signature).execute();
      if (decision !== 'clear') await trx.insertInto('claim_reviews').values({ signature: claim.signature, decision, at: now }).execute();
      return;
    }
    const key = parseAssertionId(target.id);
    if (!key) throw new NexusError('NotFound', 'no such assertion', { subject: target.id });
    const [s, o] = [key.subject, key.object];
    const where = { subject_id: s, predicate: key.predicate, object_id: o, polarity: key.polarity };
    await trx.deleteFrom('assertion_reviews').where('subject_id', '=', s).where('predicate', '=', key.predicate).where('object_id', '=', o).where('polarity', '=', key.polarity).execute();
    if (decision !== 'clear') await trx.insertInto('assertion_reviews').values({ ...where, decision, at: now }).execute();
  });
}
