import { NexusError, type EntityType } from '../core/index.js';
import { nameKey } from '../corpus/index.js';
import { recount } from './decisions.js';
import type { Db, SqlDialect } from './dialect.js';
import { blockingDecision, findDecision, toRecord, type EntityRef, type UndoData } from './journal.js';
import type { DecisionRecord } from './types.js';

const JOINING = ['name', 'acronym', 'alias'];

/**
 * Reverses one decision in one transaction, so the store shows what it showed
 * before the decision (documents ingested since go where their names lead).
 * Refused while a later decision touching the same actors stands, or when an
 * ingest has since merged an actor it needs away.
 */
export async function undoDecision(d: SqlDialect, id: string | undefined, now: string): Promise<DecisionRecord> {
  return d.write(async (trx) => {
    const row = await findDecision(trx, id);
    const record = toRecord(row);
    if (row.undone_at) throw new NexusError('Conflict', `already undone on ${row.undone_at}`, { subject: row.id });
    if (!row.undo) throw new NexusError('Conflict', 'was recorded before nexus kept what undo needs; reverse it by hand (merge or split)', { subject: row.id });
    const later = await blockingDecision(trx, row);
    if (later) throw new NexusError('Conflict', `a later decision depends on it: undo ${later.id} first (${later.summary ?? later.kind})`, { subject: row.id });
    const data = JSON.parse(row.undo) as UndoData;
    if (data.kind === 'merge') await undoMerge(trx, d, data);
    else if (data.kind === 'split') await undoSplit(trx, d, data);
    else if (data.kind === 'claim-review') {
      await trx.deleteFrom('claim_reviews').where('signature', '=', data.signature).execute();
      if (data.before) await trx.insertInto('claim_reviews').values(data.before).execute();
    } else if (data.kind === 'assertion-review') {
      const k = data.key;
      await trx.deleteFrom('assertion_reviews').where('subject_id', '=', k.subject_id).where('predicate', '=', k.predicate).where('object_id', '=', k.object_id).where('polarity', '=', k.polarity).execute();
      if (data.before) await trx.insertInto('assertion_reviews').values(data.before).execute();
    } else {
      await trx.deleteFrom('source_grades').where('norm', '=', data.norm).execute();
      if (data.before) await trx.insertInto('source_grades').values(data.before).execute();
    }
    await trx.updateTable('decisions').set({ undone_at: now }).where('id', '=', row.id).execute();
    return { ...record, undoneAt: now };
  });
}

const refKey = ([doc, local]: EntityRef) => `${doc}|${local}`;

async function moveEntities(trx: Db, refs: EntityRef[], from: string, to: string): Promise<void> {
  for (const [doc, local] of refs) {
    await trx.updateTable('doc_entities').set({ actor_id: to }).where('document_id', '=', doc).where('local_id', '=', local).where('actor_id', '=', from).execute();
  }
}

/** Gives the merged actor back its row, keys, entities, split names and reviews. */
async function undoMerge(trx: Db, d: SqlDialect, u: Extract<UndoData, { kind: 'merge' }>): Promise<void> {
  const [into] = await d.lockActors(trx, [u.into]);
  if (!into) throw new NexusError('Conflict', 'an ingest has since merged the actor into another one; nothing to give back', { subject: u.into });
  if ((await d.lockActors(trx, [u.from])).length) throw new NexusError('Conflict', 'the merged actor exists again', { subject: u.from });
  await trx.insertInto('actors').values(u.fromActor).execute();
  const fromKeys = new Set(u.keys.map((k) => k.key));
  for (const k of u.keys) await trx.updateTable('actor_keys').set(k).where('key', '=', k.key).where('actor_id', '=', u.into).execute();
  // Entities stored since the merge go back with the merged actor when only its keys lead to them.
  const known = new Set(u.entities.map(refKey));
  const intoKeys = new Set((await trx.selectFrom('actor_keys').select('key').where('actor_id', '=', u.into).execute()).map((r) => r.key));
  const rest = await trx.selectFrom('doc_entities').select(['document_id', 'local_id', 'type', 'kb_id']).where('actor_id', '=', u.into).execute();
  const names = await trx.selectFrom('doc_names as dn').innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'dn.document_id').onRef('de.local_id', '=', 'dn.local_id'))
    .select(['dn.document_id', 'dn.local_id', 'dn.norm', 'dn.how']).where('de.actor_id', '=', u.into).where('dn.how', 'in', JOINING).execute();
  const keysOf = new Map<string, string[]>();
  for (const e of rest) keysOf.set(`${e.document_id}|${e.local_id}`, e.kb_id ? [`kb:${e.kb_id}`] : []);
  const typeOf = new Map(rest.map((e) => [`${e.document_id}|${e.local_id}`, e.type as EntityType]));
  for (const n of names) {
    const k = `${n.document_id}|${n.local_id}`;
    const list = keysOf.get(k);
    if (list && !list.some((x) => x.startsWith('kb:'))) list.push(nameKey(typeOf.get(k)!, n.norm));
  }
  const back = rest.filter((e) => {
    const k = `${e.document_id}|${e.local_id}`;
    if (known.has(k)) return true;
    const keys = keysOf.get(k) ?? [];
    return keys.some((x) => fromKeys.has(x)) && !keys.some((x) => intoKeys.has(x));
  }).map((e): EntityRef => [e.document_id, e.local_id]);
  await moveEntities(trx, back, u.into, u.from);
  for (const s of u.splitNames) await trx.updateTable('split_names').set({ actor_id: u.from }).where('norm', '=', s.norm).where('actor_id', '=', u.into).execute();
  // Reviews the merge carried over to the kept actor go; the merged actor's own come back.
  for (const r of u.reviews) {
    const moved = { subject_id: r.subject_id === u.from ? u.into : r.subject_id, object_id: r.object_id === u.from ? u.into : r.object_id };
    await trx.deleteFrom('assertion_reviews').where('subject_id', '=', moved.subject_id).where('object_id', '=', moved.object_id)
      .where('predicate', '=', r.predicate).where('polarity', '=', r.polarity).where('at', '=', r.at).execute();
    await trx.insertInto('assertion_reviews').values(r).onConflict((oc) => oc.doNothing()).execute();
  }
  await trx.updateTable('actors').set({ kb_id: u.intoKb }).where('id', '=', u.into).execute();
  await recount(trx, u.into);
  await recount(trx, u.from);
}

/** Brings the split-off entities back, and the keys and split names as they were. */
async function undoSplit(trx: Db, d: SqlDialect, u: Extract<UndoData, { kind: 'split' }>): Promise<void> {
  const ids = [...new Set([u.actor, u.target])].sort();
  const locked = await d.lockActors(trx, ids);
  if (!locked.includes(u.actor)) throw new NexusError('Conflict', 'an ingest has since merged the actor into another one', { subject: u.actor });
  if (u.created) {
    if (!locked.includes(u.target)) throw new NexusError('Conflict', 'an ingest has since merged the split-off actor into another one', { subject: u.target });
    // Everything that went to the new actor, then or since, came through the split.
    await trx.updateTable('doc_entities').set({ actor_id: u.actor }).where('actor_id', '=', u.target).execute();
    await trx.updateTable('actor_keys').set({ actor_id: u.actor }).where('actor_id', '=', u.target).execute();
    await trx.deleteFrom('actor_names').where('actor_id', '=', u.target).execute();
    await trx.deleteFrom('actors').where('id', '=', u.target).execute();
  }
  for (const k of u.keys) {
    await trx.deleteFrom('actor_keys').where('key', '=', k.key).execute();
    if (k.row) await trx.insertInto('actor_keys').values(k.row).execute();
  }
  for (const s of u.splitNames) {
    await trx.deleteFrom('split_names').where('norm', '=', s.norm).execute();
    if (s.row) await trx.insertInto('split_names').values(s.row).execute();
  }
  await trx.updateTable('actors').set({ kb_id: u.actorKb }).where('id', '=', u.actor).execute();
  await recount(trx, u.actor);
}
