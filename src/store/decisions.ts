import { NexusError, type EntityType } from '../core/index.js';
import { normalizeName, parseAssertionId, shortHash, typeClass } from '../corpus/index.js';
import type { Db, SqlDialect } from './dialect.js';
import { addEdges } from './edges.js';
import { recompute } from './recompute.js';
import { claimEndsOf, entitiesOf, entityKeySets, rekey } from './resolve.js';
import { storedNames, type EntityRow } from './tally.js';
import type { AdmiraltyReliability, ReviewDecision, ReviewTarget } from './types.js';

/** The actor an id names now (its own, or a key's of an actor it was merged into), or NotFound. */
async function actorNamed(trx: Db, id: string): Promise<string> {
  const own = await trx.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst();
  const actor = own?.id ?? (await trx.selectFrom('keys').select('actor').where('id', '=', id).executeTakeFirst())?.actor;
  if (!actor) throw new NexusError('NotFound', 'no such actor', { subject: id });
  return actor;
}

async function keysOfActor(trx: Db, actor: string): Promise<string[]> {
  return (await trx.selectFrom('keys').select('key').where('actor', '=', actor).execute()).map((r) => r.key);
}

/**
 * An analyst's merge: a recorded link between the two actors' ids. The
 * actors' keys become one actor (named after the least of its keys, so the
 * merged actor has one of the two ids and the other still finds it), and
 * later documents with any of those keys follow.
 */
export async function mergeActors(d: SqlDialect, into: string, from: string, now: string): Promise<void> {
  await d.resolver(async (trx) => {
    const [a, b] = [await actorNamed(trx, into), await actorNamed(trx, from)];
    if (a === b) throw new NexusError('UsageError', into === from ? 'cannot merge an actor with itself' : 'these are one actor already', { subject: into });
    await trx.insertInto('merge_links').values({ a, b, at: now }).onConflict((oc) => oc.doNothing()).execute();
    await recompute(trx, [...await keysOfActor(trx, a), ...await keysOfActor(trx, b)]);
    await trx.insertInto('decisions').values({ id: shortHash('merge', a, b, now), kind: 'merge', subject: a, detail: b, at: now }).execute();
  }, true);
}

const OWN_NAMES = new Set(['name', 'acronym', 'alias']);

/**
 * An analyst's split: the name stops joining documents to the actor. The
 * documents' entities that the actor held only through that name go to an
 * actor of their own (the name's); from then on, ingest keys such entities
 * to it too. Returns the id of the actor that now holds the name, or the
 * actor's own when no entity moved.
 */
export async function splitAlias(d: SqlDialect, requested: string, alias: string, now: string): Promise<string> {
  const norm = normalizeName(alias);
  return (await d.resolver(async (trx) => {
    const actor = await actorNamed(trx, requested);
    const keys = await keysOfActor(trx, actor);
    const entities: EntityRow[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      entities.push(...(await trx.selectFrom('doc_entities as de').select(['de.doc', 'de.local', 'de.key', 'de.name', 'de.type', 'de.kb_id', 'de.names'])
        .where('de.key', 'in', keys.slice(i, i + 500)).where((eb) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', 'de.doc')))).execute())
        .map((e) => ({ ...e, doc: Number(e.doc) })));
    }
    const named = entities.map((e) => ({ e, names: storedNames(e) }));
    if (!named.some((x) => x.names.some((n) => n.norm === norm))) throw new NexusError('NotFound', `"${alias}" is not a name of this actor`, { subject: requested });
    const movers = named.filter((x) => { const own = x.names.filter((n) => OWN_NAMES.has(n.how)); return own.length > 0 && own.every((n) => n.norm === norm); });
    if (movers.length === entities.length) throw new NexusError('UsageError', `"${alias}" is the only name of this actor: nothing to split`, { subject: requested });
    const classes = [...new Set(entities.map((e) => typeClass(e.type as EntityType)))];
    for (const cls of classes) {
      await trx.insertInto('split_names').values({ norm: `${cls}:${norm}`, at: now }).onConflict((oc) => oc.column('norm').doUpdateSet({ at: now })).execute();
    }
    // Every document of the actor: its entities' keys again, and the edges of those whose root changed.
    const docs = [...new Set(entities.map((e) => e.doc))];
    const all = await entitiesOf(trx, docs);
    const sets = await entityKeySets(trx, all);
    const before = all.map((e) => ({ ...e }));
    const moved = await rekey(trx, all, sets);
    if (moved.length) {
      const claims = await claimEndsOf(trx, docs);
      await addEdges(trx, before, claims, -1);
      await addEdges(trx, all, claims, 1);
    }
    const placed = await recompute(trx, [...keys, ...[...sets.values()].flat(), ...classes.map((c) => `name:${c}:${norm}`)]);
    const target = classes.map((c) => placed.get(`name:${c}:${norm}`)).find((a) => a) ?? placed.get(keys.find((k) => placed.has(k)) ?? '') ?? actor;
    await trx.insertInto('decisions').values({ id: shortHash('split', actor, norm, now), kind: 'split', subject: actor, detail: alias, at: now }).execute();
    return movers.length ? target : placed.get(keys[0]) ?? actor;
  }, true))!;
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
      const cut = target.id.indexOf(':');
      const claim = cut < 0 ? undefined : await trx.selectFrom('claims as c').innerJoin('documents as d', 'd.n', 'c.doc').select('c.signature')
        .where('d.id', '=', target.id.slice(0, cut)).where('c.local', '=', target.id.slice(cut + 1)).executeTakeFirst();
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
