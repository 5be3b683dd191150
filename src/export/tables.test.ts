import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { exportCorpus, FIXED_CLOCK, handSelection, NASTY } from '../testing/export-corpus.js';
import type { Store } from '../store/index.js';
import { csvTable, toCsv } from './csv.js';
import { toJson } from './json.js';
import { selectCorpus } from './select.js';
import type { Selection } from './types.js';

type Row = Record<string, string>;
const rows = (csv: string) => parse(csv, { columns: true }) as Row[];

let store: Store;
let sel: Selection;
before(async () => {
  store = (await exportCorpus()).store;
  sel = await selectCorpus(store, { actors: [], depth: 1 }, { details: true });
});
after(() => store.close());

describe('CSV export', () => {
  test('writes five tables that parse back with one row per record', () => {
    const files = Object.fromEntries(toCsv(sel).map((f) => [f.name, rows(f.content)]));
    assert.deepEqual(Object.keys(files), ['entities.csv', 'aliases.csv', 'claims.csv', 'documents.csv', 'assertions.csv']);
    assert.equal(files['claims.csv'].length, sel.claims.length);
    assert.equal(files['documents.csv'].length, sel.documents.length);
    assert.equal(files['assertions.csv'].length, sel.assertions.length);
    assert.equal(files['entities.csv'].length, sel.actors.length + sel.cited.length);
  });

  test('each claim row carries its quote exactly as in its document, the document, source, modality and dates', async () => {
    const claims = rows(csvTable(sel, 'claims'));
    for (const r of claims) {
      const doc = await store.document(r.document_id);
      assert.equal(doc!.text.slice(Number(r.quote_start), Number(r.quote_end)), r.quote);
    }
    const ledger = claims.find((r) => r.publisher === 'Bamako Ledger' && r.predicate === 'FUNDS')!;
    assert.deepEqual([ledger.subject, ledger.object, ledger.modality, ledger.attributed_to, ledger.event_date, ledger.published, ledger.document_title],
      ["Jama'at Nusrat al-Islam wal-Muslimin", 'Katiba Serma', 'reported', 'author', '2022', '2024-03-02', 'Militia funding in central Mali']);
    const denial = claims.find((r) => r.polarity === 'negative')!;
    assert.equal(denial.attributed_to, 'Katiba Serma');
  });

  test('aliases list every name of an actor with how the documents used it', () => {
    const jnim = rows(csvTable(sel, 'aliases')).filter((r) => r.actor === "Jama'at Nusrat al-Islam wal-Muslimin");
    const acronym = jnim.find((r) => r.alias === 'JNIM')!;
    assert.match(acronym.how, /acronym/);
    assert.ok(Number(acronym.documents) >= 3);
  });

  test('quotes, commas, pipes and line breaks inside values survive the round trip', () => {
    const hand = handSelection();
    const claims = rows(csvTable(hand, 'claims'));
    assert.equal(claims[0].quote, NASTY);
    assert.equal(rows(csvTable(hand, 'documents'))[0].publisher, 'Paper, "One"');
  });
});

describe('JSON export', () => {
  test('is the extraction contract over the corpus: claims point at entities, with quotes that index their documents', async () => {
    const out = JSON.parse(toJson(sel, { clock: FIXED_CLOCK }));
    const entities = new Set(out.entities.map((e: { id: string }) => e.id));
    assert.equal(out.claims.length, sel.claims.length);
    for (const c of out.claims) {
      assert.ok(entities.has(c.subject) && entities.has(c.object), `${c.id}: subject or object is not an entity`);
      assert.ok(c.attributed_to === 'author' || entities.has(c.attributed_to), `${c.id}: attributed_to ${c.attributed_to}`);
      const doc = await store.document(c.document);
      assert.equal(doc!.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    }
    const jnim = out.entities.find((e: { name: string }) => e.name === "Jama'at Nusrat al-Islam wal-Muslimin");
    assert.deepEqual([jnim.type, jnim.aliases, jnim.kb], ['ArmedGroup', ['JNIM'], 'jnim']);
    const funds = out.assertions.find((a: { predicate: string; polarity: string }) => a.predicate === 'FUNDS' && a.polarity === 'positive');
    assert.equal(funds.claims.length, funds.independent_sources);
    assert.equal(out.contradictions.length, sel.contradictions.length);
    assert.equal(out.documents.length, 4);
  });
});
