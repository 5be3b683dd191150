import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { EntityType, Modality, Polarity, Predicate } from '../core/index.js';
import type { Db } from './dialect.js';
import type { Schema } from './schema.js';
import type { ActorRef, ClaimFilter, Quote, ReviewDecision, StoredClaim } from './types.js';

export type ClaimQuery = ClaimFilter & {
  anyOf?: string[];
  bothIn?: string[];
  predicates?: Predicate[];
  /** Claims between two actors, either way round; the documents of the first are read, so put the less documented first. */
  between?: [string, string];
};

type Side = 'se' | 'oe' | 'ae' | 'pe' | 're';
const onEntity = (alias: Side, column: 'subject' | 'object' | 'attributed' | 'place' | 'recipient') =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (join: any) => join.onRef(`${alias}.doc`, '=', 'c.doc').onRef(`${alias}.local`, '=', `c.${column}`);

/**
 * Claims with their document and any review, and (`ends`) the actors at their
 * ends through the entities' root keys; all that filters and ordering need.
 * Claims of documents the resolver has not folded in yet are left out, so
 * that readers never see an actor half made. With `from`, only the claims it
 * names are read (those with an end among some actors, found from the actors'
 * entities by the keys' and the claims' indexes, or a page's): they are kept
 * apart (a materialised CTE), so that the planner joins the rest to them alone; left
 * to itself, PostgreSQL misjudged how few claims an actor filter keeps and
 * joined all the claims with all the entities first (0.9 s for an actor
 * named in one document of eight, of 10,000).
 */
function narrow(db: Db, ends: boolean, from?: Driver) {
  let q = from
    ? (db.with((wb) => wb('m(doc, local)').materialized(), (qc) => (Array.isArray(from) ? claimsAround(qc as unknown as Db, from) : from.pairs) as never) as unknown as Db)
      .selectFrom('m' as 'claims').crossJoin('claims as c').whereRef('c.doc', '=', 'm.doc' as 'claims.doc').whereRef('c.local', '=', 'm.local' as 'claims.local')
    : db.selectFrom('claims as c');
  q = (q as typeof q).innerJoin('documents as d', 'd.n', 'c.doc').leftJoin('claim_reviews as cr', 'cr.signature', 'c.signature')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', 'c.doc')))) as typeof q;
  if (ends) {
    q = q.innerJoin('doc_entities as se', onEntity('se', 'subject')).innerJoin('keys as sk', 'sk.key', 'se.key')
      .innerJoin('doc_entities as oe', onEntity('oe', 'object')).innerJoin('keys as ok', 'ok.key', 'oe.key') as typeof q;
  }
  return q as SelectQueryBuilder<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Where the claims read come from: claims with an end among these actors, or
 * these claims (a page found already), as a materialised CTE that the query
 * starts from, cross-joined to the claims: SQLite keeps a cross join's order,
 * and the whole query joins 16 tables, more than PostgreSQL reorders
 * (join_collapse_limit), so on both the CTE is read first.
 */
type Driver = string[] | { pairs: RawBuilder<unknown> };

/** Claims by their primary keys, as a list of rows typed so that PostgreSQL compares them as the columns. */
function pairsOf(rows: Array<{ [column: string]: unknown }>): { pairs: RawBuilder<unknown> } {
  return { pairs: sql`(values ${sql.join(rows.map((r) => sql`(cast(${Number(r.doc)} as bigint), cast(${String(r.local)} as text))`))})` };
}

/** The claims (document and local id) with an end that is one of the actors' entities. */
function claimsAround(db: Db, actors: string[]) {
  return db.selectFrom('doc_entities as de').innerJoin('keys as k', 'k.key', 'de.key')
    .innerJoin('claims as x', (j) => j.onRef('x.doc', '=', 'de.doc').on((eb) => eb.or([eb('x.subject', '=', eb.ref('de.local')), eb('x.object', '=', eb.ref('de.local'))])))
    .where('k.actor', 'in', actors).select(['x.doc', 'x.local']).distinct();
}

/** The actors whose claims a filter reads (the first actor it names); undefined when it names none. */
function aroundOf(f: ClaimQuery): string[] | undefined {
  if (f.subject) return [f.subject];
  if (f.object) return [f.object];
  if (f.actor) return [f.actor];
  if (f.anyOf) return f.anyOf;
  if (f.between) return [f.between[0]];
  return undefined;
}

/** Everything a StoredClaim shows: the ends, source, place and recipient as actors with their names. */
function full(db: Db, from?: Driver) {
  return narrow(db, true, from).innerJoin('actors as sa', 'sa.id', 'sk.actor').innerJoin('actors as oa', 'oa.id', 'ok.actor')
    .leftJoin('doc_entities as ae', onEntity('ae', 'attributed')).leftJoin('keys as ak', 'ak.key', 'ae.key').leftJoin('actors as aa', 'aa.id', 'ak.actor')
    .leftJoin('doc_entities as pe', onEntity('pe', 'place')).leftJoin('keys as pk', 'pk.key', 'pe.key').leftJoin('actors as pa', 'pa.id', 'pk.actor')
    .leftJoin('doc_entities as re', onEntity('re', 'recipient')).leftJoin('keys as rk', 'rk.key', 're.key').leftJoin('actors as ra', 'ra.id', 'rk.actor')
    .select([
      'd.id as doc_id', 'c.doc', 'c.local', 'c.predicate', 'c.polarity', 'c.modality', 'c.event_date', 'c.amount', 'c.role', 'c.quote', 'c.quote_start',
      'c.quote_end', 'c.more', 'c.rule', 'c.confidence', 'd.published', 'd.publisher', 'cr.decision',
      'sa.id as s_id', 'sa.name as s_name', 'sa.type as s_type', 'oa.id as o_id', 'oa.name as o_name', 'oa.type as o_type',
      'aa.id as a_id', 'aa.name as a_name', 'aa.type as a_type', 'pa.id as p_id', 'pa.name as p_name', 'pa.type as p_type',
      'ra.id as r_id', 'ra.name as r_name', 'ra.type as r_type',
    ]);
}

/** When a claim holds: its event date, else its document's publication date; undated claims last. */
export const when = sql<string>`coalesce(c.event_date, d.published, '9999')`;
const dated = sql<string>`coalesce(c.event_date, d.published)`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Q = SelectQueryBuilder<any, any, any>;

const byActor = (f: ClaimQuery) => !!(f.subject || f.object || f.actor || f.anyOf || f.bothIn || f.between);

function filtered(f: ClaimQuery, base: Q): Q {
  let q: Q = base;
  // The base query reads only claims around the filter's first actor (narrow); these say which end it must be.
  if (f.subject) q = q.where('sk.actor', '=', f.subject);
  if (f.object) q = q.where('ok.actor', '=', f.object);
  if (f.actor) q = q.where((eb) => eb.or([eb('sk.actor', '=', f.actor!), eb('ok.actor', '=', f.actor!)]));
  if (f.anyOf) q = q.where((eb) => eb.or([eb('sk.actor', 'in', f.anyOf!), eb('ok.actor', 'in', f.anyOf!)]));
  if (f.bothIn) q = q.where('sk.actor', 'in', f.bothIn).where('ok.actor', 'in', f.bothIn);
  if (f.between) {
    const [a, b] = f.between;
    q = q.where((eb) => eb.or([eb.and([eb('sk.actor', '=', a), eb('ok.actor', '=', b)]), eb.and([eb('sk.actor', '=', b), eb('ok.actor', '=', a)])]));
  }
  if (f.predicate) q = q.where('c.predicate', '=', f.predicate);
  if (f.predicates?.length) q = q.where('c.predicate', 'in', f.predicates);
  if (f.polarity) q = q.where('c.polarity', '=', f.polarity);
  if (f.modality) q = q.where('c.modality', '=', f.modality);
  if (f.documentId) q = q.where('d.id', '=', f.documentId);
  if (f.source) q = q.where(sql`lower(d.publisher)`, '=', f.source.toLowerCase());
  // A date of any precision matches when its interval meets [from, to]: compare it with the bound cut to its length.
  if (f.from) q = q.where(dated, '>=', sql<string>`substr(${f.from}, 1, length(${dated}))`);
  if (f.to) q = q.where(dated, '<=', sql<string>`substr(${f.to}, 1, length(${dated}))`);
  if (!f.includeRejected) q = q.where((eb: ExpressionBuilder<any, any>) => eb.or([eb('cr.decision', 'is', null), eb('cr.decision', '!=', 'rejected')])); // eslint-disable-line @typescript-eslint/no-explicit-any
  return q;
}

/**
 * Claims in date order (then document id and claim id). A page (`limit`,
 * `offset`) is found first from the claims and documents alone, ordered and
 * cut in SQL, and only its claims are then read whole; the quotes are cut
 * from their documents' text here, for the claims read.
 */
export async function readClaims(db: Db, f: ClaimQuery): Promise<StoredClaim[]> {
  const ordered = (q: Q) => q.orderBy(when).orderBy('d.id').orderBy('c.local');
  const around = aroundOf(f);
  if (f.limit === undefined && !f.offset) return withQuotes(db, await ordered(filtered(f, full(db, around))).execute());
  const page = await ordered(filtered(f, narrow(db, byActor(f), around)).select(['c.doc', 'c.local'])).limit(f.limit ?? 1_000_000_000).offset(f.offset ?? 0).execute();
  if (!page.length) return [];
  const rank = new Map(page.map((r, i) => [`${r.doc}:${r.local}`, i]));
  const rows: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (let i = 0; i < page.length; i += 500) rows.push(...await full(db, pairsOf(page.slice(i, i + 500))).execute());
  rows.sort((a, b) => rank.get(`${a.doc}:${a.local}`)! - rank.get(`${b.doc}:${b.local}`)!);
  return withQuotes(db, rows);
}

/** How many claims a filter matches (for "showing 50 of 804"). */
export async function countClaims(db: Db, f: ClaimQuery): Promise<number> {
  const row = await filtered(f, narrow(db, byActor(f), aroundOf(f))).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Quotes stored as offsets are cut from their document's text, read once per document. */
async function withQuotes(db: Db, rows: any[]): Promise<StoredClaim[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const need = [...new Set(rows.filter((r) => r.quote === null).map((r) => Number(r.doc)))];
  const texts = new Map<number, string>();
  for (let i = 0; i < need.length; i += 200) {
    for (const d of await db.selectFrom('documents').select(['n', 'text']).where('n', 'in', need.slice(i, i + 200)).execute()) texts.set(Number(d.n), d.text);
  }
  return rows.map((r) => toClaim({ ...r, quote_text: r.quote ?? texts.get(Number(r.doc))?.slice(Number(r.quote_start), Number(r.quote_end)) ?? '' }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toClaim(r: any): StoredClaim {
  const ref = (id: string | null, name: string | null, type: string | null): ActorRef | undefined => (id ? { id, name: name!, type: type as EntityType } : undefined);
  const claim: StoredClaim = {
    id: `${r.doc_id}:${r.local}`, documentId: r.doc_id, subject: ref(r.s_id, r.s_name, r.s_type)!, predicate: r.predicate as Predicate, object: ref(r.o_id, r.o_name, r.o_type)!,
    polarity: r.polarity as Polarity, modality: r.modality as Modality, attributedTo: ref(r.a_id, r.a_name, r.a_type) ?? 'author',
    quote: { text: r.quote_text, start: Number(r.quote_start), end: Number(r.quote_end) }, more: r.more ? (JSON.parse(r.more) as Quote[]) : [],
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
}

export type { Schema };
