// A store of N documents for the web benchmark, made from the project's own
// texts (examples/, eval/own, the test texts): each document recombines 3 to
// 6 paragraphs drawn from different articles, under one of 60 publishers,
// dated over six years; one in twenty is a syndicated copy of an earlier
// one (same text, another publisher) and one in twenty a near-duplicate
// (another headline and sign-off). Never from the evaluation sets.
// Reused when it exists: bench/out/web-N.db.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger, systemClock } from '../src/core/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { extract } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';
import { asText, KIVU } from '../src/testing/corpus.js';
import * as texts from '../src/testing/texts.js';

const root = new URL('..', import.meta.url).pathname;
const read = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, dir, f), 'utf8'));

/** A small seeded generator (mulberry32): the same store every time. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchDoc { text: string; title: string; publisher: string; published: string; url: string }

export function benchDocuments(total: number): BenchDoc[] {
  const seeds = [...read('eval/own'), ...read('examples'), ...Object.values(texts).filter((t): t is string => typeof t === 'string'), ...KIVU.map(asText)];
  const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 80));
  const rand = rng(14);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const docs: BenchDoc[] = [];
  for (let i = 0; i < total; i++) {
    const publisher = `Desk ${String(i % 60).padStart(2, '0')} News`;
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const url = `https://desk${i % 60}.example.org/${day}/${i}`;
    if (i > 40 && i % 20 === 7) {
      const orig = docs[Math.floor(rand() * docs.length)];
      docs.push({ ...orig, publisher, url });
      continue;
    }
    if (i > 40 && i % 20 === 13) {
      const orig = docs[Math.floor(rand() * docs.length)];
      docs.push({ text: `${orig.text.replace(/Filed by .*$/m, '')}\n\nRepublished by ${publisher}.`, title: `${orig.title} (update)`, publisher, published: day, url });
      continue;
    }
    const n = 3 + Math.floor(rand() * 4);
    const body = Array.from({ length: n }, () => pick(paragraphs)).join('\n\n');
    const title = `Regional security brief ${i}`;
    docs.push({ text: `${title}\n\n${body}\n\nFiled by the ${publisher} desk, dispatch ${i}.`, title, publisher, published: day, url });
  }
  return docs;
}

/** Builds (or reuses) bench/out/web-N.db and returns its path. */
export async function benchStore(total: number, log: (s: string) => void = console.log): Promise<string> {
  const dir = join(root, 'bench/out');
  const path = join(dir, `web-${total}.db`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const store = await openStore(tmp, systemClock);
  const ctx = { kb: loadKnowledgeBase(), clock: systemClock, logger: silentLogger };
  const started = performance.now();
  // Identical copies fold into their original: make more, and stop at `total` distinct documents.
  const docs = benchDocuments(Math.ceil(total * 1.1));
  let stored = 0;
  let copies = 0;
  for (const d of docs) {
    if (stored >= total) break;
    const doc = extract(documentFromText(d.text, { url: d.url, title: d.title, publisher: d.publisher }, { published: d.published }), ctx);
    if ((await store.putDocument(doc)).status === 'stored') {
      stored++;
      if (stored % 250 === 0) log(`  stored ${stored}/${total} documents (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    } else copies++;
  }
  const s = await store.stats();
  log(`built ${path}: ${s.documents} documents (and ${copies} identical copies recorded on them), ${s.actors} actors, ${s.claims} claims`);
  await store.close();
  renameSync(tmp, path);
  for (const ext of ['-wal', '-shm']) if (existsSync(`${tmp}${ext}`)) renameSync(`${tmp}${ext}`, `${path}${ext}`);
  return path;
}
