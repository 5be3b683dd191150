import { sql, type ExpressionBuilder } from 'kysely';
import type { EntityType, Modality, Polarity, Predicate } from '../core/index.js';
import type { Db } from './dialect.js';
import type { Schema } from './schema.js';
import type { ActorRef, ClaimFilter, Quote, ReviewDecision, StoredClaim } from './types.js';

export type ClaimQuery = ClaimFilter & { anyOf?: string[]; bothIn?: string[]; predicates?: Predicate[] };

const onEntity = (alias: 'se' | 'oe' | 'ae' | 'pe' | 're', column: 'subject_local' | 'object_local' | 'attributed_local' | 'place_local' | 'recipient_local') =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (join: any) => join.onRef(`${alias}.document_id`, '=', 'c.document_id').onRef(`${alias}.local_id`, '=', `c.${column}`);

/** A claim with its document and the actors at its ends, its source and its place, and any review. */
function base(db: Db) {
  return db.selectFrom('claims as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .innerJoin('doc_entities as se', onEntity('se', 'subject_local')).innerJoin('actors as sa', 'sa.id', 'se.actor_id')
    .innerJoin('doc_entities as oe', onEntity('oe', 'object_local')).innerJoin('actors as oa', 'oa.id', 'oe.actor_id')
    .leftJoin('doc_entities as ae', onEntity('ae', 'attributed_local')).leftJoin('actors as aa', 'aa.id', 'ae.actor_id')
    .leftJoin('doc_entities as pe', onEntity('pe', 'place_local')).leftJoin('actors as pa', 'pa.id', 'pe.actor_id')
    .leftJoin('doc_entities as re', onEntity('re', 'recipient_local')).leftJoin('actors as ra', 'ra.id', 're.actor_id')
    .leftJoin('claim_reviews as cr', 'cr.signature', 'c.signature');
}

const when = sql<string>`coalesce(c.event_date, d.published)`;

/** The claims a filter keeps, before what is read of them (so that the count and the rows agree). */
function filtered(db: Db, f: ClaimQuery) {
  let q = base(db);
  if (f.subject) q = q.where('sa.id', '=', f.subject);
  if (f.object) q = q.where('oa.id', '=', f.object);
  if (f.actor) q = q.where((eb) => eb.or([eb('sa.id', '=', f.actor!), eb('oa.id', '=', f.actor!)]));
  if (f.anyOf) q = q.where((eb) => eb.or([eb('sa.id', 'in', f.anyOf!), eb('oa.id', 'in', f.anyOf!)]));
  if (f.bothIn) q = q.where('sa.id', 'in', f.bothIn).where('oa.id', 'in', f.bothIn);
  if (f.predicate) q = q.where('c.predicate', '=', f.predicate);
  if (f.predicates?.length) q = q.where('c.predicate', 'in', f.predicates);
  if (f.polarity) q = q.where('c.polarity', '=', f.polarity);
  if (f.modality) q = q.where('c.modality', '=', f.modality);
  if (f.documentId) q = q.where('c.document_id', '=', f.documentId);
  if (f.source) q = q.where(sql`lower(d.publisher)`, '=', f.source.toLowerCase());
  // A date of any precision matches when its interval meets [from, to]: compare it with the bound cut to its length.
  if (f.from) q = q.where(when, '>=', sql<string>`substr(${f.from}, 1, length(${when}))`);
  if (f.to) q = q.where(when, '<=', sql<string>`substr(${f.to}, 1, length(${when}))`);
  if (!f.includeRejected) q = q.where((eb: ExpressionBuilder<any, any>) => eb.or([eb('cr.decision', 'is', null), eb('cr.decision', '!=', 'rejected')])); // eslint-disable-line @typescript-eslint/no-explicit-any
  return q;
}

/** How many claims a filter keeps (limit and offset aside). */
export async function countClaims(db: Db, f: ClaimQuery): Promise<number> {
  const row = await filtered(db, f).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function readClaims(db: Db, f: ClaimQuery): Promise<StoredClaim[]> {
  let q = filtered(db, f).select([
    'c.id', 'c.document_id', 'c.predicate', 'c.polarity', 'c.modality', 'c.event_date', 'c.amount', 'c.role', 'c.quote_text', 'c.quote_start',
    'c.quote_end', 'c.more', 'c.rule', 'c.confidence', 'd.published', 'd.publisher', 'cr.decision',
    'sa.id as s_id', 'sa.name as s_name', 'sa.type as s_type', 'oa.id as o_id', 'oa.name as o_name', 'oa.type as o_type',
    'aa.id as a_id', 'aa.name as a_name', 'aa.type as a_type', 'pa.id as p_id', 'pa.name as p_name', 'pa.type as p_type',
    'ra.id as r_id', 'ra.name as r_name', 'ra.type as r_type',
  ]);
  q = q.orderBy(when).orderBy('c.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset) q = q.limit(f.limit ?? 1_000_000_000).offset(f.offset);
  const rows = await q.execute();
  return rows.map((r) => {
    const ref = (id: string | null, name: string | null, type: string | null): ActorRef | undefined => (id ? { id, name: name!, type: type as EntityType } : undefined);
    const claim: StoredClaim = {
      id: r.id, documentId: r.document_id, subject: ref(r.s_id, r.s_name, r.s_type)!, predicate: r.predicate as Predicate, object: ref(r.o_id, r.o_name, r.o_type)!,
      polarity: r.polarity as Polarity, modality: r.modality as Modality, attributedTo: ref(r.a_id, r.a_name, r.a_type) ?? 'author',
      quote: { text: r.quote_text, start: Number(r.quote_start), end: Number(r.quote_end) }, more: JSON.parse(r.more) as Quote[],
      publisher: r.publisher, rule: r.rule, confidence: Number(r.confidence),
    };
    if (r.event_date) claim.eventDate = r.event_date;
    if (r.published) claim.published = r.published;
    if (r.amount) claim.amount = JSON.parse(r.amount);
    const place = ref(r.p_id, r.p_name, r.p_type);
    if (place) claim.place = place;
    const recipient = ref(r.r_id, r.r_name, r.r_type);
    if (recipient) claim.recipient = recipient;
    if (r.role) claim.role = r.role;
    if (r.decision) claim.review = r.decision as ReviewDecision;
    return claim;
  });
}

export type { Schema };
