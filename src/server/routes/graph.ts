import { Hono } from 'hono';
import { ENTITY_TYPES, NexusError, PREDICATES } from '../../core/index.js';
import type { Meta } from '../api.js';
import { DEFAULT_LIMITS, type ServerDeps } from '../deps.js';
import { filterGraph } from '../graph-view.js';
import { graphQuery } from '../schemas.js';
import { valid } from '../validate.js';

export function graphRoutes(deps: ServerDeps): Hono {
  const maxNodes = deps.limits?.graphNodes ?? DEFAULT_LIMITS.graphNodes;
  return new Hono()
    .get('/meta', async (c) => c.json({
      predicates: [...PREDICATES], types: [...ENTITY_TYPES], modalities: ['asserted', 'reported', 'alleged', 'hedged', 'question'],
      tokenRequired: !!deps.token, stats: await deps.store.stats(),
    } satisfies Meta))
    .get('/graph', valid('query', graphQuery), async (c) => {
      const q = c.req.valid('query');
      if (q.actor && !(await deps.store.actor(q.actor))) throw new NexusError('NotFound', 'no such actor', { subject: q.actor });
      const graph = await deps.store.graph({
        ...(q.actor ? { actors: [q.actor], depth: q.depth ?? 1 } : {}),
        from: q.from, to: q.to, predicates: q.predicates, minSources: q.minSources, includeRejected: q.includeRejected,
      });
      return c.json(filterGraph(graph, {
        types: q.types, modalities: q.modalities, minCredibility: q.minCredibility,
        maxNodes: Math.min(q.maxNodes ?? maxNodes, 2000), ...(q.actor ? { keep: [q.actor] } : {}),
      }));
    });
}
