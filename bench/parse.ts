// Speed of the linguistic layer and of the whole extraction on real news
// text: sentences of ../shared/eval/dev recombined (seeded) into paragraphs,
// many short documents (about 10 KB each) and one long one (1 MB). Prints words per
// second for tokenise+tag+parse and MB/s for `extract`, on one core, best of
// N passes (a shared machine slows single passes at random).
//   npm run bench:parse [-- MB PASSES]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger, systemClock } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { analyze, loadModel } from '../src/nlp/index.js';
import { seeded } from '../src/nlp/perceptron/random.js';
import { extract } from '../src/pipeline/index.js';

const mb = Number(process.argv[2] ?? 1);
const passes = Number(process.argv[3] ?? 3);
const dev = new URL('../../shared/eval/dev', import.meta.url).pathname;
if (!existsSync(dev)) {
  console.log(`bench:parse needs ${dev} (../shared beside the project) for its real news text; skipped`);
  process.exit(0);
}
// The cleaner drops repeated paragraphs (a 1 MB document of recombined
// paragraphs kept about 60 KB), so paragraphs are rebuilt from three to six
// sentences drawn at random: every paragraph is new, the sentences real.
const sentences = readdirSync(dev).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(dev, f), 'utf8').split('\n'))
  .flatMap((p) => p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/))
  .filter((s) => s.trim().length > 20);
const random = seeded(2024);
function text(bytes: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const k = 3 + Math.floor(random() * 4);
    const para = Array.from({ length: k }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    out.push(para);
    n += para.length + 2;
  }
  return out.join('\n\n');
}
const total = mb * 1024 * 1024;
const long = text(total);
const short: string[] = [];
for (let n = 0; n < total;) { const t = text(10 * 1024); short.push(t); n += t.length; }

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
// The model's load as a command meets it: in a fresh process each time (its
// code not yet compiled by the JIT), CPU time and wall time, best of N.
const load = loadTimes(Math.max(passes, 5));
const model = loadModel();
const kb = loadKnowledgeBase();
const ctx = { kb, nlp: model, clock: systemClock, logger: silentLogger };


function best(run: () => void): number {
  let min = Infinity;
  for (let p = 0; p < passes; p++) { const c = cpu(); run(); min = Math.min(min, cpu() - c); }
  return min;
}
// Warm up the JIT.
for (const t of short.slice(0, 10)) extract(documentFromText(t, { path: 'w' }), ctx);

let words = 0;
const parseMs = best(() => { words = analyze(documentFromText(long, { path: 'long.txt' }), model).words.length; });
const t0 = cpu();
const docOnly = documentFromText(long, { path: 'long.txt' });
const cleanMs = cpu() - t0;
const longMs = best(() => { extract(documentFromText(long, { path: 'long.txt' }), ctx); });
const shortMs = best(() => { for (const [i, t] of short.entries()) extract(documentFromText(t, { path: `d${i}.txt` }), ctx); });
void docOnly;
const mbs = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`real news text (sentences of ../shared/eval/dev recombined): ${mb} MB as one document and as ${short.length} documents; CPU time on one core, best of ${passes}`);
console.log(`model loaded in ${load.cpu.toFixed(0)} ms of CPU time, ${load.wall.toFixed(0)} ms of wall time (fresh processes, best of ${Math.max(passes, 5)})`);
console.log(`tokenise+tag+parse (with ingest and sentences): ${Math.round(words / ((parseMs - cleanMs) / 1000)).toLocaleString('en')} words/s (${words.toLocaleString('en')} words)`);
console.log(`the cleaner kept ${(docOnly.blocks.reduce((a, b) => a + b.end - b.start, 0) / 1024).toFixed(0)} KB of the long document`);
console.log(`extract, one long document: ${mbs(longMs)} MB/s; many short documents: ${mbs(shortMs)} MB/s`);

function loadTimes(runs: number): { cpu: number; wall: number } {
  const load = new URL('../src/nlp/model/load.ts', import.meta.url).href;
  const code = `import { loadModel } from ${JSON.stringify(load)};
const u0 = process.cpuUsage(), w0 = performance.now();
loadModel();
const u = process.cpuUsage(u0);
console.log(JSON.stringify({ cpu: (u.user + u.system) / 1000, wall: performance.now() - w0 }));`;
  let best = { cpu: Infinity, wall: Infinity };
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`loading the model failed: ${r.stderr}`);
    const t = JSON.parse(r.stdout) as { cpu: number; wall: number };
    best = { cpu: Math.min(best.cpu, t.cpu), wall: Math.min(best.wall, t.wall) };
  }
  return best;
}
