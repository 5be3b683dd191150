import { Hono } from 'hono';
import type { ServerDeps } from '../deps.js';
import { documentView } from '../document-view.js';
import { contradictionsQuery, documentsQuery, grade, idParam, searchQuery } from '../schemas.js';
import { valid } from '../validate.js';

/** Documents, sources, contradictions and search: the corpus as read. */
export function corpusRoutes(deps: ServerDeps): Hono {
  const { store } = deps;
  return new Hono()
    .get('/documents', valid('query', documentsQuery), async (c) => c.json(await store.documents(c.req.valid('query'))))
    .get('/documents/:id', valid('param', idParam), async (c) => c.json(await documentView(deps, c.req.valid('param').id)))
    .get('/contradictions', valid('query', contradictionsQuery), async (c) => c.json(await store.contradictions(c.req.valid('query'))))
    .get('/sources', async (c) => c.json(await store.sources()))
    .put('/sources/grade', valid('json', grade), async (c) => {
      const { name, grade: g } = c.req.valid('json');
      await store.gradeSource(name, g);
      return c.json({ name, grade: g });
    })
    .get('/search', valid('query', searchQuery), async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json(await store.search(q, limit ?? 20));
    });
}
