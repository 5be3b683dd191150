import { Hono } from 'hono';
import { linkGraph, pathSupport, shortestPaths } from '../../analysis/index.js';
import { NexusError } from '../../core/index.js';
import type { ActorRef, Assertion } from '../../store/index.js';
import type { LinkPathView, PathHop, PathsResponse } from '../api.js';
import type { ServerDeps } from '../deps.js';
import type { GraphCache } from '../graph-cache.js';
import { edgeOf } from '../graph-view.js';
import { readView } from '../read-view.js';
import { pathsQuery } from '../schemas-graph.js';
import { valid } from '../validate.js';
import { claimViews, documentRef } from '../views.js';

/** A hop's claims as shown: the most credible few (asserted before hedged, then by rule confidence). */
const SHOWN = 4;
const MODALITY_ORDER = ['asserted', 'reported', 'alleged', 'hedged', 'question'];

async function hop(deps: ServerDeps, a: Assertion): Promise<PathHop> {
  const best = [...a.claims].sort((x, y) => MODALITY_ORDER.indexOf(x.modality) - MODALITY_ORDER.indexOf(y.modality) || y.confidence - x.confidence || (x.id < y.id ? -1 : 1));
  return { edge: edgeOf(a), subject: a.subject, object: a.object, claims: await claimViews(deps.store, best.slice(0, SHOWN)), moreClaims: Math.max(0, best.length - SHOWN) };
}

/** How A is connected to B: the k shortest paths by evidence-weighted length, each hop with its evidence. */
export function pathRoutes(deps: ServerDeps, cache: GraphCache): Hono {
  return new Hono().get('/paths', valid('query', pathsQuery), async (c) => {
    const { a, b, k, maxHops, ...filters } = c.req.valid('query');
    const ends: ActorRef[] = [];
    for (const id of [a, b]) {
      const actor = await deps.store.actor(id);
      if (!actor) throw new NexusError('NotFound', 'no such actor', { subject: id });
      ends.push({ id: actor.id, name: actor.name, type: actor.type });
    }
    const view = await readView(deps, cache, filters, { uncapped: true });
    const names = new Map(view.nodes.map((n) => [n.id, { id: n.id, name: n.name, type: n.type }]));
    const paths: LinkPathView[] = [];
    for (const p of shortestPaths(linkGraph(view.assertions), a, b, { k: k ?? 3, maxHops: maxHops ?? 6 })) {
      const support = pathSupport(p.hops);
      const doc = support.oneDocument ? await deps.store.document(support.oneDocument) : undefined;
      paths.push({
        actors: p.actors.map((id) => names.get(id) ?? { id, name: id, type: 'Organization' }), length: Math.round(p.length * 1000) / 1000,
        hops: await Promise.all(p.hops.map((h) => hop(deps, h))), singleSource: support.singleSource,
        ...(doc ? { oneDocument: documentRef(doc) } : {}), ...(support.oneSource ? { oneSource: support.oneSource } : {}),
      });
    }
    return c.json({ a: ends[0], b: ends[1], paths } satisfies PathsResponse);
  });
}
