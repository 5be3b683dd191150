import { sql } from 'kysely';
import { NexusError } from '../core/index.js';
import { shortHash } from '../corpus/index.js';
import type { Db } from './dialect.js';
import type { Schema } from './schema.js';
import type { DecisionRecord } from './types.js';

type Row<T extends keyof Schema> = Schema[T];

/**
 * What restores the store to its state before a decision; kept as JSON in
 * `decisions.undo`. Merges and splits are decisions over ids and names (a
 * link between two actor ids, a name that joins nothing), so undoing one
 * takes the link or the name back and works the actors out again.
 */
export type UndoData =
  | { kind: 'merge'; link: Row<'merge_links'>; added: boolean }
  | {
    kind: 'split'; actor: string; target: string; norm: string;
    splitNames: Array<{ norm: string; row: Row<'split_names'> | null }>; links: Array<Row<'merge_links'>>;
  }
  | { kind: 'claim-review'; signature: string; before: Row<'claim_reviews'> | null }
  | { kind: 'assertion-review'; key: Omit<Row<'assertion_reviews'>, 'decision' | 'at'>; before: Row<'assertion_reviews'> | null }
  | { kind: 'grade'; norm: string; before: Row<'source_grades'> | null };

export interface NewDecision {
  kind: DecisionRecord['kind'];
  subject: string;
  detail: string;
  summary: string;
  /**
   * What the decision touches: actor ids, and "claim:<signature>",
   * "assertion:<key>", "source:<name>". Undoing it waits for every later
   * decision that touches one of them.
   */
  touches: string[];
  undo: UndoData;
}

/** Appends a decision to the journal, inside the decision's own transaction (which holds the resolver's lock: one decision at a time). */
export async function recordDecision(trx: Db, decision: NewDecision, now: string): Promise<string> {
  const last = await trx.selectFrom('decisions').select(sql<number | null>`max(seq)`.as('seq')).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const id = shortHash(decision.kind, decision.subject, decision.detail, now, String(seq));
  await trx.insertInto('decisions').values({
    id, kind: decision.kind, subject: decision.subject, detail: decision.detail, at: now, seq,
    summary: decision.summary, actors: JSON.stringify(decision.touches), undo: JSON.stringify(decision.undo), undone_at: null,
  }).execute();
  return id;
}

export function toRecord(r: Row<'decisions'>): DecisionRecord {
  return {
    id: r.id, seq: Number(r.seq ?? 0), kind: r.kind as DecisionRecord['kind'], at: r.at,
    summary: r.summary ?? `${r.kind} ${r.subject} ${r.detail}`,
    ...(r.undone_at ? { undoneAt: r.undone_at } : {}),
    undoable: !!r.undo,
  };
}

export async function listDecisions(db: Db, options: { limit?: number; active?: boolean } = {}): Promise<DecisionRecord[]> {
  let q = db.selectFrom('decisions').selectAll().orderBy(sql`coalesce(seq, 0)`, 'desc').orderBy('at', 'desc');
  if (options.active) q = q.where('undone_at', 'is', null);
  if (options.limit) q = q.limit(options.limit);
  return (await q.execute()).map(toRecord);
}

/** The decision an undo names (an id or a unique prefix of one), or the latest not undone. */
export async function findDecision(trx: Db, id?: string): Promise<Row<'decisions'>> {
  if (!id) {
    const latest = await trx.selectFrom('decisions').selectAll().where('undone_at', 'is', null).where('undo', 'is not', null)
      .orderBy('seq', 'desc').limit(1).executeTakeFirst();
    if (!latest) throw new NexusError('NotFound', 'no decision to undo (see `nexus history`)');
    return latest;
  }
  const wanted = id.trim().toLowerCase();
  if (wanted.length < 4) throw new NexusError('UsageError', 'give at least 4 characters of a decision id (see `nexus history`)', { subject: id });
  const rows = await trx.selectFrom('decisions').selectAll().where('id', 'like', `${wanted.replace(/[%_\\]/g, '')}%`).limit(5).execute();
  if (!rows.length) throw new NexusError('NotFound', 'no decision has this id (see `nexus history`)', { subject: id });
  if (rows.length > 1) throw new NexusError('Ambiguous', `names ${rows.length} decisions: ${rows.map((r) => r.id).join(', ')}`, { subject: id });
  return rows[0];
}

/** A later decision still in force that touches what this one touched: it must be undone first. */
export async function blockingDecision(trx: Db, row: Row<'decisions'>): Promise<Row<'decisions'> | undefined> {
  const touched = new Set<string>(JSON.parse(row.actors ?? '[]'));
  const later = await trx.selectFrom('decisions').selectAll().where('seq', '>', Number(row.seq)).where('undone_at', 'is', null).orderBy('seq', 'desc').execute();
  return later.find((l) => (JSON.parse(l.actors ?? '[]') as string[]).some((t) => touched.has(t)));
}
