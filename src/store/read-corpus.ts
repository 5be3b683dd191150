import { sql } from 'kysely';
import type { Polarity, Predicate } from '../core/index.js';
import { assertionId, buildAssertions, findContradictions, loadSeedGrades, normalizeName, parseAssertionId, type DocInfo, type GradeOf, type SeedGrade } from '../corpus/index.js';
import type { Db } from './dialect.js';
import { readClaims, type ClaimQuery } from './read-claims.js';
import { currentActor, summaries } from './read-actors.js';
import type { AdmiraltyReliability, Assertion, AssertionFilter, Contradiction, Graph, GraphSelection, ReviewDecision, SourceInfo, StoredClaim } from './types.js';

let seeds: Map<string, SeedGrade> | undefined;

/** Grades by normalised name: the store's own (an analyst's), over the seeded ones of data/source-grades.json. */
async function grades(db: Db): Promise<Map<string, AdmiraltyReliability>> {
  seeds ??= loadSeedGrades();
  const out = new Map<string, AdmiraltyReliability>([...seeds].map(([norm, s]) => [norm, s.grade]));
  for (const r of await db.selectFrom('source_grades').select(['norm', 'grade']).execute()) out.set(r.norm, r.grade as AdmiraltyReliability);
  return out;
}

/** The grade of a claim's innermost source (the actor it is attributed to) when graded, else of its publisher. */
export function gradeLookup(byName: Map<string, AdmiraltyReliability>): GradeOf {
  return (c) => {
    if (c.attributedTo !== 'author') {
      const g = byName.get(normalizeName(c.attributedTo.name));
      if (g) return { who: c.attributedTo.name, grade: g };
    }
    return { who: c.publisher, grade: byName.get(normalizeName(c.publisher)) };
  };
}

/** Analysts' decisions on assertions, under the ids their actors have now (a review made before a merge follows it). */
export async function assertionReviews(db: Db): Promise<Map<string, ReviewDecision>> {
  const rows = await db.selectFrom('assertion_reviews as ar').leftJoin('keys as sk', 'sk.id', 'ar.subject_id').leftJoin('keys as ok', 'ok.id', 'ar.object_id')
    .select(['ar.subject_id', 'ar.object_id', 'ar.predicate', 'ar.polarity', 'ar.decision', 'ar.at', 'sk.actor as s', 'ok.actor as o']).orderBy('ar.at').execute();
  return new Map(rows.map((r) => [assertionId(r.s ?? r.subject_id, r.predicate as Predicate, r.o ?? r.object_id, r.polarity as Polarity), r.decision as ReviewDecision]));
}

async function docInfo(db: Db, ids: string[]): Promise<Map<string, DocInfo>> {
  const out = new Map<string, DocInfo>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('documents').select(['id', 'publisher', 'published', 'ingested_at', 'fingerprint']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, { id: r.id, publisher: r.publisher, ...(r.published ? { published: r.published } : {}), ingestedAt: r.ingested_at, fingerprint: r.fingerprint });
  }
  return out;
}

export async function assembleAssertions(db: Db, claims: StoredClaim[]): Promise<Assertion[]> {
  const reviews = await assertionReviews(db);
  return buildAssertions(claims, { docs: await docInfo(db, [...new Set(claims.map((c) => c.documentId))]), gradeOf: gradeLookup(await grades(db)), reviews });
}

export async function readAssertions(db: Db, f: AssertionFilter & Pick<ClaimQuery, 'anyOf' | 'bothIn' | 'predicates' | 'between'>): Promise<Assertion[]> {
  const { limit, minSources, ...claimFilter } = f;
  const all = await assembleAssertions(db, await readClaims(db, claimFilter));
  return all
    .filter((a) => (f.includeRejected || a.review !== 'rejected') && a.independentSources >= (minSources ?? 0))
    .sort((a, b) => b.independentSources - a.independentSources || b.credibility.score - a.credibility.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit ?? Infinity);
}

export async function readAssertion(db: Db, requested: string): Promise<Assertion | undefined> {
  const key = parseAssertionId(requested);
  if (!key) return undefined;
  const [s, o] = [await currentActor(db, key.subject), await currentActor(db, key.object)];
  if (!s || !o) return undefined;
  const id = assertionId(s, key.predicate, o, key.polarity);
  const claims = (await readClaims(db, { between: await lessDocumented(db, s, o), predicate: key.predicate, polarity: key.polarity, includeRejected: true }))
    .filter((c) => assertionId(c.subject.id, c.predicate, c.object.id, c.polarity) === id);
  return claims.length ? (await assembleAssertions(db, claims))[0] : undefined;
}

export async function readContradictions(db: Db, actor?: string): Promise<Contradiction[]> {
  return findContradictions(await readAssertions(db, { actor }));
}

export async function readSources(db: Db): Promise<SourceInfo[]> {
  const byName = await grades(db);
  const publishers = await db.selectFrom('documents').select(['publisher', sql<number>`count(*)`.as('docs'), sql<string>`min(published)`.as('first'), sql<string>`max(published)`.as('last')]).groupBy('publisher').execute();
  const claimCounts = new Map((await db.selectFrom('claims as c').innerJoin('documents as d', 'd.n', 'c.doc').select(['d.publisher', sql<number>`count(*)`.as('n')]).groupBy('d.publisher').execute()).map((r) => [r.publisher, Number(r.n)]));
  const out: SourceInfo[] = publishers.map((p) => ({
    name: p.publisher, kind: 'publisher', ...(byName.get(normalizeName(p.publisher)) ? { grade: byName.get(normalizeName(p.publisher)) } : {}),
    documents: Number(p.docs), claims: claimCounts.get(p.publisher) ?? 0, ...(p.first ? { firstSeen: p.first } : {}), ...(p.last ? { lastSeen: p.last } : {}),
  }));
  const speakers = await db.selectFrom('claims as c').innerJoin('documents as d', 'd.n', 'c.doc')
    .innerJoin('doc_entities as ae', (j) => j.onRef('ae.doc', '=', 'c.doc').onRef('ae.local', '=', 'c.attributed'))
    .innerJoin('keys as k', 'k.key', 'ae.key').innerJoin('actors as a', 'a.id', 'k.actor')
    .select(['a.name', sql<number>`count(distinct c.doc)`.as('docs'), sql<number>`count(*)`.as('n'), sql<string>`min(d.published)`.as('first'), sql<string>`max(d.published)`.as('last')])
    .groupBy('a.name').execute();
  for (const s of speakers) {
    const grade = byName.get(normalizeName(s.name));
    out.push({ name: s.name, kind: 'actor', ...(grade ? { grade } : {}), documents: Number(s.docs), claims: Number(s.n), ...(s.first ? { firstSeen: s.first } : {}), ...(s.last ? { lastSeen: s.last } : {}) });
  }
  const known = new Set(out.map((s) => normalizeName(s.name)));
  for (const g of await db.selectFrom('source_grades').selectAll().execute()) {
    if (!known.has(g.norm)) out.push({ name: g.name, kind: 'publisher', grade: g.grade as AdmiraltyReliability, documents: 0, claims: 0 });
  }
  return out.sort((a, b) => b.claims - a.claims || b.documents - a.documents || (a.name < b.name ? -1 : 1));
}

/** The actors within `depth` hops of the start actors (or all), and the assertions among them. */
export async function readGraph(db: Db, s: GraphSelection): Promise<Graph> {
  const filter = { from: s.from, to: s.to, predicates: s.predicates, includeRejected: s.includeRejected, minSources: s.minSources };
  let edges: Assertion[];
  if (s.actors?.length) {
    const nodes = new Set(s.actors);
    let frontier = [...nodes];
    for (let d = 0; d < (s.depth ?? 1) && frontier.length; d++) {
      const found = await readAssertions(db, { ...filter, anyOf: frontier });
      frontier = [...new Set(found.flatMap((a) => [a.subject.id, a.object.id]))].filter((id) => !nodes.has(id));
      for (const id of frontier) nodes.add(id);
    }
    edges = await readAssertions(db, { ...filter, bothIn: [...nodes] });
  } else {
    edges = await readAssertions(db, filter);
  }
  const ids = [...new Set([...(s.actors ?? []), ...edges.flatMap((a) => [a.subject.id, a.object.id])])];
  return { nodes: await summaries(db, ids), edges };
}

/** The two actors, the one named in fewer documents first (its documents are the ones read). */
export async function lessDocumented(db: Db, a: string, b: string): Promise<[string, string]> {
  const rows = new Map((await db.selectFrom('actors').select(['id', 'documents']).where('id', 'in', [a, b]).execute()).map((r) => [r.id, Number(r.documents)]));
  return (rows.get(a) ?? 0) <= (rows.get(b) ?? 0) ? [a, b] : [b, a];
}
