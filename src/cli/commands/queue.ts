import type { Command } from 'commander';
import { NexusError } from '../../core/index.js';
import { formatBytes } from '../../ingest/read.js';
import type { Plan } from '../../sources/index.js';
import { DEFAULT_DB, isPostgresUrl } from '../../store/constants.js';
import { pipelineContext } from '../context.js';
import { EXIT, formatError } from '../errors.js';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { storeFor, withDb, type StoreOptions } from '../store.js';
import type { IngestQueue } from '../../queue/index.js';
import { patienceFromEnv } from '../../store/reconnect.js';
import type { Store } from '../../store/index.js';

/** The queue lives in the store's PostgreSQL database: one server to run, and jobs and documents share its backups. */
function queueUrl(opts: StoreOptions): string {
  const url = opts.db ?? process.env.NEXUS_DB ?? DEFAULT_DB;
  if (!isPostgresUrl(url)) throw new NexusError('UsageError', `the job queue needs a PostgreSQL store (--db postgres://...); "${url}" is a SQLite file: ingest into it directly`);
  return url;
}

// The queue (pg-boss), the extractor and the progress bar load when a command uses them, not when nexus starts.
const queueModule = () => import('../../queue/index.js');
const openQueue = async (opts: StoreOptions, io: Io, lease?: number) =>
  (await queueModule()).IngestQueue.open(queueUrl(opts), { notice: (l) => io.err(l), leaseSeconds: lease, patienceMs: patienceFromEnv(process.env) });

/**
 * Opens the queue, then the store, runs `fn`, and closes whichever opened,
 * whatever happens: an open queue keeps pg-boss's timers, and with them the
 * process, alive (a worker whose store failed to open must still exit).
 */
async function withQueue<T>(opts: StoreOptions, io: Io, lease: number | undefined, fn: (queue: IngestQueue, store: Store) => Promise<T>): Promise<T> {
  const queue = await openQueue(opts, io, lease);
  try {
    const store = await storeFor(opts, io);
    try {
      return await fn(queue, store);
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
  }
}

/** `nexus ingest --queue`: read and clean here, queue each document for the workers. */
export async function enqueueCommand(plan: Plan, opts: StoreOptions & { quiet?: boolean; lease?: number; debug?: boolean }, io: Io, setExit: (c: number) => void): Promise<void> {
  const [{ enqueueItems }, { progress }] = await Promise.all([queueModule(), import('../progress.js')]);
  const counts = { queued: 0, duplicate: 0, failed: 0, bytes: 0 };
  const failures: string[] = [];
  await withQueue(opts, io, opts.lease, async (queue, store) => {
    const bar = progress(io, plan.totalBytes, !!opts.quiet);
    try {
      for await (const r of enqueueItems(plan.items, queue, store, opts.lease)) {
        counts[r.status]++;
        counts.bytes += r.bytes;
        if (r.status === 'failed') { const line = formatError(r.error, opts.debug); failures.push(line); bar.note(line); bar.tick(r.bytes, ''); continue; }
        bar.tick(r.bytes, r.status === 'queued' ? `queued     ${r.label}` : `duplicate  ${r.label}`);
      }
    } finally {
      bar.stop();
    }
  });
  io.err(`queued ${counts.queued}, skipped ${counts.duplicate} already stored, failed ${counts.failed} (${formatBytes(counts.bytes)}); run \`nexus worker\` to ingest them`);
  if (failures.length) {
    io.err('failed:');
    for (const f of failures) io.err(`  ${f.replace(/^nexus: /, '')}`);
    setExit(EXIT.failed);
  }
}

interface WorkerCliOptions extends StoreOptions { batch: number; threads: number; untilEmpty?: boolean; poll: number; quiet?: boolean }

export function registerQueue(program: Command, io: Io, setExit: (code: number) => void): void {
  withDb(program.command('worker'))
    .description('take documents queued with `ingest --queue` and ingest them; run any number, on any machine (PostgreSQL)')
    .option('--batch <n>', 'jobs taken and stored per transaction', parsePositiveInt, 32)
    .option('--threads <n>', 'extraction threads (0: extract in this thread)', parsePositiveInt, 0)
    .option('--until-empty', 'stop when the queue has nothing left to do, instead of waiting for more')
    .option('--poll <seconds>', 'seconds between looks at an empty queue', parsePositiveInt, 1)
    .option('-q, --quiet', 'no line per document, only failures and the summary')
    .action(async (options: WorkerCliOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as WorkerCliOptions;
      const [{ runWorker }, { inlineExtractor, threadExtractor }] = await Promise.all([queueModule(), import('../../work/index.js')]);
      const ctx = await pipelineContext(io, opts);
      await withQueue(opts, io, undefined, async (queue, store) => {
        const extractor = opts.threads > 0 ? threadExtractor(opts.threads, opts.kb ?? [], ctx) : inlineExtractor(ctx);
        let stop = false;
        const onSignal = () => { if (stop) process.exit(EXIT.failed); stop = true; io.err('nexus worker: stopping after this batch (again to stop at once)'); };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const started = Date.now();
        try {
          const totals = await runWorker(queue, store, extractor, { batch: opts.batch, untilEmpty: !!opts.untilEmpty, pollSeconds: opts.poll, stopping: () => stop }, (e) => {
            if (e.kind === 'failed') io.err(`nexus: ${e.label}: ${e.error}`);
            else if (!opts.quiet) io.out(e.kind === 'stored' ? `stored     ${e.label}  (${e.claims} claims)` : `duplicate  ${e.label}`);
          });
          const secs = (Date.now() - started) / 1000;
          io.err(`worker stored ${totals.stored}, failed ${totals.failed} (in ${secs.toFixed(1)} s, ${(totals.stored / Math.max(secs, 0.001)).toFixed(1)} docs/s)`);
          if (totals.failed) setExit(EXIT.failed);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          await extractor.close();
        }
      });
    });

  withDb(program.command('queue'))
    .description('the job queue: pending, running, retrying, failed and completed jobs; failed ones with their errors; retry them')
    .argument('[action]', '"retry" to put failed jobs back (the ids given, or all)')
    .argument('[ids...]', 'job ids (as `nexus queue` lists them)')
    .option('--limit <n>', 'failed jobs listed', parsePositiveInt, 20)
    .option('--json', 'print JSON')
    .action(async (action: string | undefined, ids: string[], options: StoreOptions & { limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as StoreOptions & { limit: number };
      if (action && action !== 'retry') throw new NexusError('UsageError', `unknown action "${action}" (use \`nexus queue\` to list, \`nexus queue retry [ID...]\` to retry failed jobs)`);
      const queue = await openQueue(opts, io);
      try {
        if (action === 'retry') {
          const n = await queue.retry(ids.length ? ids : undefined);
          io.out(`put ${n} failed job${n === 1 ? '' : 's'} back in the queue`);
          return;
        }
        const counts = await queue.counts();
        const failed = await queue.failed(opts.limit);
        if (opts.json) { io.out(JSON.stringify({ ...counts, failedJobs: failed }, null, 2)); return; }
        io.out(`pending ${counts.pending}, running ${counts.running}, retrying ${counts.retrying}, failed ${counts.failed}, completed ${counts.completed}`);
        if (failed.length) {
          io.out('failed:');
          for (const f of failed) io.out(`  ${f.id}  ${f.label}  (${f.tries} tries): ${f.error}`);
          if (counts.failed > failed.length) io.out(`  ... ${counts.failed - failed.length} more (--limit)`);
          io.out('retry them with `nexus queue retry` (all) or `nexus queue retry ID...`');
        }
      } finally {
        await queue.close();
      }
    });
}

