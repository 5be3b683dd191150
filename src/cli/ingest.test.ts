import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../testing/cli.js';
import { asRecord, asText, KIVU, numbered, SYNDICATED } from '../testing/corpus.js';
import { COLOMBIA, MYANMAR, SAHEL, SYRIA } from '../testing/texts.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-ingest-'));
const file = (name: string, data: string | Uint8Array) => { const p = join(dir, name); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, data); return p; };
const html = (title: string, text: string, date = '2024-05-01') => `<html><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><article>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: Server;
let base = '';
const agents: string[] = [];
before(async () => {
  server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    const send = (type: string, body: string) => { res.writeHead(200, { 'content-type': type }); res.end(body); };
    switch (req.url) {
      case '/feed.xml': return send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire</title>
        <item><title>ELN frees hostages</title><link>${base}/eln.html</link><pubDate>Sun, 06 Aug 2023 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
        <item><title>Gone</title><link>${base}/missing</link></item></channel></rss>`);
      case '/atom.xml': return send('application/atom+xml', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Levant Desk</title>
        <entry><title>Rebels seize checkpoint</title><link href="${base}/syria"/><published>2024-02-06T08:00:00Z</published><content type="html">${html('x', SYRIA).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content></entry></feed>`);
      case '/eln.html': return send('text/html; charset=utf-8', html('ELN frees hostages', COLOMBIA));
      case '/article': return send('text/html', html('Arakan Army takes town', MYANMAR));
      case '/huge': return send('text/html', `<p>${'word '.repeat(200_000)}</p>`);
      case '/slow': return; // never answers
      default: res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

test('ingest reads folders (recursively), globs, JSONL, feed files, feed URLs and article URLs into one store', async () => {
  const db = join(dir, 'all.db');
  const folder = join(dir, 'articles');
  file('articles/funding.txt', asText(KIVU[0]));
  file('articles/deeper/denial.md', asText(KIVU[1]));
  file('articles/.hidden.txt', 'not read');
  file('articles/photo.jpg', 'not read either');
  file('globbed/clash.txt', asText(KIVU[2]));
  const jsonl = file('batch.jsonl', [asRecord(SYNDICATED, { url: 'https://example.org/copy' }), JSON.stringify({ html: html('Army post attacked', SAHEL), publisher: 'Sahel Desk', published: '2024-06-07' })].join('\n'));
  const feedFile = file('saved-feed.xml', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Files Desk</title><entry><title>Title only</title></entry><entry><title>Clash</title><content type="text">${numbered(KIVU[2], 1).body}</content></entry></feed>`);
  const r = await runCli(['ingest', folder, join(dir, 'globbed/*.txt'), jsonl, feedFile, `${base}/feed.xml`, `${base}/atom.xml`, `${base}/article`, '--db', db, '--fetch-delay', '0']);
  assert.equal(r.code, 1, 'a failure makes the exit code non-zero');
  assert.match(r.err, /ingested 9, skipped 0 already stored, failed 2 /);
  assert.match(r.err, /failed:\n {2}.*saved-feed\.xml#1: the feed entry has neither text nor a link\n {2}.*\/missing: HTTP 404/);
  assert.equal(r.out.trim().split('\n').filter((l) => l.startsWith('stored')).length, 9);
  assert.ok(agents.every((a) => a.startsWith('nexus/')), 'a polite, named user agent');
  const docs = JSON.parse((await runCli(['search', 'hostages', '--db', db, '--json'])).out);
  assert.ok(docs.length > 0);
  const sources = JSON.parse((await runCli(['sources', '--db', db, '--json'])).out).map((s: { name: string }) => s.name);
  for (const p of ['Harbour Times', 'Lakeside Post', 'Great Lakes Monitor', 'River Wire', 'Sahel Desk', 'Andes Wire', 'Levant Desk']) assert.ok(sources.includes(p), `${p} in ${sources.join(', ')}`);
  const again = await runCli(['ingest', folder, '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.err, /ingested 0, skipped 2 already stored, failed 0/);
});

test('bad inputs: one line each naming the input and the problem; the others are stored', async () => {
  const db = join(dir, 'bad.db');
  const jsonl = file('mixed.jsonl', ['{"text": "broken', JSON.stringify({ title: 'no text' }), asRecord(KIVU[0]), JSON.stringify({ text: 'x', published: 'soon' })].join('\n'));
  const r = await runCli(['ingest', jsonl, join(dir, 'nope.txt'), file('bin.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    `${base}/slow`, `${base}/huge`, '--db', db, '--timeout', '1', '--max-bytes', '100KB', '--fetch-delay', '0']);
  assert.equal(r.code, 1);
  const lines = r.err.split('\n').filter((l) => l.startsWith('nexus: '));
  const expect = [/mixed\.jsonl:1: is not valid JSON/, /mixed\.jsonl:2: has no "text" or "html"/, /mixed\.jsonl:4: has a "published" date that is not a date: "soon"/,
    /nope\.txt: no such file or folder/, /bin\.png: is a binary file/, /\/slow: no answer within 1 s/, /\/huge: is .* above the 100\.0 KB limit/];
  for (const e of expect) assert.ok(lines.some((l) => e.test(l)), `${e} in\n${r.err}`);
  assert.equal(lines.length, expect.length, r.err);
  assert.match(r.err, /ingested 1, skipped 0 already stored, failed 7/);
  assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  assert.deepEqual(r.out.split('\n').filter((l) => l !== '').length, 1, 'the one stored document has a line');
  assert.doesNotMatch(r.out, /^\n|\n\n/, 'a failed document leaves no blank line in the piped output');
});

test('--refresh re-extracts stored documents; an unknown --db folder is one clear line', async () => {
  const db = join(dir, 'refresh.db');
  await runCli(['ingest', file('r/funding.txt', asText(KIVU[0])), '--db', db]);
  const r = await runCli(['ingest', join(dir, 'r'), '--db', db, '--refresh']);
  assert.match(r.err, /ingested 1, skipped 0/);
  const bad = await runCli(['actors', '--db', join(dir, 'no/such/folder/x.db')]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^nexus: .*no\/such\/folder\/x\.db: the folder .* does not exist\n$/);
});
