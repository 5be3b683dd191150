import type { Command } from 'commander';
import { DEFAULT_DB } from '../../store/constants.js';
import { NexusError, type InputFormat } from '../../core/index.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../../ingest/read.js';
import { DEFAULT_USER_AGENT } from '../../sources/agent.js';
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
    .action(async (inputs: string[], options: IngestOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as IngestOptions;
      if (opts.format && !['text', 'markdown', 'html'].includes(opts.format)) throw new NexusError('UsageError', `unknown format "${opts.format}" (use text, markdown or html)`);
      const [{ ingestItems }, { httpFetcher, planInputs }, { progress }] = await Promise.all([import('../../corpus/index.js'), import('../../sources/index.js'), import('../progress.js')]);
      const ctx = await pipelineContext(io, opts);
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      const fetcher = httpFetcher({ timeoutMs: opts.timeout * 1000, maxBytes, userAgent: opts.userAgent, delayMs: opts.fetchDelay });
      // The store first: a store that cannot be written is named before any input is read or fetched.
      const store = await storeFor(opts);
      if (store.readOnly) {
        await store.close();
        throw new NexusError('ReadOnlyStore', 'the store is read-only (no permission to write it or its folder): nothing was ingested', { subject: opts.db ?? process.env.NEXUS_DB ?? DEFAULT_DB });
      }
      const plan = await planInputs(inputs, { maxBytes, format: opts.format, published: opts.published, stdin: io.stdin, fetcher }).catch(async (e) => { await store.close(); throw e; });
      const started = Date.now();
      const counts = { stored: 0, duplicate: 0, failed: 0, claims: 0, bytes: 0 };
      const failures: string[] = [];
      const bar = progress(io, plan.totalBytes, !!opts.quiet);
      try {
        for await (const r of ingestItems(plan.items, store, ctx, { refresh: opts.refresh })) {
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
