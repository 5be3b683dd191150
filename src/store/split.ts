import { NexusError, type EntityType } from '../core/index.js';
import { keyId, normalizeName, typeClass } from '../corpus/index.js';
import { actorNamed, keysOfActors, nameOf } from './decisions.js';
import type { Db, SqlDialect } from './dialect.js';
import { addEdges } from './edges.js';
import { claimEndsOf, entitiesOf, entityKeySets, rekey } from './entity-rows.js';
import { recordDecision } from './journal.js';
import { recompute } from './recompute.js';
import type { Schema } from './schema.js';
import { storedNames, type EntityRow } from './tally.js';

const OWN_NAMES = new Set(['name', 'acronym', 'alias']);

/** The actor's entities (of documents folded in), with their names. */
async function heldEntities(trx: Db, keys: string[]): Promise<EntityRow[]> {
  const out: EntityRow[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    out.push(...(await trx.selectFrom('doc_entities as de').select(['de.doc', 'de.local', 'de.key', 'de.name', 'de.type', 'de.kb_id', 'de.names'])
      .where('de.key', 'in', keys.slice(i, i + 500)).where((eb) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', 'de.doc')))).execute())
      .map((e) => ({ ...e, doc: Number(e.doc) })));
  }
  return out;
}

/** Keys every entity of these documents again with the names split off now; the edges of entities whose root changed move with them. */
export async function rekeyDocuments(trx: Db, docs: number[]): Promise<string[]> {
  const all = await entitiesOf(trx, docs);
  const sets = await entityKeySets(trx, all);
  const before = all.map((e) => ({ ...e }));
  const moved = await rekey(trx, all, sets);
  if (moved.length) {
    const claims = await claimEndsOf(trx, docs);
    await addEdges(trx, before, claims, -1);
    await addEdges(trx, all, claims, 1);
  }
  return [...sets.values()].flat();
}

/**
 * An analyst's split. When the name is that of one of several knowledge-base
 * entries the actor holds (after `merge "Boko Haram" ISWAP`, `split "Boko
 * Haram" ISWAP`), the analysts' merges that joined that entry are taken back.
 * Otherwise the name stops joining documents to the actor: the entities the
 * actor held only through that name go to an actor of their own (the name's),
 * and later ingests key such entities to it too. Returns the id of the actor
 * that now holds the name, or the actor's own when nothing moved.
 */
export async function splitAlias(d: SqlDialect, requested: string, alias: string, now: string): Promise<string> {
  const norm = normalizeName(alias);
  return (await d.resolver(async (trx) => {
    const actor = await actorNamed(trx, requested);
    const self = await nameOf(trx, actor);
    const keys = await keysOfActors(trx, [actor]);
    const entities = await heldEntities(trx, keys);
    const named = entities.map((e) => ({ e, names: storedNames(e) }));
    if (!named.some((x) => x.names.some((n) => n.norm === norm))) throw new NexusError('NotFound', `"${alias}" is not a name of this actor`, { subject: requested });
    const kbs = new Set(entities.map((e) => e.kb_id).filter((k): k is string => !!k));
    const aliasKbs = new Set(named.filter((x) => x.names.some((n) => n.norm === norm)).map((x) => x.e.kb_id));
    const [kbId] = [...aliasKbs];
    let links: Array<Schema['merge_links']> = [];
    let splitNames: Array<{ norm: string; row: Schema['split_names'] | null }> = [];
    if (kbs.size >= 2 && aliasKbs.size === 1 && kbId) {
      // A knowledge-base entry joined by an analyst's merge: take back the links that joined it.
      const id = keyId(`kb:${kbId}`);
      links = await trx.selectFrom('merge_links').selectAll().where((eb) => eb.or([eb('a', '=', id), eb('b', '=', id)])).execute();
      if (!links.length) throw new NexusError('UsageError', `"${alias}" joined this actor through documents, not a merge: nothing to split`, { subject: requested });
      for (const l of links) await trx.deleteFrom('merge_links').where('a', '=', l.a).where('b', '=', l.b).execute();
    } else {
      const movers = named.filter((x) => { const own = x.names.filter((n) => OWN_NAMES.has(n.how)); return own.length > 0 && own.every((n) => n.norm === norm); });
      if (movers.length === entities.length) throw new NexusError('UsageError', `"${alias}" is the only name of this actor: nothing to split`, { subject: requested });
      const classes = [...new Set(entities.map((e) => typeClass(e.type as EntityType)))];
      for (const cls of classes) {
        const row = (await trx.selectFrom('split_names').selectAll().where('norm', '=', `${cls}:${norm}`).executeTakeFirst()) ?? null;
        splitNames.push({ norm: `${cls}:${norm}`, row });
        await trx.insertInto('split_names').values({ norm: `${cls}:${norm}`, at: now }).onConflict((oc) => oc.column('norm').doUpdateSet({ at: now })).execute();
      }
    }
    const rekeyed = splitNames.length ? await rekeyDocuments(trx, [...new Set(entities.map((e) => e.doc))]) : [];
    const placed = await recompute(trx, [...keys, ...rekeyed, ...splitNames.map((s) => `name:${s.norm}`), ...(kbId ? [`kb:${kbId}`] : [])]);
    const moved = kbId && links.length ? placed.get(`kb:${kbId}`) : splitNames.map((s) => placed.get(`name:${s.norm}`)).find((a) => a);
    const stays = placed.get(keys.find((k) => placed.has(k) && placed.get(k) !== moved) ?? '') ?? actor;
    const target = moved && moved !== stays ? moved : stays;
    await recordDecision(trx, {
      kind: 'split', subject: actor, detail: alias, touches: [...new Set([actor, target, stays])],
      summary: target === stays ? `"${alias}" stopped joining documents to ${self} (${actor})` : `split "${alias}" off ${self} (${actor}) as ${target}`,
      undo: { kind: 'split', actor, target, norm, splitNames, links },
    }, now);
    return target;
  }, true))!;
}

