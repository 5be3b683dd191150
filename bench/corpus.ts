// A corpus generator for the benchmarks: documents recombined from the
// project's own texts (eval/own, examples, the test texts), never from the
// evaluation sets. Document i takes the paragraphs of one seed, rotated,
// adds a paragraph of another seed and a numbered closing line, so that
// every document is distinct and actors recur across documents as they do in
// a news corpus.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asText, KIVU } from '../src/testing/corpus.js';
import * as texts from '../src/testing/texts.js';

const root = new URL('..', import.meta.url).pathname;
const read = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, dir, f), 'utf8'));
export const SEEDS = [...read('eval/own'), ...read('examples'), ...Object.values(texts).filter((t): t is string => typeof t === 'string'), ...KIVU.map(asText)];
const paragraphs = SEEDS.map((s) => s.split('\n').filter((p) => p.trim()));

export function generated(i: number): string {
  const paras = paragraphs[i % SEEDS.length];
  const rot = Math.floor(i / SEEDS.length) % paras.length;
  const other = paragraphs[(i * 7 + 3) % SEEDS.length];
  const extra = other[1 + (i % Math.max(1, other.length - 1))] ?? other[0];
  return `${[...paras.slice(rot), ...paras.slice(0, rot), extra].join('\n\n')}\n\nDispatch ${i} filed by the regional desk.\n`;
}

export function meta(i: number): { publisher: string; published: string } {
  return { publisher: `Desk ${i % 40}`, published: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` };
}

/** Writes `n` documents as JSONL (what `nexus ingest` reads as a stream); returns the bytes of text. */
export function writeJsonl(path: string, n: number): number {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = generated(i);
    bytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ text, ...meta(i), title: `Dispatch ${i}` }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return bytes;
}
