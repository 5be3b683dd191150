/**
 * The PostgreSQL job queue, with workers as separate processes: a worker
 * killed mid-batch leaves its jobs to another once their lease runs out; a
 * server restart in the middle of a four-worker ingest costs a pause, not a
 * worker; and either way the graph is that of one clean ingest.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { systemClock } from '../core/index.js';
import { PG_MISSING, startPostgres, type TestPostgres } from '../testing/postgres.js';
import { finished, nexusProcess, writeCorpus } from '../testing/processes.js';
import { snapshot } from '../testing/snapshot.js';
import { openStore } from '../store/index.js';
import pg from 'pg';
import { IngestQueue, QUEUE_SCHEMA } from './queue.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-queue-'));
const files = writeCorpus(join(dir, 'corpus'), 24);
let pgServer: TestPostgres | undefined;
let expected: Awaited<ReturnType<typeof snapshot>>;

async function snap(db: string) {
  const store = await openStore(db, systemClock);
  try { return await snapshot(store); } finally { await store.close(); }
}

async function counts(url: string) {
  const q = await IngestQueue.open(url);
  try { return await q.counts(); } finally { await q.close(); }
}

/** Resolves when the process has printed `n` lines starting with "stored". */
function afterStored(child: ReturnType<typeof nexusProcess>, n: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    child.stdout!.on('data', (d: Buffer) => { seen += (d.toString().match(/^stored/gm) ?? []).length; if (seen >= n) resolve(); });
    child.on('close', () => resolve());
  });
}

before(async () => {
  pgServer = await startPostgres();
  if (!pgServer) return;
  const single = join(dir, 'single.db');
  const r = await finished(nexusProcess(['ingest', join(dir, 'corpus'), '--db', single, '-q', '--threads', '0']));
  assert.equal(r.code, 0, r.err);
  expected = await snap(single);
});
after(() => pgServer?.stop());

test('a worker killed mid-batch: another takes its jobs when their lease runs out, and nothing is stored twice', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  const url = await pgServer.database();
  // Enough small batches that the worker cannot have finished them all by the time this process has read its first line,
  // however loaded the machine (with 24 documents in 4 batches, it once had: nothing was left to hold).
  const big = join(dir, 'corpus-big');
  const bigFiles = writeCorpus(big, 64);
  const single = join(dir, 'single-big.db');
  const clean = await finished(nexusProcess(['ingest', big, '--db', single, '-q', '--threads', '0']));
  assert.equal(clean.code, 0, clean.err);
  const q = await finished(nexusProcess(['ingest', big, '--db', url, '--queue', '--lease', '4', '-q']));
  assert.equal(q.code, 0, q.err);
  assert.match(q.err, new RegExp(`queued ${bigFiles.length}, skipped 0`));
  const doomed = nexusProcess(['worker', '--db', url, '--batch', '2']);
  const died = finished(doomed);
  // Once it has stored a batch, kill it while it holds the next one (looked for with one plain query, so as not to miss it).
  await afterStored(doomed, 1);
  const watch = new pg.Client({ connectionString: url });
  await watch.connect();
  const deadline = Date.now() + 60_000;
  const held = async () => Number((await watch.query(`select count(*) as n from ${QUEUE_SCHEMA}.job where state = 'active'`)).rows[0].n);
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // Frozen (SIGSTOP) before it is looked at, so that it cannot complete its batch between the look and the kill
  // (on a fast machine a batch is held for a few milliseconds only: a plain look-then-kill once found nothing held).
  // The pause lets a statement it had already sent finish on the server.
  for (;;) {
    doomed.kill('SIGSTOP');
    await pause(50);
    if ((await held()) > 0 || Date.now() > deadline) break;
    doomed.kill('SIGCONT');
    await pause(3 + Math.random() * 20);
  }
  doomed.kill('SIGKILL');
  assert.equal((await died).code, null, 'killed, not finished');
  // Read at once with a plain query: opening the queue runs its supervisor, which hands out jobs whose 4 s lease ran out (on a loaded machine, it may have).
  const left = await held();
  await watch.end();
  assert.ok(left > 0, 'the killed worker held jobs');
  const rescuer = await finished(nexusProcess(['worker', '--db', url, '--until-empty', '--batch', '4']));
  assert.equal(rescuer.code, 0, rescuer.err);
  const done = await counts(url);
  assert.deepEqual({ pending: done.pending, running: done.running, retrying: done.retrying, failed: done.failed }, { pending: 0, running: 0, retrying: 0, failed: 0 });
  assert.ok(done.completed >= bigFiles.length, JSON.stringify(done));
  assert.deepEqual(await snap(url), await snap(single));
});

test('PostgreSQL restarted during a four-worker ingest: every worker waits, reconnects and goes on; the graph equals a clean ingest', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  const url = await pgServer.database();
  const q = await finished(nexusProcess(['ingest', join(dir, 'corpus'), '--db', url, '--queue', '-q']));
  assert.equal(q.code, 0, q.err);
  const workers = [0, 1, 2, 3].map(() => nexusProcess(['worker', '--db', url, '--until-empty', '--batch', '2']));
  const ends = workers.map(finished);
  await Promise.race(workers.map((w) => afterStored(w, 1)));
  await pgServer.restart(1500);
  const runs = await Promise.all(ends);
  for (const r of runs) {
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
  }
  assert.ok(runs.some((r) => /lost the connection to PostgreSQL/.test(r.err) && /is back after/.test(r.err)), runs.map((r) => r.err).join('\n---\n'));
  const stored = runs.reduce((n, r) => n + Number(/worker stored (\d+)/.exec(r.err)?.[1] ?? 0), 0);
  assert.equal(stored, files.length, 'each document stored once, by one worker');
  assert.deepEqual(await snap(url), expected);
});

test('a worker started while PostgreSQL is down waits for it, then takes the queue', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  const url = await pgServer.database();
  const some = files.slice(0, 4);
  const q = await finished(nexusProcess(['ingest', ...some, '--db', url, '--queue', '-q']));
  assert.equal(q.code, 0, q.err);
  // The server stops; the worker starts, and the server comes back once the worker has said it waits.
  pgServer.down();
  const child = nexusProcess(['worker', '--db', url, '--until-empty', '-q']);
  const worker = finished(child);
  try {
    await new Promise<void>((resolve) => {
      child.stderr!.on('data', (d: Buffer) => { if (/cannot reach/.test(d.toString())) resolve(); });
      child.on('close', () => resolve());
    });
  } finally {
    pgServer.up();
  }
  const r = await worker;
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^nexus: cannot reach .*PostgreSQL.* \(.*ECONNREFUSED.*\); trying again for up to \d+ s$/m);
  assert.match(r.err, /answers after \d/);
  assert.match(r.err, new RegExp(`worker stored ${some.length}, failed 0`));
});

test('a worker whose database never answers gives up after its patience, says why, and exits', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  // A port nothing listens on: the port of a server started and stopped at once would do; this one is closed by construction.
  const port = await new Promise<number>((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
  const started = Date.now();
  const r = await finished(nexusProcess(['worker', '--db', `postgres://postgres@127.0.0.1:${port}/nexus`, '--until-empty'], { NEXUS_DB_PATIENCE: '2' }));
  assert.notEqual(r.code, 0);
  assert.match(r.err, /^nexus: .*cannot (open the job queue|connect to PostgreSQL).*ECONNREFUSED/m);
  assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
  assert.ok(Date.now() - started < 60_000, 'it gave up, it did not hang');
});

test('a job that fails is kept with its error, listed by `nexus queue`, and put back by `nexus queue retry`', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  const url = await pgServer.database();
  const queue = await IngestQueue.open(url, { retryLimit: 0 });
  const good = await finished(nexusProcess(['ingest', files[0], '--db', url, '--queue', '-q']));
  assert.equal(good.code, 0, good.err);
  // A job no extraction can read (as a newer or corrupted enqueuer might write).
  await queue.enqueue([{ label: 'broken.txt', bytes: 1, doc: { id: 'x', text: null } as never }]);
  await queue.close();
  const work = await finished(nexusProcess(['worker', '--db', url, '--until-empty']));
  assert.equal(work.code, 1, 'a failure is an exit code');
  assert.match(work.err, /^nexus: broken\.txt: /m);
  assert.match(work.err, /worker stored 1, failed 1/);
  const listed = await finished(nexusProcess(['queue', '--db', url]));
  assert.match(listed.out, /^pending 0, running 0, retrying 0, failed 1, completed 1$/m);
  assert.match(listed.out, /^ {2}[0-9a-f-]{36} {2}broken\.txt {2}\(1 tries\): \S/m);
  const retried = await finished(nexusProcess(['queue', 'retry', '--db', url]));
  assert.equal(retried.out, 'put 1 failed job back in the queue\n');
  const after = await counts(url);
  assert.deepEqual([after.failed, after.pending + after.retrying], [0, 1]);
});
