// Ingest speed and memory, in-process, one core: 10,000 documents generated
// from the project's own texts (eval/own, examples, the test texts), never
// from the evaluation set, into a fresh SQLite file and a fresh PostgreSQL
// database (a throw-away server, when the binaries are installed). Prints
// documents per second (whole pipeline, and the store's share: batches of 64
// stored and folded into actors) and the
// resident memory as the corpus grows, which should stay flat.
// Run: npm run bench:ingest [-- DOCS [sqlite|postgres]]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, systemClock, type NexusDocument } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { loadModel } from '../src/nlp/index.js';
import { extract } from '../src/pipeline/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { asText, KIVU } from '../src/testing/corpus.js';
import { startPostgres } from '../src/testing/postgres.js';
import * as texts from '../src/testing/texts.js';

const total = Number(process.argv[2] ?? 10_000);
const only = process.argv[3];
const root = new URL('..', import.meta.url).pathname;
const read = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, dir, f), 'utf8'));
const seeds = [...read('eval/own'), ...read('examples'), ...Object.values(texts).filter((t): t is string => typeof t === 'string'), ...KIVU.map(asText)];

/** Document i: a seed with its paragraphs rotated and a numbered closing line, so that every document is distinct. Made when needed. */
function generated(i: number): string {
  const paras = seeds[i % seeds.length].split('\n').filter((p) => p.trim());
  const rot = Math.floor(i / seeds.length) % paras.length;
  return `${[...paras.slice(rot), ...paras.slice(0, rot)].join('\n\n')}\n\nDispatch ${i} filed by the regional desk.\n`;
}

const kb = loadKnowledgeBase();
const ctx = { kb, nlp: loadModel(), clock: systemClock, logger: silentLogger };
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function run(name: string, store: Store): Promise<void> {
  const started = performance.now();
  let storeMs = 0;
  let peak = 0;
  let bytes = 0;
  const samples: string[] = [];
  let batch: NexusDocument[] = [];
  const flush = async () => {
    const t = performance.now();
    await store.putDocuments(batch);
    await store.resolve();
    storeMs += performance.now() - t;
    batch = [];
  };
  for (let i = 0; i < total; i++) {
    const text = generated(i);
    bytes += Buffer.byteLength(text);
    batch.push(extract(documentFromText(text, { path: `bench/${i}.txt`, publisher: `Desk ${i % 40}`, published: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` }), ctx));
    if (batch.length === 64 || i === total - 1) await flush();
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
    if ((i + 1) % Math.max(1, Math.floor(total / 5)) === 0) samples.push(`${i + 1}: ${mb(rss)}`);
  }
  const secs = (performance.now() - started) / 1000;
  const s = await store.stats();
  console.log(`${name}: ${total} documents (${mb(bytes)}) in ${secs.toFixed(1)} s = ${(total / secs).toFixed(1)} docs/s; ` +
    `store alone ${(total / (storeMs / 1000)).toFixed(1)} docs/s (${((storeMs / 1000 / secs) * 100).toFixed(0)}% of the time)`);
  console.log(`  peak memory ${mb(peak)}; resident memory as the corpus grows: ${samples.join(', ')}`);
  console.log(`  store: ${s.documents} documents, ${s.actors} actors, ${s.claims} claims`);
}

const dir = mkdtempSync(join(tmpdir(), 'nexus-bench-'));
console.log(`node ${process.version}, ${total} generated documents from ${seeds.length} own texts`);
if (!only || only === 'sqlite') {
  const store = await openStore(join(dir, 'bench.db'), systemClock);
  await run('SQLite', store);
  await store.close();
}
if (!only || only === 'postgres') {
  const pg = await startPostgres();
  if (!pg) console.log('PostgreSQL: server binaries not found, skipped');
  else {
    try {
      const store = await openStore(await pg.database(), systemClock);
      await run('PostgreSQL', store);
      await store.close();
    } finally {
      pg.stop();
    }
  }
}
rmSync(dir, { recursive: true, force: true });
