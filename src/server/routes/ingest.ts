import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { NexusError } from '../../core/index.js';
import { documentFromBytes, documentFromText, formatBytes } from '../../ingest/index.js';
import { planInputs, type SourceItem } from '../../sources/index.js';
import { DEFAULT_LIMITS, type ServerDeps } from '../deps.js';
import type { IngestJobs } from '../jobs.js';
import { idParam, ingestForm, ingestJson } from '../schemas.js';
import { valid } from '../validate.js';

async function* each(items: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* items;
}

function tooLarge(label: string, bytes: number, max: number): NexusError {
  return new NexusError('InputTooLarge', `is ${formatBytes(bytes)}, above the ${formatBytes(max)} limit`, { subject: label });
}

/**
 * Ingest from the browser: pasted text, a URL, or dropped files. The work
 * runs as a job the page polls; uploaded files are read from the request
 * only (their names are labels, never paths opened on this machine).
 */
export function ingestRoutes(deps: ServerDeps, jobs: IngestJobs): Hono {
  const maxDoc = deps.limits?.document ?? DEFAULT_LIMITS.document;
  return new Hono()
    .post('/ingest', async (c, next) => {
      // Files come as multipart, pasted text and URLs as JSON: each has its own validation.
      if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
        const form = await c.req.parseBody({ all: true });
        const files = ([] as unknown[]).concat(form.files ?? []).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
        if (!files.length) throw new NexusError('BadParameter', 'files: expected one or more files', { subject: 'files' });
        const opts = ingestForm.safeParse({ published: form.published || undefined, format: form.format || undefined });
        if (!opts.success) throw new NexusError('BadParameter', `${opts.error.issues[0].path.join('.')}: ${opts.error.issues[0].message}`);
        const items: SourceItem[] = files.map((file) => {
          const label = file.name.replace(/[\\/]/g, '_') || 'upload';
          return {
            label, bytes: file.size,
            load: async () => {
              if (file.size > maxDoc) throw tooLarge(label, file.size, maxDoc);
              return documentFromBytes({ path: label, bytes: new Uint8Array(await file.arrayBuffer()) }, opts.data);
            },
          };
        });
        return c.json(jobs.start(each(items), items.length), 202);
      }
      return next();
    }, valid('json', ingestJson), async (c) => {
      const body = c.req.valid('json');
      if (body.text !== undefined) {
        const { text } = body;
        const label = body.title ?? body.url ?? 'pasted text';
        const bytes = Buffer.byteLength(text);
        const item: SourceItem = {
          label, bytes,
          load: async () => {
            if (bytes > maxDoc) throw tooLarge(label, bytes, maxDoc);
            return documentFromText(text, { ...(body.title ? { title: body.title } : {}), ...(body.url ? { url: body.url } : {}), ...(body.publisher ? { publisher: body.publisher } : {}) },
              { ...(body.format ? { format: body.format } : {}), ...(body.published ? { published: body.published } : {}) });
          },
        };
        return c.json(jobs.start(each([item]), 1), 202);
      }
      // Only a checked http(s) URL reaches planInputs, so nothing here names a local file; a private address is
      // refused here, at once (redirects and feed links are checked again as they are fetched).
      await deps.fetcher.check?.(body.url!);
      const plan = await planInputs([body.url!], { maxBytes: maxDoc, published: body.published, stdin: Readable.from([]), fetcher: deps.fetcher });
      return c.json(jobs.start(plan.items, 1), 202);
    })
    .get('/ingest/:id', valid('param', idParam), (c) => {
      const job = jobs.get(c.req.valid('param').id);
      if (!job) throw new NexusError('NotFound', 'no such ingest job', { subject: c.req.valid('param').id });
      return c.json(job);
    });
}
