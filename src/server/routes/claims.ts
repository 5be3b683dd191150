import { Hono } from 'hono';
import { NexusError } from '../../core/index.js';
import type { AssertionView } from '../api.js';
import type { ServerDeps } from '../deps.js';
import { assertionQuery, claimsQuery, idParam, review } from '../schemas.js';
import { valid } from '../validate.js';
import { claimViews } from '../views.js';
import { copyGroups } from '../copies.js';

export function claimRoutes(deps: ServerDeps): Hono {
  const { store } = deps;
  return new Hono()
    .get('/claims', valid('query', claimsQuery), async (c) => c.json(await claimViews(store, await store.claims(c.req.valid('query')))))
    .get('/assertions/:id', valid('param', idParam), valid('query', assertionQuery), async (c) => {
      const { id } = c.req.valid('param');
      const a = await store.assertion(id);
      if (!a) throw new NexusError('NotFound', 'no such assertion', { subject: id });
      // The panel lists what stands; rejected claims come back only when asked for (to undo).
      const claims = c.req.valid('query').includeRejected ? a.claims : a.claims.filter((cl) => cl.review !== 'rejected');
      const views = await claimViews(store, claims);
      return c.json({ ...a, claims: views, copyGroups: copyGroups(a, views) } satisfies AssertionView);
    })
    .post('/claims/:id/review', valid('param', idParam), valid('json', review), async (c) => {
      const { id } = c.req.valid('param');
      const { decision } = c.req.valid('json');
      await store.review({ kind: 'claim', id }, decision);
      return c.json({ id, decision });
    })
    .post('/assertions/:id/review', valid('param', idParam), valid('json', review), async (c) => {
      const { id } = c.req.valid('param');
      const { decision } = c.req.valid('json');
      await store.review({ kind: 'assertion', id }, decision);
      return c.json({ id, decision });
    });
}
