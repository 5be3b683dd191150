// A corpus store with the Kivu articles in it, and the server's app over it, for API and browser tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NexusError, silentLogger, type Clock } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { testModel } from './model.js';
import { extract } from '../pipeline/index.js';
import { createApp, type ServerDeps } from '../server/index.js';
import type { Fetched, Fetcher } from '../sources/index.js';
import { openStore, type Store } from '../store/index.js';
import { asText, KIVU, type Article } from './corpus.js';

let kbCache: KnowledgeBase | undefined;
/** The bundled knowledge base, loaded once per test process (it is read-only). */
export function testKb(): KnowledgeBase {
  return (kbCache ??= loadKnowledgeBase());
}

export const fixedClock: Clock = () => new Date('2024-05-01T12:00:00Z');

/** A fetcher that serves the given pages and fails for any other URL: tests never reach the network. */
export function fakeFetcher(pages: Record<string, string>): Fetcher {
  return {
    async get(url: string): Promise<Fetched> {
      const text = pages[url];
      if (text === undefined) throw new NexusError('FetchFailed', 'HTTP 404 Not Found', { subject: url });
      return { url, contentType: 'text/html; charset=utf-8', text, bytes: Buffer.byteLength(text) };
    },
  };
}

export interface Fixture {
  dir: string;
  store: Store;
  deps: ServerDeps;
  close(): Promise<void>;
}

/** The project's own articles (examples/ and eval/own, written for the project) as files to ingest. */
export function ownFiles(): Array<{ path: string; text: string }> {
  const root = new URL('../../', import.meta.url).pathname;
  return ['examples', 'eval/own'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') })));
}

export async function storeWith(articles: Article[] = KIVU, extra: Partial<ServerDeps> = {}, files: Array<{ path: string; text: string }> = []): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-server-'));
  const store = await openStore(join(dir, 'nexus.db'), fixedClock);
  const kb = testKb();
  for (const a of articles) {
    const doc = documentFromText(asText(a), { path: `${a.name}.txt`, title: a.title });
    await store.putDocument(extract(doc, { kb, nlp: testModel(), clock: fixedClock, logger: silentLogger }));
  }
  for (const f of files) await store.putDocument(extract(documentFromText(f.text, { path: f.path }), { kb, nlp: testModel(), clock: fixedClock, logger: silentLogger }));
  const deps: ServerDeps = { store, kb, nlp: testModel(), clock: fixedClock, logger: silentLogger, fetcher: fakeFetcher({}), ...extra };
  return { dir, store, deps, close: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export { createApp };
