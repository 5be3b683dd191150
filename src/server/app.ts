import { Hono } from 'hono';
import { NexusError } from '../core/index.js';
import { DEFAULT_LIMITS, type ServerDeps } from './deps.js';
import { errorHandler } from './errors.js';
import { IngestJobs } from './jobs.js';
import { actorRoutes } from './routes/actors.js';
import { claimRoutes } from './routes/claims.js';
import { corpusRoutes } from './routes/corpus.js';
import { graphRoutes } from './routes/graph.js';
import { ingestRoutes } from './routes/ingest.js';
import { pathRoutes } from './routes/paths.js';
import { selectionRoutes } from './routes/selection.js';
import { GraphCache } from './graph-cache.js';
import { guard, isMultipart, limitBody, securityHeaders } from './security.js';
import { serveApp } from './static.js';

export interface NexusApp {
  app: Hono;
  jobs: IngestJobs;
  /** Reads the whole-corpus graph ahead of the first request (a server that starts does this). */
  warm(): Promise<void>;
}

/** The HTTP API under /api and the built web app at /. */
export function createApp(deps: ServerDeps): NexusApp {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const cache = new GraphCache(deps.store);
  const jobs = new IngestJobs(deps.store, { kb: deps.kb, nlp: deps.nlp, clock: deps.clock, logger: deps.logger }, deps.clock, () => cache.clear());
  const uploadLimit = limitBody(limits.upload);
  const jsonLimit = limitBody(limits.json);
  const api = new Hono()
    // Dropped files may be large; everything else, pasted text included, is JSON under the JSON cap.
    .use('*', (c, next) => (c.req.path === '/api/ingest' && isMultipart(c.req.header('content-type')) ? uploadLimit(c, next) : jsonLimit(c, next)))
    // Whatever a write did (or half did), the next read goes to the store.
    .use('*', async (c, next) => { try { await next(); } finally { if (c.req.method !== 'GET') cache.clear(); } })
    .route('/', graphRoutes(deps, cache))
    .route('/', pathRoutes(deps, cache))
    .route('/', selectionRoutes(deps))
    .route('/', claimRoutes(deps))
    .route('/', actorRoutes(deps))
    .route('/', corpusRoutes(deps))
    .route('/', ingestRoutes(deps, jobs))
    .all('*', (c) => { throw new NexusError('NotFound', 'no such endpoint', { subject: `${c.req.method} ${c.req.path}` }); });
  const app = new Hono();
  app.onError(errorHandler(deps.logger));
  app.notFound((c) => c.json({ error: { code: 'NotFound', message: 'not found' } }, 404));
  app.use('*', securityHeaders);
  app.use('*', guard({ token: deps.token, allowedHosts: deps.allowedHosts, logger: deps.logger }));
  app.route('/api', api);
  if (deps.webRoot) serveApp(app, deps.webRoot);
  return { app, jobs, warm: () => cache.graph({}).then(() => undefined, () => undefined) };
}
