/**
 * Content-derived ids: the same corpus stored in different orders, one
 * document at a time or in batches, on SQLite and on PostgreSQL, gives the
 * same store, down to the bytes of every export, ids included.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { silentLogger, type NexusDocument } from '../core/index.js';
import { keyId } from '../corpus/index.js';
import { EXPORTERS, selectCorpus } from '../export/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { extract } from '../pipeline/index.js';
import { asText, KIVU, numbered, SYNDICATED } from '../testing/corpus.js';
import { PG_MISSING, startPostgres, type TestPostgres } from '../testing/postgres.js';
import { ROOT } from '../testing/processes.js';
import * as texts from '../testing/texts.js';
import { openStore, type Store } from './index.js';
import { testModel } from '../testing/model.js';

const clock = () => new Date('2026-01-01T00:00:00Z');
const kb = loadKnowledgeBase();
const ctx = { kb, nlp: testModel(), clock, logger: silentLogger };
const dir = mkdtempSync(join(tmpdir(), 'nexus-order-'));
let pgServer: TestPostgres | undefined;
let docs: NexusDocument[] = [];

before(async () => {
  pgServer = await startPostgres();
  const own = (d: string) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: `${d}/${f}`, text: readFileSync(join(ROOT, d, f), 'utf8') }));
  const inputs = [
    ...own('eval/own'), ...own('examples'),
    ...Object.entries(texts).filter(([, t]) => typeof t === 'string').map(([k, t]) => ({ path: `texts/${k}.txt`, text: t as string })),
    ...[...KIVU, SYNDICATED].map((a) => ({ path: `kivu/${a.name}.txt`, text: asText(a) })),
    ...[0, 1, 2, 3, 4, 5].map((i) => ({ path: `kivu/variant-${i}.txt`, text: asText(numbered(KIVU[i % KIVU.length], i)) })),
  ];
  docs = inputs.map((i) => extract(documentFromText(i.text, { path: i.path }), ctx));
});
after(() => pgServer?.stop());

/** Stores the documents in the given order: one at a time, or in batches folded in after each. */
async function fill(store: Store, order: NexusDocument[], batch: number): Promise<Store> {
  if (batch === 1) for (const d of order) await store.putDocument(d);
  else {
    for (let i = 0; i < order.length; i += batch) {
      await store.putDocuments(order.slice(i, i + batch));
      await store.resolve({ wait: false });
    }
    await store.resolve({ wait: true });
  }
  return store;
}

async function exports(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of ['json', 'stix', 'graphml', 'csv'] as const) {
    const sel = await selectCorpus(store, { actors: [], depth: 1 }, { details: EXPORTERS[format].details });
    for (const f of EXPORTERS[format].write(sel, { clock, kb })) out[`${format}/${f.name}`] = f.content;
  }
  await store.close();
  return out;
}

/** A fixed shuffle (so that a failure can be replayed). */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('two orders, one document at a time and in batches, give byte-identical exports (SQLite, and PostgreSQL when installed)', async () => {
  const sqlite = (name: string) => openStore(join(dir, `${name}.db`), clock);
  const forward = await exports(await fill(await sqlite('forward'), docs, 1));
  const backward = await exports(await fill(await sqlite('backward'), [...docs].reverse(), 7));
  const shuffle = await exports(await fill(await sqlite('shuffled'), shuffled(docs, 42), 5));
  assert.ok(Object.keys(forward).length >= 8, Object.keys(forward).join(', '));
  for (const [name, content] of Object.entries(forward)) {
    assert.equal(backward[name], content, `${name}: reversed order, batches of 7`);
    assert.equal(shuffle[name], content, `${name}: shuffled, batches of 5`);
  }
  // Ids come from content: a knowledge-base actor's id is the id of its kb key.
  const json = JSON.parse(forward['json/nexus.json']) as { entities: Array<{ id: string; name: string; kb?: string }> };
  const us = json.entities.find((e) => e.name === 'United States');
  assert.ok(us?.kb, 'the United States is a knowledge-base actor');
  assert.equal(us.id, keyId(`kb:${us.kb}`));
  if (!pgServer) { console.log(`# ${PG_MISSING}`); return; }
  const pg = async () => openStore(await pgServer!.database(), clock);
  const onPg = await exports(await fill(await pg(), shuffled(docs, 7), 6));
  const onPgOne = await exports(await fill(await pg(), [...docs].reverse(), 1));
  for (const [name, content] of Object.entries(forward)) {
    assert.equal(onPg[name], content, `${name}: PostgreSQL, shuffled, batches of 6`);
    assert.equal(onPgOne[name], content, `${name}: PostgreSQL, reversed, one at a time`);
  }
});
