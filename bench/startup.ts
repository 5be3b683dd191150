// Start-up and throughput of the command line, as a user meets them: wall
// and CPU time of `nexus --help` and of `nexus extract` on a one-line file and
// on the bundled example (separate processes, the built CLI: bin/nexus.js
// running dist/bundle), best and mean of N; then, in-process, extract
// throughput on one 1 MB document against the same text as 100 documents.
// Not a test: timings are noisy on a shared machine. Run: npm run bench:startup [N].
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, systemClock } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { loadModel } from '../src/nlp/index.js';
import { extract } from '../src/pipeline/index.js';
import { prose } from '../src/testing/shapes.js';
import { BenchFailure, bestOf, GNU_TIME, staleBuild } from '../src/testing/timed.js';

const runs = Number(process.argv[2] ?? 7);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nexus-bench-'));
const small = join(dir, 'one-line.txt');
writeFileSync(small, 'Boko Haram fighters attacked an army base in Borno state on Sunday, the army said.\n');

/** Stops the benchmark: a failure is never a time. */
function fail(why: string): never {
  console.error(`bench:startup: FAILED: ${why}`);
  process.exit(1);
}

const stale = staleBuild(root);
if (stale) fail(stale);
if (!existsSync(join(root, 'dist/nlp/model/en-ewt.nxm.decoded'))) console.error('bench:startup: note: dist/ has no decoded model (each run decodes the model file)');
if (!existsSync(join(root, 'dist/bundle/nexus.cjs.cache'))) console.error('bench:startup: note: dist/bundle has no code cache (each run compiles the bundle)');
if (!GNU_TIME) console.error('bench:startup: note: /usr/bin/time is not installed, so no CPU times');

/** What each command must print; a run that prints otherwise (or fails) stops the benchmark. */
const json = (minClaims: number) => (out: string) => {
  let doc: { entities?: unknown[]; claims?: unknown[] };
  try { doc = JSON.parse(out) as typeof doc; } catch { return `printed no JSON (${out.slice(0, 80)})`; }
  if (!doc.entities?.length) return 'found no entities';
  if ((doc.claims?.length ?? 0) < minClaims) return `found ${doc.claims?.length ?? 0} claims, expected at least ${minClaims}`;
  return undefined;
};
const commands: Array<[string, string[], (out: string) => string | undefined]> = [
  ['nexus --help', ['--help'], (out) => (/Usage: nexus/.test(out) && /\bextract\b/.test(out) ? undefined : 'printed no usage')],
  ['nexus extract one-line.txt', ['extract', small], (out) => (/Boko Haram/.test(out) ? undefined : 'did not find Boko Haram')],
  ['nexus extract one-line.txt --json', ['extract', small, '--json'], json(0)],
  ['nexus extract lake-chad-raid.txt --json', ['extract', join(root, 'examples/lake-chad-raid.txt'), '--json'], json(1)],
];
const fmt = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-');
for (const [label, args, check] of commands) {
  try {
    const { wall, cpu, wallMean, cpuMean } = bestOf(runs, [process.execPath, join(root, 'bin/nexus.js'), ...args], check);
    console.log(`${label.padEnd(42)} ${fmt(wall)} / ${fmt(wallMean)} wall, ${fmt(cpu)} / ${fmt(cpuMean)} CPU (best / mean of ${runs})`);
  } catch (e) {
    if (e instanceof BenchFailure) fail(e.message);
    throw e;
  }
}

const kb = loadKnowledgeBase();
const ctx = { kb, nlp: loadModel(), clock: systemClock, logger: silentLogger };
const text = prose(1024 * 1024);
const parts = text.split('\n\n').filter(Boolean);
const per = Math.ceil(parts.length / 100);
const docs = Array.from({ length: 100 }, (_, i) => parts.slice(i * per, (i + 1) * per).join('\n\n')).filter(Boolean);
const time = (fn: () => void) => { let b = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); fn(); b = Math.min(b, performance.now() - t0); } return b; };
const warm = extract(documentFromText(docs[0], { path: 'warm' }), ctx);
if (warm.entities.length === 0) fail('extract in-process found no entities in the prose');
const one = time(() => extract(documentFromText(text, { path: 'one.txt' }), ctx));
const many = time(() => { for (const [i, d] of docs.entries()) extract(documentFromText(d, { path: `d${i}.txt` }), ctx); });
const mb = Buffer.byteLength(text) / 1024 / 1024;
console.log(`one 1 MB document                    ${(one / 1000).toFixed(2)} s (${(mb / (one / 1000)).toFixed(2)} MB/s, best of 3)`);
console.log(`the same text as ${docs.length} documents          ${(many / 1000).toFixed(2)} s (${(mb / (many / 1000)).toFixed(2)} MB/s, best of 3)`);
