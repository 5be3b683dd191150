import pg from 'pg';
import PgBoss from 'pg-boss';
import { NexusError } from '../core/index.js';
import { withReconnect, type Patience } from '../store/index.js';
import type { CleanDocument } from '../work/index.js';

/** One job: a cleaned document to extract and store, and what to call it in messages. */
export interface IngestJob {
  label: string;
  bytes: number;
  doc: CleanDocument;
}

export interface QueueOptions extends Patience {
  /** How long a worker holds a job before the queue gives it to another (a killed worker's jobs come back after this). */
  leaseSeconds?: number;
  /** How often this process looks for jobs whose lease ran out (default: a quarter of the lease, 1 to 30 s). */
  superviseSeconds?: number;
  /** Tries before a job is failed for good (default 3), with backoff between them. */
  retryLimit?: number;
}

export interface QueueCounts {
  pending: number;
  running: number;
  retrying: number;
  failed: number;
  completed: number;
}

export interface FailedJob {
  id: string;
  label: string;
  error: string;
  tries: number;
  at: string;
}

export const QUEUE_NAME = 'nexus-ingest';
export const QUEUE_SCHEMA = 'nexus_queue';
export const DEFAULT_LEASE_SECONDS = 300;

/**
 * The ingest queue: a table of jobs in the store's own PostgreSQL database,
 * kept by pg-boss (FOR UPDATE SKIP LOCKED fetches, leases that expire, retries
 * with backoff, failed jobs kept with their error). Every statement waits for
 * a database that went away, as the store does, so a restart costs a pause,
 * not a worker.
 */
export class IngestQueue {
  private constructor(private readonly boss: PgBoss, private readonly pool: pg.Pool, private readonly p: Patience) {}

  static async open(url: string, options: QueueOptions = {}): Promise<IngestQueue> {
    const pool = new pg.Pool({ connectionString: url, max: 3, connectionTimeoutMillis: 10_000, application_name: 'nexus-queue' });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => { client.on('error', () => undefined); });
    const p: Patience = { what: 'the job queue on PostgreSQL', ...options };
    const lease = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
    // Until the queue has started, a server that does not answer is tried briefly (a first connection); after, it is waited for.
    let started = false;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => withReconnect(() => pool.query(text, values as unknown[]), p, !started) },
      schema: QUEUE_SCHEMA, schedule: false, supervise: true, migrate: true,
      maintenanceIntervalSeconds: options.superviseSeconds ?? Math.max(1, Math.min(30, Math.round(lease / 4))),
    });
    // Errors pg-boss meets in its own timers (supervision): the next statement waits for the database instead.
    boss.on('error', () => undefined);
    try {
      await boss.start();
      if (!(await boss.getQueue(QUEUE_NAME))) {
        await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, retryLimit: options.retryLimit ?? 3, retryDelay: 5, retryBackoff: true, expireInSeconds: lease });
      }
    } catch (e) {
      // A half-started pg-boss keeps timers that would keep the process alive: stop it, then its pool.
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      await pool.end().catch(() => undefined);
      throw new NexusError('QueueError', `cannot open the job queue (${(e as Error).message})`, { cause: e });
    }
    started = true;
    return new IngestQueue(boss, pool, p);
  }

  /** Adds jobs; returns how many. `leaseSeconds` overrides the queue's lease for these jobs. */
  async enqueue(jobs: IngestJob[], leaseSeconds?: number): Promise<number> {
    for (let i = 0; i < jobs.length; i += 200) {
      await this.boss.insert(jobs.slice(i, i + 200).map((data) => ({ name: QUEUE_NAME, data, ...(leaseSeconds ? { expireInSeconds: leaseSeconds } : {}) })));
    }
    return jobs.length;
  }

  /** Takes up to `n` jobs (each leased to this worker until it completes, fails, or the lease runs out). */
  async take(n: number): Promise<Array<{ id: string; data: IngestJob }>> {
    const jobs = await this.boss.fetch<IngestJob>(QUEUE_NAME, { batchSize: n });
    return (jobs ?? []).map((j) => ({ id: j.id, data: j.data }));
  }

  async complete(ids: string[]): Promise<void> {
    if (ids.length) await this.boss.complete(QUEUE_NAME, ids);
  }

  /** Marks a job failed with its error: it is tried again after a backoff while tries remain, then kept as failed. */
  async fail(id: string, error: string): Promise<void> {
    await this.boss.fail(QUEUE_NAME, id, { error });
  }

  async counts(): Promise<QueueCounts> {
    const r = await withReconnect(() => this.pool.query<{ state: string; n: string }>(
      `select state, count(*) as n from ${QUEUE_SCHEMA}.job where name = $1 group by state`, [QUEUE_NAME]), this.p);
    const by = new Map(r.rows.map((x) => [x.state, Number(x.n)]));
    const archived = await withReconnect(() => this.pool.query<{ n: string }>(
      `select count(*) as n from ${QUEUE_SCHEMA}.archive where name = $1 and state = 'completed'`, [QUEUE_NAME]), this.p);
    return {
      pending: by.get('created') ?? 0, running: by.get('active') ?? 0, retrying: by.get('retry') ?? 0,
      failed: by.get('failed') ?? 0, completed: (by.get('completed') ?? 0) + Number(archived.rows[0]?.n ?? 0),
    };
  }

  /** Jobs failed for good, newest first, with their last error. */
  async failed(limit = 50): Promise<FailedJob[]> {
    const r = await withReconnect(() => this.pool.query<{ id: string; label: string; output: { error?: string; message?: string } | null; retry_count: number; completed_on: Date | null }>(
      `select id, data->>'label' as label, output, retry_count, completed_on from ${QUEUE_SCHEMA}.job
       where name = $1 and state = 'failed' order by completed_on desc nulls last, id limit $2`, [QUEUE_NAME, limit]), this.p);
    return r.rows.map((x) => ({
      id: x.id, label: x.label ?? '?', error: x.output?.error ?? x.output?.message ?? JSON.stringify(x.output ?? {}),
      tries: Number(x.retry_count) + 1, at: x.completed_on ? x.completed_on.toISOString() : '',
    }));
  }

  /** Puts failed jobs back in the queue (the given ids, or every failed one); returns how many. */
  async retry(ids?: string[]): Promise<number> {
    const list = ids ?? (await this.failed(1_000_000)).map((f) => f.id);
    if (!list.length) return 0;
    await this.boss.retry(QUEUE_NAME, list);
    return list.length;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}
