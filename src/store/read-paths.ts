import { sql } from 'kysely';
import { addEdge, assertionId, hopRank, simplePaths, type Adjacency, type EvidencePath } from '../corpus/index.js';
import type { Predicate } from '../core/index.js';
import { chunks } from './batch.js';
import type { Db } from './dialect.js';
import { currentActor } from './read-actors.js';
import { assertionReviews, lessDocumented, readAssertions } from './read-corpus.js';
import type { Assertion, PathOptions } from './types.js';

const SEP = '\u0000';

/** What analysts took out of the graph: rejected assertions, and how many rejected claims each actor-level edge has. */
async function rejections(db: Db): Promise<{ assertions: Set<string>; claims: Map<string, number> }> {
  const assertions = new Set([...(await assertionReviews(db))].filter(([, d]) => d === 'rejected').map(([id]) => id));
  const claims = new Map<string, number>();
  if (await db.selectFrom('claim_reviews').select('signature').where('decision', '=', 'rejected').limit(1).executeTakeFirst()) {
    const rows = await db.selectFrom('claim_reviews as cr').innerJoin('claims as c', 'c.signature', 'cr.signature')
      .innerJoin('doc_entities as se', (j) => j.onRef('se.doc', '=', 'c.doc').onRef('se.local', '=', 'c.subject')).innerJoin('keys as sk', 'sk.key', 'se.key')
      .innerJoin('doc_entities as oe', (j) => j.onRef('oe.doc', '=', 'c.doc').onRef('oe.local', '=', 'c.object')).innerJoin('keys as ok', 'ok.key', 'oe.key')
      .select(['sk.actor as s', 'ok.actor as o', 'c.predicate', sql<number>`count(*)`.as('n')])
      .where('cr.decision', '=', 'rejected').where('c.polarity', '=', 'positive').groupBy(['sk.actor', 'ok.actor', 'c.predicate']).execute();
    for (const r of rows) claims.set([r.s, r.o, r.predicate].join(SEP), Number(r.n));
  }
  return { assertions, claims };
}

/** The positive edges at the actors (both directions), from the key-level edge table: an index lookup per actor. */
async function neighbours(db: Db, actors: string[], adj: Adjacency, rejected: Awaited<ReturnType<typeof rejections>>): Promise<void> {
  const byKeys = new Map<string, { s: string; o: string; predicate: string; claims: number }>();
  for (const chunk of chunks(actors)) {
    const out = await db.selectFrom('keys as fk').innerJoin('key_edges as e', 'e.skey', 'fk.key').innerJoin('keys as ok', 'ok.key', 'e.okey')
      .select(['e.skey', 'e.okey', 'fk.actor as s', 'ok.actor as o', 'e.predicate', 'e.claims']).where('fk.actor', 'in', chunk).where('e.polarity', '=', 'positive').execute();
    const into = await db.selectFrom('keys as fk').innerJoin('key_edges as e', 'e.okey', 'fk.key').innerJoin('keys as sk', 'sk.key', 'e.skey')
      .select(['e.skey', 'e.okey', 'sk.actor as s', 'fk.actor as o', 'e.predicate', 'e.claims']).where('fk.actor', 'in', chunk).where('e.polarity', '=', 'positive').execute();
    // An edge between two actors of the chunk comes back from both queries: count it once.
    for (const r of [...out, ...into]) byKeys.set([r.skey, r.okey, r.predicate].join(SEP), { s: r.s, o: r.o, predicate: r.predicate, claims: Number(r.claims) });
  }
  const edges = new Map<string, number>();
  for (const e of byKeys.values()) { const k = [e.s, e.o, e.predicate].join(SEP); edges.set(k, (edges.get(k) ?? 0) + e.claims); }
  for (const [k, n] of edges) {
    const [s, o, predicate] = k.split(SEP);
    if (rejected.assertions.has(assertionId(s, predicate as Predicate, o, 'positive'))) continue;
    addEdge(adj, s, o, n - (rejected.claims.get(k) ?? 0));
  }
}

/**
 * Evidence paths between two actors, searched from both ends at once: each
 * step reads the neighbours of the side whose frontier is named in fewer
 * documents, until the two meet and the search has gone `slack` hops
 * further (or `maxHops`). Every path of that length lies inside what was
 * read, so the paths are enumerated in memory over that part only; the
 * assertions are then read for the hops of the best candidates alone.
 */
export async function readPaths(db: Db, fromReq: string, toReq: string, o: PathOptions): Promise<EvidencePath[]> {
  const [from, to] = [await currentActor(db, fromReq), await currentActor(db, toReq)];
  if (!from || !to || from === to) return [];
  const limit = o.limit ?? 5;
  const maxHops = o.maxHops ?? 5;
  const slack = o.slack ?? 1;
  const rejected = await rejections(db);
  const adj: Adjacency = new Map();
  const sides = [{ dist: new Map([[from, 0]]), frontier: [from], depth: 0 }, { dist: new Map([[to, 0]]), frontier: [to], depth: 0 }];
  const docs = new Map<string, number>();
  const cost = async (ids: string[]) => {
    const missing = ids.filter((id) => !docs.has(id));
    for (const chunk of chunks(missing)) for (const r of await db.selectFrom('actors').select(['id', 'documents']).where('id', 'in', chunk).execute()) docs.set(r.id, Number(r.documents));
    return ids.reduce((s, id) => s + (docs.get(id) ?? 0), 0);
  };
  let meet = Infinity;
  while (sides[0].depth + sides[1].depth < Math.min(maxHops, meet + slack)) {
    const open = sides.filter((s) => s.frontier.length);
    if (!open.length) break;
    const costs = await Promise.all(open.map((s) => cost(s.frontier)));
    const side = open[costs.length > 1 && costs[1] < costs[0] ? 1 : 0];
    await neighbours(db, side.frontier, adj, rejected);
    const next: string[] = [];
    for (const n of side.frontier) for (const m of adj.get(n)?.keys() ?? []) if (!side.dist.has(m)) { side.dist.set(m, side.depth + 1); next.push(m); }
    side.frontier = next;
    side.depth++;
    for (const [n, d] of sides[0].dist) { const e = sides[1].dist.get(n); if (e !== undefined) meet = Math.min(meet, d + e); }
  }
  if (meet === Infinity) return [];
  const candidates = simplePaths(adj, from, to, Math.min(meet + slack, maxHops), limit * 3);
  const hops = new Map<string, Assertion | undefined>();
  for (const p of candidates) {
    for (let i = 1; i < p.length; i++) {
      const pair = [p[i - 1], p[i]].sort().join(SEP);
      if (hops.has(pair)) continue;
      const [a, b] = pair.split(SEP);
      const found = (await readAssertions(db, { between: await lessDocumented(db, a, b), polarity: 'positive' })).filter((x) => x.review !== 'rejected');
      hops.set(pair, found.sort((x, y) => hopRank(y) - hopRank(x) || (x.id < y.id ? -1 : 1))[0]);
    }
  }
  const paths = candidates.map((actors) => ({ actors, hops: actors.slice(1).map((n, i) => hops.get([actors[i], n].sort().join(SEP))) }))
    .filter((p): p is EvidencePath => p.hops.every((h) => h));
  const score = (p: EvidencePath) => p.hops.reduce((s, h) => s + hopRank(h), 0);
  return paths.sort((a, b) => a.hops.length - b.hops.length || score(b) - score(a) || (a.actors.join() < b.actors.join() ? -1 : 1)).slice(0, limit);
}
