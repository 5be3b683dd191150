// Start-up and throughput of the command line, as a user meets them: wall
// and CPU time of `nexus --help` and of `nexus extract` on a one-line file and
// on the bundled example (separate processes, the built CLI in dist/), best of N; then, in-process, extract
// throughput on one 1 MB document against the same text as 100 documents.
// Not a test: timings are noisy on a shared machine. Run: npm run bench:startup [N].
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, systemClock } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { loadModel } from '../src/nlp/index.js';
import { extract } from '../src/pipeline/index.js';
import { prose } from '../src/testing/shapes.js';

const runs = Number(process.argv[2] ?? 7);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nexus-bench-'));
const small = join(dir, 'one-line.txt');
writeFileSync(small, 'Boko Haram fighters attacked an army base in Borno state on Sunday, the army said.\n');

// CPU time of the child (user + system) through GNU time where it is installed
// (Node 20's spawnSync does not report it): less disturbed by other tenants than wall time.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function best(args: string[]): { wall: number; cpu: number } {
  let wall = Infinity, cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const cmd = [process.execPath, join(root, 'bin/nexus.js'), ...args];
    const timeFile = join(dir, 'time.txt');
    const t0 = performance.now();
    const r = TIME ? spawnSync(TIME, ['-o', timeFile, '-f', '%U %S', ...cmd], { encoding: 'utf8' }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`nexus ${args.join(' ')}: ${r.stderr}`);
    wall = Math.min(wall, ms);
    if (TIME) cpu = Math.min(cpu, readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((a, b) => a + Number(b), 0) * 1000);
  }
  return { wall, cpu };
}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-');
for (const [label, args] of [['nexus --help', ['--help']], ['nexus extract one-line.txt', ['extract', small]], ['nexus extract one-line.txt --json', ['extract', small, '--json']],
  ['nexus extract lake-chad-raid.txt --json', ['extract', join(root, 'examples/lake-chad-raid.txt'), '--json']]] as const) {
  const { wall, cpu } = best([...args]);
  console.log(`${label.padEnd(42)} ${fmt(wall)} wall, ${fmt(cpu)} CPU (best of ${runs})`);
}

const kb = loadKnowledgeBase();
const ctx = { kb, nlp: loadModel(), clock: systemClock, logger: silentLogger };
const text = prose(1024 * 1024);
const parts = text.split('\n\n').filter(Boolean);
const per = Math.ceil(parts.length / 100);
const docs = Array.from({ length: 100 }, (_, i) => parts.slice(i * per, (i + 1) * per).join('\n\n')).filter(Boolean);
const time = (fn: () => void) => { let b = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); fn(); b = Math.min(b, performance.now() - t0); } return b; };
extract(documentFromText(docs[0], { path: 'warm' }), ctx);
const one = time(() => extract(documentFromText(text, { path: 'one.txt' }), ctx));
const many = time(() => { for (const [i, d] of docs.entries()) extract(documentFromText(d, { path: `d${i}.txt` }), ctx); });
const mb = Buffer.byteLength(text) / 1024 / 1024;
console.log(`one 1 MB document                    ${(one / 1000).toFixed(2)} s (${(mb / (one / 1000)).toFixed(2)} MB/s, best of 3)`);
console.log(`the same text as ${docs.length} documents          ${(many / 1000).toFixed(2)} s (${(mb / (many / 1000)).toFixed(2)} MB/s, best of 3)`);
