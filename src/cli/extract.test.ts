import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENTITY_TYPES, PREDICATES } from '../core/index.js';
import { runCli } from '../testing/cli.js';
import { COLOMBIA, SAHEL } from '../testing/texts.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-cli-'));
const file = (name: string, data: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, data); return p; };

/** Every span the command prints must slice back to its text in the input as decoded. */
function checkContract(json: any, text: string): void {
  const ids = new Set(json.entities.map((e: any) => e.id));
  for (const e of json.entities) {
    assert.equal(typeof e.name, 'string');
    assert.ok((ENTITY_TYPES as readonly string[]).includes(e.type), e.type);
    assert.ok(Array.isArray(e.aliases));
    for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  }
  for (const c of json.claims) {
    assert.ok(ids.has(c.subject) && ids.has(c.object));
    assert.ok((PREDICATES as readonly string[]).includes(c.predicate));
    assert.ok(c.polarity === 'positive' || c.polarity === 'negative');
    assert.ok(c.attributed_to === 'author' || ids.has(c.attributed_to));
    assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  }
  for (const d of json.document.dropped) assert.ok(d.end > d.start && d.end <= text.length);
}

test('extract --json prints the contract and every span slices back', async () => {
  const path = file('sahel.txt', SAHEL);
  const r = await runCli(['extract', path, '--json']);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  checkContract(json, SAHEL);
  const names = json.entities.map((e: any) => e.name);
  assert.ok(names.some((n: string) => /Nusrat al-Islam/.test(n)), names.join(', '));
});

test('extract prints a readable summary by default', async () => {
  const r = await runCli(['extract', file('col.txt', COLOMBIA)]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Entities \(\d+\)/);
  assert.match(r.out, /National Liberation Army \[ArmedGroup\]/);
  assert.match(r.out, /Claims \(\d+\)/);
});

test('stdin, Markdown, HTML and UTF-16 inputs all extract', async () => {
  const stdin = await runCli(['extract', '-', '--json'], SAHEL);
  checkContract(JSON.parse(stdin.out), SAHEL);
  const md = `# ELN releases hostages\n\n${COLOMBIA.split('\n').slice(2).join('\n')}`;
  const mdRun = await runCli(['extract', file('col.md', md), '--json']);
  checkContract(JSON.parse(mdRun.out), md);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAHEL, 'utf16le')]);
  const u = await runCli(['extract', file('sahel16.txt', utf16), '--json']);
  assert.equal(JSON.parse(u.out).document.encoding, 'utf-16le');
  const html = `<html><head><title>Hostages freed</title><meta property="article:published_time" content="2023-08-01"></head><body><article>${COLOMBIA.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const h = await runCli(['extract', file('col.html', html), '--json']);
  const hj = JSON.parse(h.out);
  assert.equal(hj.document.source.published, '2023-08-01');
  assert.ok(hj.entities.some((e: any) => e.name === 'National Liberation Army'));
  // HTML offsets index the reader-mode text, which the JSON carries.
  const page = `<html><head><title>Sahel</title></head><body><nav>Home | World</nav><article>${SAHEL.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const sj = JSON.parse((await runCli(['extract', file('sahel.html', page), '--json'])).out);
  const text: string = sj.document.text;
  assert.ok(!text.includes('<p>') && sj.claims.length > 0);
  for (const c of sj.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  for (const e of sj.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('--published dates a document that states no date', async () => {
  const r = await runCli(['extract', file('undated.txt', SAHEL), '--json', '--published', '2024-05-03']);
  assert.equal(JSON.parse(r.out).document.source.published, '2024-05-03');
  const bad = await runCli(['extract', file('undated2.txt', SAHEL), '--published', '3 May']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /YYYY-MM-DD/);
});

test('bad inputs each get one line naming the file; good inputs still go through', async () => {
  const sub = join(dir, 'folder');
  mkdirSync(sub, { recursive: true });
  const bad = {
    missing: join(dir, 'missing.txt'),
    directory: sub,
    empty: file('empty.txt', ''),
    blank: file('blank.txt', '  \n \t\n'),
    image: file('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    zip: file('archive.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])),
    large: file('large.txt', `${SAHEL}\n`.repeat(40)),
    noText: file('blank.html', '<html><head><title>x</title></head><body><script>1</script></body></html>'),
  };
  const good = file('good.txt', SAHEL);
  const r = await runCli(['extract', ...Object.values(bad), good, '--json', '--max-bytes', '8KB']);
  assert.equal(r.code, 1);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, Object.keys(bad).length, r.err);
  const expect: Record<keyof typeof bad, RegExp> = {
    missing: /no such file/, directory: /is a directory/, empty: /is empty/, blank: /only white space/, image: /binary file \(a PNG image\)/,
    zip: /binary file \(a ZIP archive/, large: /above the 8\.0 KB limit/, noText: /no readable text/,
  };
  for (const [key, path] of Object.entries(bad)) {
    const line = lines.find((l) => l.startsWith(`nexus: ${path}: `));
    assert.ok(line, `no line for ${key}: ${r.err}`);
    assert.match(line!, expect[key as keyof typeof bad]);
    assert.doesNotMatch(line!, /\n\s+at /, 'no stack trace');
  }
  checkContract(JSON.parse(r.out.trim()), SAHEL);
});

test('unknown formats and options are usage errors', async () => {
  const r = await runCli(['extract', file('x.txt', SAHEL), '--format', 'pdf']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown format "pdf"/);
  const none = await runCli(['extract']);
  assert.equal(none.code, 2);
});
