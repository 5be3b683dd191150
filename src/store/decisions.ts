import { NexusError } from '../core/index.js';
import { normalizeName, parseAssertionId, shortHash, typeClass } from '../corpus/index.js';
import type { EntityType } from '../core/index.js';
import { countName, mergeInto, refreshActor } from './actors.js';
import type { Db, SqlDialect } from './dialect.js';
import { recordDecision, type EntityRef } from './journal.js';
import type { AdmiraltyReliability, ReviewDecision, ReviewTarget } from './types.js';

/** An analyst's merge: `from` joins `into`, its keys with it, so later documents follow. */
export async function mergeActors(d: SqlDialect, into: string, from: string, now: string): Promise<void> {
  if (into === from) throw new NexusError('UsageError', 'cannot merge an actor with itself', { subject: into });
  await d.write(async (trx) => {
    const ids = await d.lockActors(trx, [into, from].sort());
    for (const id of [into, from]) if (!ids.includes(id)) throw new NexusError('NotFound', 'no such actor', { subject: id });
    // What undo needs to give `from` back: its row, keys, entities, split names and reviews as they are now.
    const actors = await trx.selectFrom('actors').selectAll().where('id', 'in', [into, from]).execute();
    const fromActor = actors.find((a) => a.id === from)!, intoActor = actors.find((a) => a.id === into)!;
    const keys = await trx.selectFrom('actor_keys').selectAll().where('actor_id', '=', from).execute();
    const entities = (await trx.selectFrom('doc_entities').select(['document_id', 'local_id']).where('actor_id', '=', from).execute())
      .map((e): EntityRef => [e.document_id, e.local_id]);
    const splitNames = await trx.selectFrom('split_names').selectAll().where('actor_id', '=', from).execute();
    const reviews = await trx.selectFrom('assertion_reviews').selectAll().where((eb) => eb.or([eb('subject_id', '=', from), eb('object_id', '=', from)])).execute();
    await mergeInto(trx, into, from, 'user');
    await recordDecision(trx, d, {
      kind: 'merge', subject: into, detail: from, touches: [into, from],
      summary: `merged ${fromActor.name} (${from}) into ${intoActor.name} (${into})`,
      undo: { kind: 'merge', into, from, fromActor, intoKb: intoActor.kb_id, keys, entities, splitNames, reviews },
    }, now);
  });
}

const OWN_NAMES = new Set(['name', 'acronym', 'alias']);

type EntityRow = { document_id: string; local_id: string; name: string; type: string; kb_id: string | null };
const refOf = (e: EntityRow): EntityRef => [e.document_id, e.local_id];

/**
 * An analyst's split: the name stops joining documents to the actor. The
 * document entities that the actor got only through that name move to a new
 * actor; from then on, ingest keys such entities to the new actor too. When
 * the name belongs to one knowledge-base entry among several that the actor
 * joins (after `merge "Boko Haram" ISWAP`), every entity of that entry moves,
 * with its knowledge-base key.
 */
export async function splitAlias(d: SqlDialect, actor: string, alias: string, now: string): Promise<string> {
  const norm = normalizeName(alias);
  return d.write(async (trx) => {
    const [locked] = await d.lockActors(trx, [actor]);
    if (!locked) throw new NexusError('NotFound', 'no such actor', { subject: actor });
    const self = (await trx.selectFrom('actors').selectAll().where('id', '=', actor).executeTakeFirst())!;
    const entities: EntityRow[] = await trx.selectFrom('doc_entities').select(['document_id', 'local_id', 'name', 'type', 'kb_id']).where('actor_id', '=', actor).execute();
    const names = await trx.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
      .select(['dn.document_id', 'dn.local_id', 'dn.norm', 'dn.how']).where('de.actor_id', '=', actor).execute();
    if (!names.some((n) => n.norm === norm)) throw new NexusError('NotFound', `"${alias}" is not a name of this actor`, { subject: actor });
    const plan = kbSplit(entities, names, norm) ?? nameSplit(entities, names, norm);
    if (plan.movers.length === entities.length) throw new NexusError('UsageError', `"${alias}" is the only name of this actor: nothing to split`, { subject: actor });
    const target = plan.movers.length ? `a${shortHash('split', actor, norm, now)}` : actor;
    const keyRows = await trx.selectFrom('actor_keys').selectAll().where('key', 'in', plan.keys).execute();
    const splitRows = plan.splitNorms.length ? await trx.selectFrom('split_names').selectAll().where('norm', 'in', plan.splitNorms).execute() : [];
    if (plan.movers.length) {
      await trx.insertInto('actors').values({ id: target, name: alias, type: plan.movers[0].type, kb_id: plan.kbId ?? null, created_at: now }).execute();
      for (const m of plan.movers) await trx.updateTable('doc_entities').set({ actor_id: target }).where('document_id', '=', m.document_id).where('local_id', '=', m.local_id).execute();
    }
    for (const key of plan.keys) {
      await trx.deleteFrom('actor_keys').where('key', '=', key).execute();
      if (plan.movers.length) await trx.insertInto('actor_keys').values({ key, actor_id: target, via: alias, document_id: null, by: 'user', at: now }).execute();
    }
    for (const n of plan.splitNorms) {
      await trx.insertInto('split_names').values({ norm: n, actor_id: target, at: now }).onConflict((oc) => oc.column('norm').doUpdateSet({ actor_id: target, at: now })).execute();
    }
    if (plan.kbId) await trx.updateTable('actors').set({ kb_id: mostCommonKb(entities.filter((e) => e.kb_id !== plan.kbId)) }).where('id', '=', actor).execute();
    await recount(trx, actor);
    if (plan.movers.length) await recount(trx, target);
    await recordDecision(trx, d, {
      kind: 'split', subject: actor, detail: alias, touches: [...new Set([actor, target])],
      summary: target === actor ? `"${alias}" stopped joining documents to ${self.name} (${actor})` : `split "${alias}" off ${self.name} (${actor}) as ${target}`,
      undo: {
        kind: 'split', actor, target, created: target !== actor, actorKb: self.kb_id, entities: plan.movers.map(refOf),
        keys: plan.keys.map((key) => ({ key, row: keyRows.find((r) => r.key === key) ?? null })),
        splitNames: plan.splitNorms.map((n) => ({ norm: n, row: splitRows.find((r) => r.norm === n) ?? null })),
      },
    }, now);
    return target;
  });
}

interface SplitPlan { movers: EntityRow[]; keys: string[]; splitNorms: string[]; kbId?: string }
type NameRow = { document_id: string; local_id: string; norm: string; how: string };

/** The name belongs to one of several knowledge-base entries the actor joins: that entry's entities and key move. */
function kbSplit(entities: EntityRow[], names: NameRow[], norm: string): SplitPlan | undefined {
  const kbs = new Set(entities.map((e) => e.kb_id).filter((k): k is string => !!k));
  if (kbs.size < 2) return undefined;
  const named = new Set(names.filter((n) => n.norm === norm).map((n) => `${n.document_id}|${n.local_id}`));
  const aliasKbs = new Set(entities.filter((e) => named.has(`${e.document_id}|${e.local_id}`)).map((e) => e.kb_id));
  const [kbId] = [...aliasKbs];
  if (aliasKbs.size !== 1 || !kbId) return undefined;
  return { movers: entities.filter((e) => e.kb_id === kbId), keys: [`kb:${kbId}`], splitNorms: [], kbId };
}

/** The entities that name the actor only by this name move; the name stops joining in every type class. */
function nameSplit(entities: EntityRow[], names: NameRow[], norm: string): SplitPlan {
  const own = new Map<string, string[]>();
  for (const n of names) if (OWN_NAMES.has(n.how)) own.set(`${n.document_id}|${n.local_id}`, [...(own.get(`${n.document_id}|${n.local_id}`) ?? []), n.norm]);
  const movers = entities.filter((e) => own.has(`${e.document_id}|${e.local_id}`) && own.get(`${e.document_id}|${e.local_id}`)!.every((x) => x === norm));
  const classes = [...new Set(entities.map((e) => typeClass(e.type as EntityType)))];
  return { movers, keys: classes.map((cls) => `name:${cls}:${norm}`), splitNorms: classes.map((cls) => `${cls}:${norm}`) };
}

function mostCommonKb(entities: EntityRow[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.kb_id) counts.set(e.kb_id, (counts.get(e.kb_id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Rebuilds an actor's name counts from its document entities. */
export async function recount(trx: Db, actor: string): Promise<void> {
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
  await d.write(async (trx) => {
    const before = (await trx.selectFrom('source_grades').selectAll().where('norm', '=', norm).executeTakeFirst()) ?? null;
    await trx.insertInto('source_grades').values({ norm, name, grade, at: now })
      .onConflict((oc) => oc.column('norm').doUpdateSet({ name, grade, at: now })).execute();
    await recordDecision(trx, d, {
      kind: 'grade', subject: norm, detail: grade, touches: [`source:${norm}`],
      summary: `graded ${name} ${grade}${before ? ` (was ${before.grade})` : ''}`, undo: { kind: 'grade', norm, before },
    }, now);
  });
}

const VERB = { accepted: 'accepted', rejected: 'rejected', clear: 'cleared the review of' } as const;

/** Reviews attach to what identifies a claim or an assertion across re-extraction, so they survive a re-ingest. */
export async function review(d: SqlDialect, target: ReviewTarget, decision: ReviewDecision | 'clear', now: string): Promise<void> {
  await d.write(async (trx) => {
    if (target.kind === 'claim') {
      const claim = await trx.selectFrom('claims').select(['signature', 'predicate', 'quote_text']).where('id', '=', target.id).executeTakeFirst();
      if (!claim) throw new NexusError('NotFound', 'no such claim', { subject: target.id });
      const before = (await trx.selectFrom('claim_reviews').selectAll().where('signature', '=', claim.signature).executeTakeFirst()) ?? null;
      await trx.deleteFrom('claim_reviews').where('signature', '=', claim.signature).execute();
      if (decision !== 'clear') await trx.insertInto('claim_reviews').values({ signature: claim.signature, decision, at: now }).execute();
      await recordDecision(trx, d, {
        kind: 'review', subject: target.id, detail: decision, touches: [`claim:${claim.signature}`],
        summary: `${VERB[decision]} claim ${target.id} (${claim.predicate}: "${claim.quote_text.slice(0, 60)}")`,
        undo: { kind: 'claim-review', signature: claim.signature, before },
      }, now);
      return;
    }
    const key = parseAssertionId(target.id);
    if (!key) throw new NexusError('NotFound', 'no such assertion', { subject: target.id });
    const [s, o] = [key.subject, key.object];
    const where = { subject_id: s, predicate: key.predicate, object_id: o, polarity: key.polarity };
    const before = (await trx.selectFrom('assertion_reviews').selectAll().where('subject_id', '=', s).where('predicate', '=', key.predicate)
      .where('object_id', '=', o).where('polarity', '=', key.polarity).executeTakeFirst()) ?? null;
    await trx.deleteFrom('assertion_reviews').where('subject_id', '=', s).where('predicate', '=', key.predicate).where('object_id', '=', o).where('polarity', '=', key.polarity).execute();
    if (decision !== 'clear') await trx.insertInto('assertion_reviews').values({ ...where, decision, at: now }).execute();
    await recordDecision(trx, d, {
      kind: 'review', subject: target.id, detail: decision, touches: [s, o, `assertion:${target.id}`],
      summary: `${VERB[decision]} assertion ${target.id}`, undo: { kind: 'assertion-review', key: where, before },
    }, now);
  });
}
