import { NexusError } from '../core/index.js';
import type { ServerDeps } from './deps.js';
import { DEFAULT_LIMITS } from './deps.js';
import type { GraphCache } from './graph-cache.js';
import { selectView, type View } from './graph-view.js';
import type { GraphQuery } from './schemas-graph.js';

/** The actors and assertions a graph query shows: the store's selection (through the cache), then the view's own filters and cap. */
export async function readView(deps: ServerDeps, cache: GraphCache, q: GraphQuery, options: { uncapped?: boolean } = {}): Promise<View> {
  if (q.actor && !(await deps.store.actor(q.actor))) throw new NexusError('NotFound', 'no such actor', { subject: q.actor });
  const graph = await cache.graph({
    ...(q.actor ? { actors: [q.actor], depth: q.depth ?? 1 } : {}),
    from: q.from, to: q.to, predicates: q.predicates, minSources: q.minSources, includeRejected: q.includeRejected,
  });
  const maxNodes = options.uncapped ? Infinity : Math.min(q.maxNodes ?? deps.limits?.graphNodes ?? DEFAULT_LIMITS.graphNodes, 2000);
  const f = { types: q.types, modalities: q.modalities, minCredibility: q.minCredibility, maxNodes, ...(q.actor ? { keep: [q.actor] } : {}) };
  return cache.memo(graph, `view:${JSON.stringify(f)}`, () => selectView(graph, f));
}
