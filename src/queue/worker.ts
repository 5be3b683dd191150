import { isNexusError, type NexusDocument } from '../core/index.js';
import type { Store } from '../store/index.js';
import { fromClean, type Extractor } from '../work/index.js';
import type { IngestQueue } from './queue.js';

export interface WorkerOptions {
  /** Jobs taken at once, stored in one transaction (default 32). */
  batch?: number;
  /** Seconds between looks at an empty queue (default 1). */
  pollSeconds?: number;
  /** Stop when the queue has nothing left to do (pending, running or retrying), instead of waiting for more. */
  untilEmpty?: boolean;
  /** Asked between batches: stop when it says so (a signal). */
  stopping?: () => boolean;
}

export type WorkerEvent =
  | { kind: 'stored'; label: string; claims: number }
  | { kind: 'duplicate'; label: string }
  | { kind: 'failed'; label: string; error: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const message = (e: unknown) => (isNexusError(e) && e.subject ? `${e.subject}: ${e.message}` : (e as Error)?.message ?? String(e));

/**
 * A queue worker: takes a batch of jobs, extracts their documents (on the
 * extractor's threads), stores them in one transaction, marks the jobs done,
 * and folds the documents into the actors when no other process is at it.
 * A job whose document cannot be extracted or stored fails alone, with its
 * error, and is tried again by the queue (with backoff) until its tries run
 * out. A worker killed mid-batch leaves its jobs leased: when the lease runs
 * out, another worker takes them, and documents it had stored already are
 * found stored (nothing is stored twice). When idle, it folds in whatever
 * is still pending, so the store is whole whenever the queue is empty.
 */
export async function runWorker(queue: IngestQueue, store: Store, extractor: Extractor, o: WorkerOptions, report: (e: WorkerEvent) => void): Promise<{ stored: number; failed: number }> {
  const totals = { stored: 0, failed: 0 };
  let folded = true;
  while (!o.stopping?.()) {
    const jobs = await queue.take(o.batch ?? 32);
    if (!jobs.length) {
      if (!folded) { await store.resolve({ wait: true }); folded = true; }
      if (o.untilEmpty) {
        const c = await queue.counts();
        if (c.pending + c.running + c.retrying === 0) break;
      }
      await sleep((o.pollSeconds ?? 1) * 1000);
      continue;
    }
    folded = false;
    const ready: Array<{ id: string; label: string; doc: NexusDocument }> = [];
    await Promise.all(jobs.map(async (j) => {
      try {
        ready.push({ id: j.id, label: j.data.label, doc: await extractor.extract(fromClean(j.data.doc)) });
      } catch (e) {
        totals.failed++;
        report({ kind: 'failed', label: j.data.label, error: message(e) });
        await queue.fail(j.id, message(e));
      }
    }));
    ready.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    let results: Awaited<ReturnType<Store['putDocuments']>> | undefined;
    try {
      results = await store.putDocuments(ready.map((r) => r.doc));
    } catch {
      results = undefined; // one bad document: store them one by one below, so that it fails alone
    }
    const done: string[] = [];
    for (let i = 0; i < ready.length; i++) {
      const r = ready[i];
      let result = results?.[i];
      if (!result) {
        try {
          [result] = await store.putDocuments([r.doc]);
        } catch (e) {
          totals.failed++;
          report({ kind: 'failed', label: r.label, error: message(e) });
          await queue.fail(r.id, message(e));
          continue;
        }
      }
      done.push(r.id);
      if (result.status === 'stored') { totals.stored++; report({ kind: 'stored', label: r.label, claims: result.claims }); }
      else report({ kind: 'duplicate', label: r.label });
    }
    await queue.complete(done);
    await store.resolve({ wait: false });
  }
  await store.resolve({ wait: true });
  return totals;
}
