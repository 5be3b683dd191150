import { isNexusError, NexusError } from '../core/index.js';
import type { SourceItem } from '../sources/index.js';
import type { Store } from '../store/index.js';
import { toClean } from '../work/index.js';
import type { IngestJob, IngestQueue } from './queue.js';

export type EnqueueOutcome =
  | { label: string; bytes: number; status: 'queued' }
  | { label: string; bytes: number; status: 'duplicate' }
  | { label: string; bytes: number; status: 'failed'; error: unknown };

/**
 * Reads and cleans the inputs here (files are on this machine; workers may
 * be on others) and queues each cleaned document as a job for `nexus
 * worker`. A document already stored is not queued. Jobs go in by the
 * hundred; a failure to read an input is reported and the others go on.
 */
export async function* enqueueItems(items: AsyncIterable<SourceItem>, queue: IngestQueue, store: Store, leaseSeconds?: number): AsyncGenerator<EnqueueOutcome> {
  let pending: Array<{ job: IngestJob; bytes: number }> = [];
  const flush = async function* (): AsyncGenerator<EnqueueOutcome> {
    if (!pending.length) return;
    const list = pending;
    pending = [];
    await queue.enqueue(list.map((p) => p.job), leaseSeconds);
    for (const p of list) yield { label: p.job.label, bytes: p.bytes, status: 'queued' };
  };
  for await (const item of items) {
    try {
      const doc = await item.load();
      if (await store.hasDocument(doc.id)) { yield { label: item.label, bytes: item.bytes, status: 'duplicate' }; continue; }
      pending.push({ job: { label: item.label, bytes: item.bytes, doc: toClean(doc) }, bytes: item.bytes });
      if (pending.length >= 100) yield* flush();
    } catch (e) {
      const error = isNexusError(e) ? e : new NexusError('InputUnreadable', `could not be read (${(e as Error)?.message ?? String(e)})`, { subject: item.label, cause: e });
      yield { label: item.label, bytes: item.bytes, status: 'failed', error };
    }
  }
  yield* flush();
}
