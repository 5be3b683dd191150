/**
 * Random and adversarial inputs through the cleaner and the whole extraction:
 * every run ends, without a crash, in time that grows linearly with the
 * input (a 4x larger input may not take 10x longer: quadratic work takes 16x),
 * and every quote still slices back out of the text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isNexusError, silentLogger, systemClock } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { testModel } from '../testing/model.js';
import { SHAPES } from '../testing/shapes.js';
import { extract } from './extract.js';

const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: systemClock, logger: silentLogger };

/** Extracts, and checks what came out; an input with nothing to read may be refused with a named error. */
function run(text: string, format: 'text' | 'html' | 'markdown'): void {
  try {
    const doc = extract(documentFromText(text, { path: 'fuzz' }, { format }), ctx);
    for (const c of doc.claims) for (const e of c.evidence) assert.equal(doc.text.slice(e.start, e.end), e.text);
    for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  } catch (e) {
    if (!isNexusError(e)) throw e;
    assert.ok(['InputEmpty', 'NoReadableText'].includes(e.name), `${e.name}: ${e.message}`);
  }
}

/** CPU milliseconds of this process since `from`: other processes on a loaded machine do not count, as they do in wall time. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function timed(text: string, format: 'text' | 'html'): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = process.cpuUsage();
    run(text, format);
    best = Math.min(best, cpuMs(t0));
  }
  return best;
}

describe('adversarial shapes take time linear in their size', () => {
  for (const shape of SHAPES) {
    test(shape.name, () => {
      timed(shape.make(16 * 1024), shape.format); // warm the code up
      const small = timed(shape.make(64 * 1024), shape.format);
      const large = timed(shape.make(256 * 1024), shape.format);
      // A floor of 150 ms keeps timer noise on tiny runs from reading as growth.
      assert.ok(large < 10 * Math.max(small, 150), `64 KB took ${small.toFixed(0)} ms, 256 KB took ${large.toFixed(0)} ms: worse than linear`);
      assert.ok(large < 30_000, `256 KB took ${large.toFixed(0)} ms`);
    });
  }
});

// Sentences are cut at 200 words (src/nlp) and every later stage works per sentence or per mention, so a line of any length parses in linear time.
test('5 MB of one character, and 5 MB of one long line, finish (the default size limit)', () => {
  for (const text of ['a'.repeat(5 * 1024 * 1024), 'x '.repeat(2.5 * 1024 * 1024)]) {
    const t0 = process.cpuUsage();
    run(text, 'text');
    assert.ok(cpuMs(t0) < 120_000, `${(cpuMs(t0) / 1000).toFixed(1)} s of CPU time`);
  }
});

test('random inputs (any code points, control characters, markup fragments) never crash the cleaner or the extractor', () => {
  let seed = 20240607;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const pieces = ['<div>', '</div>', '<p>', '<script>', '&amp;', '&#0;', '\u0000', '\u0007', '\r\n', '\n\n', '\u202e', '\ud800', '\udfff', '«', '»', '"', '“', 'Boko Haram', 'ISWAP', ' said ', ' attacked ', ' funded ', 'Rs 50 lakh', ' in 2015', ' last month', 'Mr.', '...', '(', ')', '—', 'الشباب', '伊斯兰国', '  ', '\t', '© 2024 Desk', 'http://x.y/z', 'a@b.co'];
  for (let i = 0; i < 60; i++) {
    let text = '';
    const n = 1 + rand(400);
    for (let k = 0; k < n; k++) text += rand(3) === 0 ? String.fromCharCode(rand(0x3000)) : pieces[rand(pieces.length)];
    for (const format of ['text', 'html', 'markdown'] as const) run(text, format);
  }
});
