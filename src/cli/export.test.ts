import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { exportCorpus, MALI, SYNDICATED, type Dispatch } from '../testing/export-corpus.js';
import { runCli } from '../testing/cli.js';
import { STIX_MISSING, stixValidator } from '../testing/stix.js';

/** Two people the text calls "Traore": a name that picks no single actor. */
const TRAORES: Dispatch[] = [
  { name: 'traore-1', title: 'Army spokesman on Gao', publisher: 'Sahel Desk', published: '2024-04-01',
    body: 'Colonel Amadou Traore, the army spokesman, said JNIM fighters attacked a checkpoint near Gao on Monday. Traore said three soldiers were wounded.' },
  { name: 'traore-2', title: 'Commander arrested', publisher: 'Bamako Ledger', published: '2024-04-02',
    body: 'Malian troops arrested Seydou Traore, a JNIM commander, near Mopti on Sunday. Traore had led raids on villages, the army said.' },
];

let db: string;
let dir: string;
before(async () => {
  const corpus = await exportCorpus([...MALI, SYNDICATED, ...TRAORES]);
  await corpus.store.close();
  ({ db, dir } = corpus);
});
const run = (...args: string[]) => runCli([...args, '--db', db]);
const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('nexus export', () => {
  test('writes every format to a file and says what it wrote', async () => {
    for (const format of ['stix', 'graphml', 'gexf', 'cypher', 'json']) {
      const path = join(dir, `all.${format}`);
      const r = await run('export', '--format', format, '-o', path);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, new RegExp(`^wrote ${path.replace(/[.]/g, '\\.')}: \\d+ actors, \\d+ assertions, \\d+ claims, 6 documents`));
      assert.ok(readFileSync(path, 'utf8').length > 500);
    }
    assert.ok(new XMLParser().parse(readFileSync(join(dir, 'all.gexf'), 'utf8')).gexf);
    assert.equal(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')).documents.length, 6);
  });

  test('the STIX file validates against the official schemas', async (t) => {
    const v = stixValidator();
    if (!v) { t.skip(STIX_MISSING); return; }
    const r = await run('export', '--format', 'stix', '--actor', 'JNIM', '--depth', '2');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(v.check(JSON.parse(r.out)), []);
  });

  test('CSV goes into a folder, one file per table, or one table to standard output', async () => {
    const folder = join(dir, 'tables');
    const r = await run('export', '--format', 'csv', '-o', folder);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(folder).sort(), ['aliases.csv', 'assertions.csv', 'claims.csv', 'documents.csv', 'entities.csv']);
    const docs = parse(readFileSync(join(folder, 'documents.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    assert.equal(docs.length, 6);
    const out = await run('export', '--format', 'csv', '--table', 'entities');
    assert.ok((parse(out.out, { columns: true }) as Array<Record<string, string>>).some((e) => e.name === 'Katiba Serma'));
  });

  test('--actor, --depth, --since and --until choose part of the corpus', async () => {
    const all = JSON.parse((await run('export', '--format', 'json')).out);
    const near = JSON.parse((await run('export', '--format', 'json', '--actor', 'Hamadou Sangare')).out);
    const names = (x: { entities: Array<{ name: string }> }) => x.entities.map((e) => e.name);
    assert.ok(names(near).includes('Katiba Serma') && !names(near).includes('Amadou Traore'));
    assert.ok(near.claims.length < all.claims.length);
    const march = JSON.parse((await run('export', '--format', 'json', '--since', '2024-03-01', '--until', '2024-03-31')).out);
    for (const c of march.claims) {
      const d = c.qualifiers.date ?? c.published;
      assert.ok(d.slice(0, 7) === '2024-03' || (d.length === 4 && d === '2024'), `${c.id} dated ${d}`);
    }
    assert.ok(march.claims.length > 0 && march.claims.length < all.claims.length);
  });
});

describe('nexus export: bad input is one clear line, and an old file is never half replaced', () => {
  test('unknown formats, tables and actors', async () => {
    let r = await run('export', '--format', 'xml');
    assert.deepEqual([r.code, r.err.trim()], [2, 'nexus: unknown format "xml" (use stix, graphml, gexf, csv, cypher, json)']);
    r = await run('export');
    assert.equal(r.code, 2);
    assert.match(r.err, /^nexus: choose a format with --format: stix, graphml/);
    r = await run('export', '--format', 'csv', '--table', 'people');
    assert.match(r.err, /^nexus: unknown table "people" \(use entities, aliases, claims, documents, assertions\)\n$/);
    r = await run('export', '--format', 'json', '--actor', 'Boko Haram');
    assert.ok(r.code === 1 && oneLine(r.err), r.err);
    assert.match(r.err, /^nexus: Boko Haram: no actor has this name or alias/);
    r = await run('export', '--format', 'json', '--depth', '2');
    assert.match(r.err, /^nexus: --depth needs --actor/);
  });

  test('a name several actors carry lists them', async () => {
    const r = await run('export', '--format', 'json', '--actor', 'Traore');
    assert.equal(r.code, 1);
    assert.ok(oneLine(r.err), r.err);
    assert.match(r.err, /^nexus: Traore: names 2 actors: .*Amadou Traore \[Person\] id [0-9a-f-]{36}; .*Seydou Traore \[Person\] id [0-9a-f-]{36}\. Use one of the ids\./);
  });

  test('an empty selection says so and leaves the old file as it was', async () => {
    const path = join(dir, 'keep.json');
    writeFileSync(path, 'the previous export');
    const r = await run('export', '--format', 'json', '--since', '2030-01-01', '-o', path);
    assert.deepEqual([r.code, r.err.trim()], [1, 'nexus: nothing to export: the whole corpus, from 2030-01-01 holds no claims']);
    assert.equal(readFileSync(path, 'utf8'), 'the previous export');
    assert.ok(!readdirSync(dir).some((f) => f.endsWith('.tmp')));
  });

  test('unwritable output paths fail at once', async () => {
    let r = await run('export', '--format', 'json', '-o', join(dir, 'no-such-folder', 'x.json'));
    assert.ok(r.code === 1 && oneLine(r.err));
    assert.match(r.err, /x\.json: cannot write: the folder .*no-such-folder does not exist/);
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    r = await run('export', '--format', 'gexf', '-o', join(dir, 'a-folder'));
    assert.match(r.err, /a-folder: is a folder; give a file name/);
    writeFileSync(join(dir, 'a-file.csv'), 'x');
    r = await run('export', '--format', 'csv', '-o', join(dir, 'a-file.csv'));
    assert.match(r.err, /a-file\.csv: is a file; --format csv writes several tables: give a folder \(tables\/\) or a \.zip file/);
    assert.ok(!existsSync(join(dir, 'no-such-folder')));
  });
});

describe('nexus export --format csv -o', () => {
  test('a .zip holds the five tables; a name that looks like a file is refused, not made a folder', async () => {
    const zip = join(dir, 'tables.zip');
    const r = await run('export', '--format', 'csv', '-o', zip);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^wrote .*tables\.zip: \d+ actors/);
    // Listed and read with unzip, as a user would open it.
    const list = spawnSync('unzip', ['-Z1', zip], { encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(list.stdout.trim().split('\n').sort(), ['aliases.csv', 'assertions.csv', 'claims.csv', 'documents.csv', 'entities.csv']);
    const claims = parse(spawnSync('unzip', ['-p', zip, 'claims.csv'], { encoding: 'utf8' }).stdout, { columns: true }) as Array<Record<string, string>>;
    assert.ok(claims.length > 0 && claims.every((c) => c.predicate && c.quote));
    const wrong = await run('export', '--format', 'csv', '-o', join(dir, 'tables.csv'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /tables\.csv: looks like a file name; --format csv writes several tables: give a folder \(tables\/\) or a \.zip file \(tables\.zip\)\n$/);
    assert.ok(!existsSync(join(dir, 'tables.csv')));
  });
});
