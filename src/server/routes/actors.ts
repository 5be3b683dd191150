import { Hono } from 'hono';
import { NexusError } from '../../core/index.js';
import type { ActorPage, ClaimView, DocumentRef } from '../api.js';
import type { ServerDeps } from '../deps.js';
import { actorsQuery, idParam, merge, split } from '../schemas.js';
import { valid } from '../validate.js';
import { claimViews, documentRef } from '../views.js';

function byPredicate(claims: ClaimView[]): Record<string, ClaimView[]> {
  const out: Record<string, ClaimView[]> = {};
  for (const c of claims) (out[c.predicate] ??= []).push(c);
  return out;
}

export function actorRoutes(deps: ServerDeps): Hono {
  const { store } = deps;
  return new Hono()
    .get('/actors', valid('query', actorsQuery), async (c) => c.json(await store.actors(c.req.valid('query'))))
    .get('/actors/:id', valid('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const actor = await store.actor(id);
      if (!actor) throw new NexusError('NotFound', 'no such actor', { subject: id });
      const claims = await claimViews(store, await store.claims({ actor: id }));
      const wanted = new Set([...actor.names.flatMap((n) => n.documents), ...claims.map((cl) => cl.documentId)]);
      const documents: Record<string, DocumentRef> = {};
      for (const d of await store.documents()) if (wanted.has(d.id)) documents[d.id] = documentRef(d);
      const dated = claims.map((claim) => ({ date: claim.eventDate ?? claim.published, claim }))
        .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.claim.id.localeCompare(b.claim.id));
      return c.json({
        actor, documents,
        out: byPredicate(claims.filter((cl) => cl.subject.id === id)),
        in: byPredicate(claims.filter((cl) => cl.object.id === id)),
        timeline: dated.map(({ date, claim }) => ({ ...(date ? { date } : {}), claim })),
      } satisfies ActorPage);
    })
    .post('/actors/:id/merge', valid('param', idParam), valid('json', merge), async (c) => {
      const { id } = c.req.valid('param');
      await store.merge(id, c.req.valid('json').from);
      return c.json({ id });
    })
    .post('/actors/:id/split', valid('param', idParam), valid('json', split), async (c) => {
      const { id } = c.req.valid('param');
      const created = await store.split(id, c.req.valid('json').alias);
      return c.json({ id, created });
    });
}
