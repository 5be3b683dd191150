import { NexusError } from '../core/index.js';
import { keysOfActors } from './decisions.js';
import { rekeyDocuments } from './split.js';
import type { Db, SqlDialect } from './dialect.js';
import { blockingDecision, findDecision, toRecord, type UndoData } from './journal.js';
import { recompute } from './recompute.js';
import type { DecisionRecord } from './types.js';

/**
 * Reverses one decision in one transaction, so the store shows what it showed
 * before the decision (documents ingested since go where their names lead).
 * A merge or a split is taken back (the link, the split name) and the actors
 * it touched are worked out again from the documents; a review or a grade is
 * put back as it was. Refused while a later decision touching the same
 * actors stands.
 */
export async function undoDecision(d: SqlDialect, id: string | undefined, now: string): Promise<DecisionRecord> {
  return (await d.resolver(async (trx) => {
    const row = await findDecision(trx, id);
    const record = toRecord(row);
    if (row.undone_at) throw new NexusError('Conflict', `already undone on ${row.undone_at}`, { subject: row.id });
    if (!row.undo) throw new NexusError('Conflict', 'was recorded before nexus kept what undo needs; reverse it by hand (merge or split)', { subject: row.id });
    const later = await blockingDecision(trx, row);
    if (later) throw new NexusError('Conflict', `a later decision depends on it: undo ${later.id} first (${later.summary ?? later.kind})`, { subject: row.id });
    const data = JSON.parse(row.undo) as UndoData;
    if (data.kind === 'merge') await undoMerge(trx, data);
    else if (data.kind === 'split') await undoSplit(trx, data);
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
  }, true))!;
}

/** The keys of the actors that hold keys with these ids now, whatever happened to those actors since. */
async function keysAround(trx: Db, ids: string[]): Promise<string[]> {
  const actors = ids.length ? (await trx.selectFrom('keys').select('actor').distinct().where('id', 'in', ids).execute()).map((r) => r.actor) : [];
  return keysOfActors(trx, [...new Set([...actors, ...ids])]);
}

async function undoMerge(trx: Db, u: Extract<UndoData, { kind: 'merge' }>): Promise<void> {
  if (u.added) await trx.deleteFrom('merge_links').where('a', '=', u.link.a).where('b', '=', u.link.b).execute();
  await recompute(trx, await keysAround(trx, [u.link.a, u.link.b]));
}

async function undoSplit(trx: Db, u: Extract<UndoData, { kind: 'split' }>): Promise<void> {
  for (const l of u.links) await trx.insertInto('merge_links').values(l).onConflict((oc) => oc.doNothing()).execute();
  for (const s of u.splitNames) {
    await trx.deleteFrom('split_names').where('norm', '=', s.norm).execute();
    if (s.row) await trx.insertInto('split_names').values(s.row).execute();
  }
  let rekeyed: string[] = [];
  if (u.splitNames.length) {
    // Every document whose entities use the name: their keys as they were before the split.
    const actors = (await trx.selectFrom('actor_names').select('actor').distinct().where('norm', '=', u.norm).execute()).map((r) => r.actor);
    const keys = await keysOfActors(trx, actors);
    const docs = new Set<number>();
    for (let i = 0; i < keys.length; i += 500) {
      for (const r of await trx.selectFrom('doc_entities').select('doc').distinct().where('key', 'in', keys.slice(i, i + 500)).execute()) docs.add(Number(r.doc));
    }
    rekeyed = [...keys, ...await rekeyDocuments(trx, [...docs])];
  }
  await recompute(trx, [...rekeyed, ...await keysAround(trx, [u.actor, u.target, ...u.links.flatMap((l) => [l.a, l.b])])]);
}
