/**
 * Ingest as separate processes: killed mid-run, two on one SQLite file, four
 * on one PostgreSQL server. Each ends with the same graph as one process
 * ingesting the same documents once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { systemClock } from '../core/index.js';
import { finished, nexusProcess, writeCorpus } from '../testing/processes.js';
import { PG_MISSING, startPostgres, type TestPostgres } from '../testing/postgres.js';
import { snapshot } from '../testing/snapshot.js';
import { openStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-proc-'));
const files = writeCorpus(join(dir, 'corpus'), 24);
let pgServer: TestPostgres | undefined;
let expected: Awaited<ReturnType<typeof snapshot>>;

async function snap(db: string) {
  const store = await openStore(db, systemClock);
  try { return await snapshot(store); } finally { await store.close(); }
}

before(async () => {
  pgServer = await startPostgres();
  const single = join(dir, 'single.db');
  const r = await finished(nexusProcess(['ingest', join(dir, 'corpus'), '--db', single, '-q']));
  assert.equal(r.code, 0, r.err);
  expected = await snap(single);
  assert.equal((expected.stats as { documents: number }).documents, files.length);
});
after(() => pgServer?.stop());

test('killing ingest mid-run leaves a consistent store; re-running completes it without duplicates', async () => {
  const db = join(dir, 'killed.db');
  // Small batches: stores several times however fast extraction runs, so there is a middle to kill in.
  const child = nexusProcess(['ingest', join(dir, 'corpus'), '--db', db, '--batch', '4']);
  const done = finished(child);
  let stored = 0;
  await new Promise<void>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      stored += (d.toString().match(/^stored/gm) ?? []).length;
      if (stored >= 8) { child.kill('SIGKILL'); resolve(); }
    });
    child.on('close', () => resolve());
  });
  const killed = await done;
  assert.equal(killed.code, null, 'killed, not finished');
  const raw = new Database(db);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  const partial = (raw.prepare('select count(*) as n from documents').get() as { n: number }).n;
  raw.close();
  assert.ok(partial >= 8 && partial < files.length, `${partial} documents before the kill`);
  const again = await finished(nexusProcess(['ingest', join(dir, 'corpus'), '--db', db, '-q']));
  assert.equal(again.code, 0, again.err);
  assert.match(again.err, new RegExp(`ingested ${files.length - partial}, skipped ${partial} already stored`));
  assert.deepEqual(await snap(db), expected);
});

test('two ingests on one SQLite file both finish, and the graph is the same as one ingest', async () => {
  const db = join(dir, 'two.db');
  const runs = await Promise.all([
    finished(nexusProcess(['ingest', ...files, '--db', db, '-q'])),
    finished(nexusProcess(['ingest', ...[...files].reverse(), '--db', db, '-q'])),
  ]);
  for (const r of runs) assert.equal(r.code, 0, r.err);
  assert.deepEqual(await snap(db), expected);
});

test('four ingest processes on one PostgreSQL server, disjoint and overlapping inputs, give the graph of one ingest', async (t) => {
  if (!pgServer) { t.skip(PG_MISSING); return; }
  for (const overlap of [false, true]) {
    const url: string = await pgServer.database();
    const inputs = [0, 1, 2, 3].map((w) => (overlap
      ? [...files.slice(w * 7), ...files.slice(0, w * 7)] // every worker gets everything, each starting elsewhere
      : files.filter((_, i) => i % 4 === w)));
    const runs: Array<{ code: number | null; err: string }> = await Promise.all(inputs.map((list) => finished(nexusProcess(['ingest', ...list, '--db', url, '-q']))));
    for (const r of runs) assert.equal(r.code, 0, r.err);
    const total: number = runs.reduce((n: number, r) => n + Number(/ingested (\d+)/.exec(r.err)![1]), 0);
    assert.equal(total, files.length, 'each document stored by exactly one worker');
    assert.deepEqual(await snap(url), expected, overlap ? 'overlapping inputs' : 'disjoint inputs');
  }
});
