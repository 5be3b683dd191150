import { NexusError } from '../core/index.js';
import { normalizeName, parseAssertionId } from '../corpus/index.js';
import type { Db, SqlDialect } from './dialect.js';
import { recordDecision } from './journal.js';
import { recompute } from './recompute.js';
import type { AdmiraltyReliability, ReviewDecision, ReviewTarget } from './types.js';

/** The actor an id names now (its own, or a key's of an actor it was merged into), or NotFound. */
export async function actorNamed(trx: Db, id: string): Promise<string> {
  const own = await trx.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst();
  const actor = own?.id ?? (await trx.selectFrom('keys').select('actor').where('id', '=', id).executeTakeFirst())?.actor;
  if (!actor) throw new NexusError('NotFound', 'no such actor', { subject: id });
  return actor;
}

export async function keysOfActors(trx: Db, actors: string[]): Promise<string[]> {
  return actors.length ? (await trx.selectFrom('keys').select('key').where('actor', 'in', actors).execute()).map((r) => r.key) : [];
}

export async function nameOf(trx: Db, id: string): Promise<string> {
  return (await trx.selectFrom('actors').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id;
}

/**
 * An analyst's merge: a recorded link between the two actors' ids. The
 * actors' keys become one actor (named after the least of its keys, so the
 * merged actor has one of the two ids and the other still finds it), and
 * later documents with any of those keys follow. Undone by taking the link
 * back (src/store/undo.ts).
 */
export async function mergeActors(d: SqlDialect, into: string, from: string, now: string): Promise<void> {
  if (into === from) throw new NexusError('UsageError', 'cannot merge an actor with itself', { subject: into });
  await d.resolver(async (trx) => {
    const [a, b] = [await actorNamed(trx, into), await actorNamed(trx, from)];
    if (a === b) throw new NexusError('UsageError', 'these are one actor already', { subject: into });
    const summary = `merged ${await nameOf(trx, b)} (${b}) into ${await nameOf(trx, a)} (${a})`;
    const link = { a, b, at: now };
    const added = !!(await trx.insertInto('merge_links').values(link).onConflict((oc) => oc.doNothing()).returning('a').executeTakeFirst());
    await recompute(trx, await keysOfActors(trx, [a, b]));
    await recordDecision(trx, { kind: 'merge', subject: a, detail: b, touches: [a, b], summary, undo: { kind: 'merge', link, added } }, now);
  }, true);
}

export async function gradeSource(d: SqlDialect, name: string, grade: AdmiraltyReliability, now: string): Promise<void> {
  const norm = normalizeName(name);
  await d.resolver(async (trx) => {
    const before = (await trx.selectFrom('source_grades').selectAll().where('norm', '=', norm).executeTakeFirst()) ?? null;
    await trx.insertInto('source_grades').values({ norm, name, grade, at: now })
      .onConflict((oc) => oc.column('norm').doUpdateSet({ name, grade, at: now })).execute();
    await recordDecision(trx, {
      kind: 'grade', subject: norm, detail: grade, touches: [`source:${norm}`],
      summary: `graded ${name} ${grade}${before ? ` (was ${before.grade})` : ''}`, undo: { kind: 'grade', norm, before },
    }, now);
  }, true);
}

const VERB = { accepted: 'accepted', rejected: 'rejected', clear: 'cleared the review of' } as const;

/** Reviews attach to what identifies a claim or an assertion across re-extraction, so they survive a re-ingest. */
export async function review(d: SqlDialect, target: ReviewTarget, decision: ReviewDecision | 'clear', now: string): Promise<void> {
  await d.resolver(async (trx) => {
    if (target.kind === 'claim') {
      const cut = target.id.indexOf(':');
      const claim = cut < 0 ? undefined : await trx.selectFrom('claims as c').innerJoin('documents as d', 'd.n', 'c.doc')
        .select(['c.signature', 'c.predicate', 'c.quote', 'c.quote_start', 'c.quote_end', 'd.text'])
        .where('d.id', '=', target.id.slice(0, cut)).where('c.local', '=', target.id.slice(cut + 1)).executeTakeFirst();
      if (!claim) throw new NexusError('NotFound', 'no such claim', { subject: target.id });
      const quote = claim.quote ?? claim.text.slice(claim.quote_start, claim.quote_end);
      const before = (await trx.selectFrom('claim_reviews').selectAll().where('signature', '=', claim.signature).executeTakeFirst()) ?? null;
      await trx.deleteFrom('claim_reviews').where('signature', '=', claim.signature).execute();
      if (decision !== 'clear') await trx.insertInto('claim_reviews').values({ signature: claim.signature, decision, at: now }).execute();
      await recordDecision(trx, {
        kind: 'review', subject: target.id, detail: decision, touches: [`claim:${claim.signature}`],
        summary: `${VERB[decision]} claim ${target.id} (${claim.predicate}: "${quote.slice(0, 60)}")`,
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
    await recordDecision(trx, {
      kind: 'review', subject: target.id, detail: decision, touches: [s, o, `assertion:${target.id}`],
      summary: `${VERB[decision]} assertion ${target.id}`, undo: { kind: 'assertion-review', key: where, before },
    }, now);
  }, true);
}
