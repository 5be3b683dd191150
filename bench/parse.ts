// Speed of the linguistic layer and of the whole extraction on real news
// text: paragraphs of ../shared/eval/dev recombined (seeded) into many short
// documents (about 10 KB each) and into one long one (1 MB). Prints words per
// second for tokenise+tag+parse and MB/s for `extract`, on one core, best of
// N passes (a shared machine slows single passes at random).
//   npm run bench:parse [-- MB PASSES]
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
// Sentences of the development articles, recombined into new paragraphs of
// three to six: repeated whole paragraphs would be dropped by the cleaner as
// duplicates, and then the benchmark would measure the cleaner alone.
const sentences = readdirSync(dev).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dev, f), 'utf8').split('\n'))
  .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-Z“"])/)).filter((s) => s.trim().length > 30);
const random = seeded(2024);
function text(bytes: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const k = 3 + Math.floor(random() * 4);
    const para = Array.from({ length: k }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    out.push(para);
    n += para.length + 1;
  }
  return out.join('\n');
}
const total = mb * 1024 * 1024;
const long = text(total);
const short: string[] = [];
for (let n = 0; n < total;) { const t = text(10 * 1024); short.push(t); n += t.length; }

let t0 = performance.now();
const model = loadModel();
const loadMs = performance.now() - t0;
const kb = loadKnowledgeBase();
const ctx = { kb, nlp: model, clock: systemClock, logger: silentLogger };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function best(run: () => void): number {
  let min = Infinity;
  for (let p = 0; p < passes; p++) { const c = cpu(); run(); min = Math.min(min, cpu() - c); }
  return min;
}
// Warm up the JIT.
for (const t of short.slice(0, 10)) extract(documentFromText(t, { path: 'w' }), ctx);

let words = 0;
const parseMs = best(() => { words = analyze(documentFromText(long, { path: 'long.txt' }), model).words.length; });
t0 = cpu();
const docOnly = documentFromText(long, { path: 'long.txt' });
const cleanMs = cpu() - t0;
const longMs = best(() => { extract(documentFromText(long, { path: 'long.txt' }), ctx); });
const shortMs = best(() => { for (const [i, t] of short.entries()) extract(documentFromText(t, { path: `d${i}.txt` }), ctx); });
void docOnly;
const mbs = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`real news text from ../shared/eval/dev paragraphs: ${mb} MB as one document and as ${short.length} documents; CPU time on one core, best of ${passes}`);
console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
console.log(`tokenise+tag+parse (with ingest and sentences): ${Math.round(words / ((parseMs - cleanMs) / 1000)).toLocaleString('en')} words/s (${words.toLocaleString('en')} words)`);
console.log(`extract, one long document: ${mbs(longMs)} MB/s; many short documents: ${mbs(shortMs)} MB/s`);
