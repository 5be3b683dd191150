import type { Command } from 'commander';
import { NexusError, type InputFormat } from '../../core/index.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../../ingest/read.js';
import { DEFAULT_USER_AGENT } from '../../sources/agent.js';
import { DEFAULT_DB } from '../../store/constants.js';
import type { Extractor } from '../../work/index.js';
import { pipelineContext } from '../context.js';
import { EXIT, formatError } from '../errors.js';
import type { Io } from '../io.js';
import { parseDate, parsePositiveInt, parseSize } from '../parse.js';
import { storeFor, withDb, type StoreOptions } from '../store.js';

interface IngestOptions extends StoreOptions {
  published?: string;
  maxBytes?: number;
  format?: InputFormat;
  timeout: number;
  fetchDelay: number;
  userAgent: string;
  refresh?: boolean;
  quiet?: boolean;
  threads?: number;
  batch: number;
  queue?: boolean;
  lease?: number;
}

/** Threads pay for themselves past about a megabyte of input (each loads the knowledge base once, about 0.4 s). */
const THREADS_FROM_BYTES = 1_000_000;

type Work = typeof import('../../work/index.js');

function extractorFor(work: Work, opts: IngestOptions, totalBytes: number, ctx: Parameters<Work['inlineExtractor']>[0]): Extractor {
  const { defaultThreads, inlineExtractor, threadExtractor } = work;
  const threads = opts.threads ?? (totalBytes >= THREADS_FROM_BYTES ? defaultThreads() : 0);
  if (threads > 0) return threadExtractor(threads, opts.kb ?? [], ctx);
  void ctx.nlp; // the parser model, loaded now: a model that fails to load stops the command before the first document
  return inlineExtractor(ctx);
}

export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  withDb(program.command('ingest'))
    .description('ingest documents into the corpus store: files, folders, globs, JSONL, RSS/Atom feeds (files or URLs), article URLs, - for stdin')
    .argument('<inputs...>', 'paths, folders, globs, .jsonl files, feed files or URLs, article URLs')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that state none', parseDate)
    .option('--max-bytes <size>', `refuse larger documents and downloads (default ${formatBytes(DEFAULT_MAX_BYTES)})`, parseSize)
    .option('--format <format>', 'force the format of files: text, markdown or html')
    .option('--timeout <seconds>', 'HTTP timeout per request', parsePositiveInt, 20)
    .option('--fetch-delay <ms>', 'least time between two requests to one host', parsePositiveInt, 1000)
    .option('--user-agent <text>', 'HTTP user agent', DEFAULT_USER_AGENT)
    .option('--refresh', 're-extract documents already stored (after an upgrade); reviews and merge decisions stay')
    .option('-q, --quiet', 'no line per document when piped, only failures and the summary')
    .option('--threads <n>', 'extraction threads (default: one per core for inputs over 1 MB, else none: extract in this thread); 0 for none', parsePositiveInt)
    .option('--batch <n>', 'documents stored per transaction', parsePositiveInt, 64)
    .option('--queue', 'queue the documents for `nexus worker` processes instead of ingesting them here (PostgreSQL)')
    .option('--lease <seconds>', 'with --queue: how long a worker may hold a job before another takes it', parsePositiveInt)
    .action(async (inputs: string[], options: IngestOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as IngestOptions;
      if (opts.format && !['text', 'markdown', 'html'].includes(opts.format)) throw new NexusError('UsageError', `unknown format "${opts.format}" (use text, markdown or html)`);
      // What ingest needs loads when it runs, not when nexus starts.
      const [work, { httpFetcher, planInputs }, { progress }, { enqueueCommand }] = await Promise.all([
        import('../../work/index.js'), import('../../sources/index.js'), import('../progress.js'), import('./queue.js'),
      ]);
      // The parser model loads only if this thread extracts (threads load their own; a queue extracts nothing here).
      const ctx = await pipelineContext(io, opts, { model: 'when-used' });
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      const fetcher = httpFetcher({ timeoutMs: opts.timeout * 1000, maxBytes, userAgent: opts.userAgent, delayMs: opts.fetchDelay });
      // The store first: a store that cannot be written is named before any input is read or fetched.
      const store = opts.queue ? undefined : await storeFor(opts, io);
      if (store?.readOnly) {
        await store.close();
        throw new NexusError('ReadOnlyStore', 'the store is read-only (no permission to write it or its folder): nothing was ingested', { subject: opts.db ?? process.env.NEXUS_DB ?? DEFAULT_DB });
      }
      const plan = await planInputs(inputs, { maxBytes, format: opts.format, published: opts.published, stdin: io.stdin, fetcher }).catch(async (e) => { await store?.close(); throw e; });
      if (!store) { await enqueueCommand(plan, opts, io, setExit); return; }
      const { ingestItems } = work;
      const extractor = extractorFor(work, opts, plan.totalBytes, ctx);
      const started = Date.now();
      const counts = { stored: 0, duplicate: 0, failed: 0, claims: 0, bytes: 0 };
      const failures: string[] = [];
      const bar = progress(io, plan.totalBytes, !!opts.quiet);
      try {
        for await (const r of ingestItems(plan.items, store, ctx, { refresh: opts.refresh, extractor, batch: { docs: opts.batch } })) {
          counts[r.status]++;
          counts.bytes += r.bytes;
          if (r.status === 'failed') {
            const line = formatError(r.error, opts.debug);
            failures.push(line);
            bar.note(line);
            bar.tick(r.bytes, '');
            continue;
          }
          if (r.status === 'stored') counts.claims += r.claims;
          bar.tick(r.bytes, r.status === 'stored' ? `stored     ${r.label}  (${r.claims} claims, ${r.actors} actors)` : `duplicate  ${r.label}`);
        }
      } finally {
        bar.stop();
        await extractor.close();
        await store.close();
      }
      const secs = (Date.now() - started) / 1000;
      const total = counts.stored + counts.duplicate + counts.failed;
      io.err(`ingested ${counts.stored}, skipped ${counts.duplicate} already stored, failed ${counts.failed} ` +
        `(${total} documents, ${formatBytes(counts.bytes)}, ${counts.claims} claims, in ${secs.toFixed(1)} s, ${(total / Math.max(secs, 0.001)).toFixed(1)} docs/s)`);
      if (failures.length) {
        io.err('failed:');
        for (const f of failures) io.err(`  ${f.replace(/^nexus: /, '')}`);
        setExit(EXIT.failed);
      }
    });
}
