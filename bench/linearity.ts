// Extraction time against input size, for prose and for adversarial shapes
// (a single 5 MB token, one long line, repeated blocks...): the time per MB
// must stay flat from 10 KB to 5 MB. Not a test (timings are noisy on a
// shared machine): run `npm run bench:linearity [maxMB] [shape...]`.
import { systemClock, silentLogger } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { loadModel } from '../src/nlp/index.js';
import { extract } from '../src/pipeline/index.js';
import { SHAPES } from '../src/testing/shapes.js';

const maxMb = Number(process.argv[2] ?? 5);
const only = process.argv.slice(3);
const kb = loadKnowledgeBase();
const ctx = { kb, nlp: loadModel(), clock: systemClock, logger: silentLogger };
const sizes = [10 * 1024, 100 * 1024, 1024 * 1024, 5 * 1024 * 1024].filter((s) => s <= maxMb * 1024 * 1024);

function time(text: string, format: 'text' | 'html', repeat: number): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    try {
      extract(documentFromText(text, { path: 'x' }, { format }), ctx);
    } catch (e) {
      if ((e as Error).name !== 'NoReadableText') throw e; // a page with no text is an answer too
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

console.log(`ms per MB (best of 3 below 1 MB, of 1 above), sizes ${sizes.map((s) => `${s / 1024} KB`).join(', ')}`);
for (const shape of SHAPES.filter((s) => !only.length || only.includes(s.name))) {
  time(shape.make(10_000), shape.format, 2); // warm up
  const row: string[] = [];
  for (const size of sizes) {
    const ms = time(shape.make(size), shape.format, size < 1024 * 1024 ? 3 : 1);
    row.push(`${(ms / (size / 1024 / 1024)).toFixed(0).padStart(7)}`);
  }
  console.log(`${shape.name.padEnd(20)} ${row.join(' ')}`);
}
