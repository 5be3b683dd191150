import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/index.js';
import { ingestItems } from '../work/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { SourceItem } from '../sources/index.js';
import type { Store } from '../store/index.js';
import type { IngestJob, JobItem } from './api.js';
import { errorBody } from './errors.js';

const KEEP = 50;

/**
 * Ingests started from the browser, run one after another (the store takes
 * one writer at a time anyway) and kept so the page can poll their
 * progress. Only the last jobs are kept: a server running for weeks should
 * not grow without end.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly ctx: PipelineContext, private readonly clock: Clock, private readonly onStored: () => void = () => {}) {}

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  start(items: AsyncIterable<SourceItem>, expected: number): IngestJob {
    const job: IngestJob = { id: randomUUID(), state: 'running', total: expected, done: 0, items: [], startedAt: this.clock().toISOString() };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP))) this.jobs.delete(old);
    this.queue = this.queue.then(() => this.run(job, items));
    return job;
  }

  /** Resolves when every job started so far has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: IngestJob, items: AsyncIterable<SourceItem>): Promise<void> {
    try {
      for await (const r of ingestItems(items, this.store, this.ctx)) {
        let item: JobItem;
        if (r.status === 'failed') {
          const { body } = errorBody(r.error);
          item = { label: r.label, status: 'failed', error: { code: body.error.code, message: body.error.message } };
        } else if (r.status === 'stored') {
          item = { label: r.label, status: 'stored', documentId: r.id, claims: r.claims, actors: r.actors };
          this.onStored();
        } else {
          item = { label: r.label, status: 'duplicate', documentId: r.id };
          this.onStored();
        }
        job.items.push(item);
        job.done = job.items.length;
        job.total = Math.max(job.total, job.done);
      }
    } catch (e) {
      const { body } = errorBody(e);
      job.items.push({ label: 'ingest', status: 'failed', error: { code: body.error.code, message: body.error.message } });
      job.done = job.items.length;
    } finally {
      job.state = 'done';
      job.finishedAt = this.clock().toISOString();
    }
  }
}
