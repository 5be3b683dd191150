import { Hono } from 'hono';
import { ENTITY_TYPES, PREDICATES } from '../../core/index.js';
import type { Meta } from '../api.js';
import { pageRows, claimRows } from '../claim-rows.js';
import type { ServerDeps } from '../deps.js';
import type { GraphCache } from '../graph-cache.js';
import { graphResponse } from '../graph-view.js';
import { readView } from '../read-view.js';
import { claimRowsQuery, graphQuery } from '../schemas-graph.js';
import { valid } from '../validate.js';

export function graphRoutes(deps: ServerDeps, cache: GraphCache): Hono {
  return new Hono()
    .get('/meta', async (c) => c.json({
      predicates: [...PREDICATES], types: [...ENTITY_TYPES], modalities: ['asserted', 'reported', 'alleged', 'hedged', 'question'],
      tokenRequired: !!deps.token, stats: await deps.store.stats(),
    } satisfies Meta))
    .get('/graph', valid('query', graphQuery), async (c) => {
      const view = await readView(deps, cache, c.req.valid('query'));
      // The same view (the store unchanged) is answered from the same response.
      return c.json(cache.memoView(view, 'response', () => graphResponse(view)));
    })
    .get('/graph/claims', valid('query', claimRowsQuery), async (c) => {
      const { sort, dir, q, review, edges, limit, offset, ids, from, to, ...view } = c.req.valid('query');
      // The brush (from, to) narrows the rows, not the edges: the table lists the claims of the brushed range among the edges in view.
      const { assertions } = await readView(deps, cache, view);
      const titles = new Map((await deps.store.documents()).map((d) => [d.id, d]));
      return c.json(pageRows(claimRows(assertions, titles), { sort, dir, q, review, edges, limit, offset, ids, from, to }));
    });
}
