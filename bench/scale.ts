// Scale: 10,000 distinct documents (bench/corpus.ts) ingested with the CLI as
// a user runs it: into SQLite with `nexus ingest` (extraction threads, batched
// storage), and into PostgreSQL through the job queue with 1, 2 and 4
// `nexus worker` processes. Prints the rate of each, the share of PostgreSQL
// backends waiting on a lock (sampled from pg_stat_activity), the bytes per
// document by table, and the time of `path`, `timeline` and `actors` on the
// full store of each engine (in-process, after the store is open).
// Not a test. Run: npm run bench:scale [-- DOCS [RUNS]] (RUNS: best of N for each rate).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { systemClock } from '../src/core/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { startPostgres } from '../src/testing/postgres.js';
import { writeJsonl } from './corpus.js';

const docs = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 1);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nexus-scale-'));
const corpus = join(dir, 'corpus.jsonl');
const textBytes = writeJsonl(corpus, docs);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`node ${process.version}, ${cpus().length} cores (shared with other work: figures vary between runs), ${docs} documents, ${mb(textBytes)} of text`);

// CPU seconds of each command (user + system, all its threads), through GNU time where it is installed:
// unlike wall time, it hardly depends on what else the shared machine is doing.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const load = () => `load average ${loadavg()[0].toFixed(1)}`;

function nexus(args: string[]): Promise<{ code: number | null; err: string; cpu: number }> {
  const argv = [join(root, 'bin/nexus.js'), ...args];
  const child = TIME ? spawn(TIME, ['-f', 'nexus-cpu %U %S', process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  return new Promise((r) => child.on('close', (code) => {
    const m = /nexus-cpu ([\d.]+) ([\d.]+)/.exec(err);
    r({ code, err: err.replace(/.*nexus-cpu.*\n?/, ''), cpu: m ? Number(m[1]) + Number(m[2]) : NaN });
  }));
}
const perDoc = (cpu: number) => (Number.isNaN(cpu) ? '' : `; ${cpu.toFixed(0)} CPU s (${((cpu * 1000) / docs).toFixed(1)} ms a document)`);

async function timed(label: string, fn: () => Promise<unknown>, times = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) { const t = performance.now(); await fn(); best = Math.min(best, performance.now() - t); }
  console.log(`    ${label}: ${best.toFixed(0)} ms (best of ${times})`);
  return best;
}

async function queries(store: Store): Promise<void> {
  const [kh] = await store.findActors('Kataib Hezbollah');
  const [iran] = await store.findActors('Iran');
  const [pakistan] = await store.findActors('Pakistan');
  if (kh && iran) await timed(`path "Kataib Hezbollah" Iran (${(await store.paths(kh.id, iran.id)).length} paths)`, () => store.paths(kh.id, iran.id));
  await timed('timeline (first 500 claims)', () => store.claims({ limit: 500 }));
  if (pakistan) await timed(`timeline Pakistan (first 500 of ${await store.countClaims({ actor: pakistan.id })})`, () => store.claims({ actor: pakistan.id, limit: 500 }));
  await timed('actors (first 50)', () => store.actors({ limit: 50 }));
}

function sqliteBytes(path: string): void {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc').all() as Array<{ name: string; bytes: number }>;
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  db.close();
  console.log(`  bytes per document: ${(total / docs).toFixed(0)} (${(total / textBytes).toFixed(1)}x the text; file ${mb(statSync(path).size)})`);
  console.log(`    ${rows.filter((r) => r.bytes / docs >= 20).map((r) => `${r.name} ${(r.bytes / docs).toFixed(0)}`).join(', ')}`);
}

// ---------------------------------------------------------------- SQLite
let best = Infinity;
let bestCpu = NaN;
let sqlitePath = '';
for (let r = 0; r < runs; r++) {
  sqlitePath = join(dir, `scale-${r}.db`);
  const t = performance.now();
  const res = await nexus(['ingest', corpus, '--db', sqlitePath, '-q']);
  const secs = (performance.now() - t) / 1000;
  if (res.code !== 0) throw new Error(res.err);
  console.log(`  SQLite run ${r + 1}: ${secs.toFixed(1)} s${perDoc(res.cpu)}; ${load()}`);
  if (secs < best) { best = secs; bestCpu = res.cpu; }
  if (r < runs - 1) rmSync(sqlitePath, { force: true });
}
console.log(`SQLite, nexus ingest (extraction threads, batches of 64): ${best.toFixed(1)} s = ${(docs / best).toFixed(0)} docs/s (best of ${runs})${perDoc(bestCpu)}`);
sqliteBytes(sqlitePath);
{
  const store = await openStore(sqlitePath, systemClock);
  const s = await store.stats();
  console.log(`  store: ${s.documents} documents, ${s.actors} actors, ${s.claims} claims; queries:`);
  await queries(store);
  await store.close();
}

// ------------------------------------------------------------ PostgreSQL
const server = await startPostgres();
if (!server) { console.log('PostgreSQL: server binaries not found, skipped'); process.exit(0); }
try {
  const rates = new Map<number, number>();
  let lastUrl = '';
  for (const workers of [1, 2, 4]) {
    let bestSecs = Infinity;
    let share = 0;
    for (let r = 0; r < runs; r++) {
      const url = await server.database();
      const q = await nexus(['ingest', corpus, '--db', url, '--queue', '-q']);
      if (q.code !== 0) throw new Error(q.err);
      const sampler = new pg.Client({ connectionString: url });
      await sampler.connect();
      let active = 0;
      let waiting = 0;
      let sampling = true;
      const sample = (async () => {
        while (sampling) {
          const s = await sampler.query(`select count(*) filter (where state = 'active') as active, count(*) filter (where state = 'active' and wait_event_type = 'Lock') as waiting
            from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name <> 'nexus-queue'`);
          active += Number(s.rows[0].active);
          waiting += Number(s.rows[0].waiting);
          await new Promise((res) => setTimeout(res, 100));
        }
      })();
      const t = performance.now();
      const results = await Promise.all(Array.from({ length: workers }, () => nexus(['worker', '--db', url, '--until-empty', '-q', '--threads', '0'])));
      const secs = (performance.now() - t) / 1000;
      sampling = false;
      await sample;
      await sampler.end();
      for (const res of results) if (res.code !== 0) throw new Error(res.err);
      const cpu = results.reduce((n, res) => n + res.cpu, 0);
      console.log(`  PostgreSQL, ${workers} worker(s), run ${r + 1}: ${secs.toFixed(1)} s${perDoc(cpu)} in the workers; ${load()}`);
      if (secs < bestSecs) { bestSecs = secs; share = active ? waiting / active : 0; }
      lastUrl = url;
    }
    rates.set(workers, docs / bestSecs);
    console.log(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}: ${bestSecs.toFixed(1)} s = ${(docs / bestSecs).toFixed(0)} docs/s` +
      `${workers > 1 ? ` (${(docs / bestSecs / rates.get(1)!).toFixed(2)}x one worker)` : ''}; store statements waiting on a lock: ${(share * 100).toFixed(1)}% of the active time (best of ${runs})`);
  }
  const client = new pg.Client({ connectionString: lastUrl });
  await client.connect();
  const sizes = await client.query(`select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by bytes desc`);
  await client.end();
  const total = sizes.rows.reduce((n, r) => n + Number(r.bytes), 0);
  console.log(`  bytes per document (tables with their indexes and TOAST): ${(total / docs).toFixed(0)} (${(total / textBytes).toFixed(1)}x the text)`);
  console.log(`    ${sizes.rows.filter((r) => Number(r.bytes) / docs >= 20).map((r) => `${r.name} ${(Number(r.bytes) / docs).toFixed(0)}`).join(', ')}`);
  const store = await openStore(lastUrl, systemClock);
  console.log('  queries:');
  await queries(store);
  await store.close();
  // The resolver is the one serial step: how fast does it fold documents in, all at once?
  const again = new pg.Client({ connectionString: lastUrl });
  await again.connect();
  await again.query('begin');
  for (const t of ['keys', 'actors', 'actor_names', 'actor_main', 'key_edges']) await again.query(`delete from ${t}`);
  await again.query('insert into pending (doc) select n from documents');
  await again.query('commit');
  await again.end();
  const refold = await openStore(lastUrl, systemClock);
  const t = performance.now();
  await refold.resolve();
  const secs = (performance.now() - t) / 1000;
  await refold.close();
  console.log(`  resolver alone, folding all ${docs} documents again: ${secs.toFixed(1)} s = ${(docs / secs).toFixed(0)} docs/s`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
