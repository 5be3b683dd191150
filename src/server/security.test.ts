import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { KIVU } from '../testing/corpus.js';
import { storeWith, type Fixture } from '../testing/server.js';
import { httpFetcher, publicOnly, type AddressPolicy } from '../sources/index.js';
import type { IngestJob } from './api.js';
import { createApp } from './app.js';

const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function refused(res: Response | Promise<Response>, status: number, code: string): Promise<string> {
  const r = await res;
  const body = await r.json() as { error: { code: string; message: string } };
  assert.equal(r.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  return body.error.message;
}

function planted(): FormData {
  const form = new FormData();
  form.append('files', new File(['The CIA funds Lashkar-e-Taiba, officials said.'], 'planted.txt', { type: 'text/plain' }));
  return form;
}

describe('writes from other sites', () => {
  let f: Fixture;
  let app: Hono;
  const warnings: string[] = [];
  before(async () => {
    f = await storeWith(KIVU.slice(0, 1));
    app = createApp({ ...f.deps, logger: { ...f.deps.logger, warn: (m: string) => warnings.push(m) }, allowedHosts: ['127.0.0.1', 'localhost'] }).app;
  });
  after(() => f.close());

  test('Origin: null (a sandboxed frame) and a foreign Origin are refused with 403, and nothing is stored', async () => {
    const url = 'http://127.0.0.1:4173/api/ingest';
    await refused(app.request(url, { method: 'POST', headers: { origin: 'null', host: '127.0.0.1:4173' }, body: planted() }), 403, 'Forbidden');
    await refused(app.request(url, { method: 'POST', headers: { origin: 'https://evil.example', host: '127.0.0.1:4173' }, body: planted() }), 403, 'Forbidden');
    await refused(app.request(url, post({ text: 'The CIA funds Lashkar-e-Taiba.' }, { origin: 'null', host: '127.0.0.1:4173' })), 403, 'Forbidden');
    await refused(app.request('http://127.0.0.1:4173/api/sources/grade', { ...post({ name: 'Harbour Times', grade: 'F' }, { origin: 'null', host: '127.0.0.1:4173' }), method: 'PUT' }), 403, 'Forbidden');
    assert.equal((await f.store.stats()).documents, 1);
    assert.ok(warnings.some((w) => /refused POST \/api\/ingest from another site \(Origin: null\)/.test(w)), warnings.join('\n'));
  });

  test('Sec-Fetch-Site: cross-site (or same-site, another port) is refused even without an Origin', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const msg = await refused(app.request('http://127.0.0.1:4173/api/claims/x/review', post({ decision: 'rejected' }, { 'sec-fetch-site': site, host: '127.0.0.1:4173' })), 403, 'Forbidden');
      assert.match(msg, /another site/);
    }
  });

  test('the app itself (same origin) and clients that are no browser may write', async () => {
    const ok = await app.request('http://127.0.0.1:4173/api/sources/grade', { ...post({ name: 'Harbour Times', grade: 'B' }, { origin: 'http://127.0.0.1:4173', 'sec-fetch-site': 'same-origin', host: '127.0.0.1:4173' }), method: 'PUT' });
    assert.equal(ok.status, 200);
    const curl = await app.request('http://127.0.0.1:4173/api/sources/grade', { ...post({ name: 'Harbour Times', grade: 'C' }, { host: '127.0.0.1:4173' }), method: 'PUT' });
    assert.equal(curl.status, 200);
  });
});

describe('the token, bodies and dates', () => {
  let f: Fixture;
  before(async () => { f = await storeWith(KIVU.slice(0, 1)); });
  after(() => f.close());

  test('with a token, every API request needs it, reads included; the app page does not', async () => {
    const { app } = createApp({ ...f.deps, token: 'sesame', webRoot: new URL('../../web/', import.meta.url).pathname });
    for (const path of ['/api/graph', '/api/meta', '/api/actors', '/api/documents']) await refused(app.request(path), 401, 'Unauthorized');
    assert.equal((await app.request('/api/graph', { headers: { 'x-nexus-token': 'wrong' } })).status, 401);
    assert.equal((await app.request('/api/graph', { headers: { 'x-nexus-token': 'sesame' } })).status, 200);
    assert.equal((await app.request('/api/graph', { headers: { authorization: 'Bearer sesame' } })).status, 200);
    assert.equal((await app.request('/index.html')).status, 200);
  });

  test('a JSON body above 1 MB is refused, on ingest too', async () => {
    const { app } = createApp(f.deps);
    const text = 'The militia raided the village. '.repeat(40_000);
    assert.ok(Buffer.byteLength(JSON.stringify({ text })) > 1.2e6);
    await refused(app.request('/api/ingest', post({ text })), 413, 'InputTooLarge');
    await refused(app.request('/api/claims/x/review', post({ decision: 'rejected', pad: text })), 413, 'InputTooLarge');
    // Dropped files have their own, larger cap.
    const form = new FormData();
    form.append('files', new File([text], 'long.txt', { type: 'text/plain' }));
    assert.equal((await app.request('/api/ingest', { method: 'POST', body: form })).status, 202);
  });

  test('a date that is no calendar date is a 400 naming the parameter', async () => {
    const { app } = createApp(f.deps);
    for (const path of ['/api/graph?from=2025-13-45', '/api/graph?to=2024-02-30', '/api/claims?from=2025-00', '/api/documents?to=2023-04-31']) {
      assert.match(await refused(app.request(path), 400, 'BadParameter'), /^(from|to): expected a date/, path);
    }
    assert.match(await refused(app.request('/api/ingest', post({ text: 'Some text.', published: '2025-13-45' })), 400, 'BadParameter'), /published/);
    assert.equal((await app.request('/api/graph?from=2024-02-29&to=2024')).status, 200);
  });
});

describe('URL ingest fetches public addresses only', () => {
  let f: Fixture;
  let local: Server;
  let base: string;
  before(async () => {
    f = await storeWith([]);
    local = createServer((req, res) => {
      if (req.url === '/moved') { res.writeHead(301, { location: 'http://10.0.0.1/internal' }); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><head><title>Intranet</title></head><body><article><p>Internal notes about the Congolese army.</p></article></body></html>');
    });
    await new Promise<void>((r) => local.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(local.address() as { port: number }).port}`;
  });
  after(async () => { await new Promise<void>((r) => local.close(() => r())); await f.close(); });

  const fetcher = (addresses: AddressPolicy) => httpFetcher({ timeoutMs: 5000, maxBytes: 100_000, userAgent: 'test', delayMs: 0, addresses });

  test('loopback and private addresses are refused at once with a clear error', async () => {
    const { app } = createApp({ ...f.deps, fetcher: fetcher(publicOnly) });
    for (const url of [`${base}/page`, 'http://127.0.0.1/x', 'http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/']) {
      const msg = await refused(app.request('/api/ingest', post({ url })), 403, 'PrivateAddress');
      assert.match(msg, /refused: .* is a (loopback|private|link-local) address.*--allow-private-fetch/, url);
    }
    assert.equal((await f.store.stats()).documents, 0);
  });

  test('a redirect to a private address is refused in the job', async () => {
    // The first hop is the test's own loopback server, let through by this policy; the redirect target is judged as nexus does.
    const nexus = createApp({ ...f.deps, fetcher: fetcher((ip) => (ip === '127.0.0.1' ? undefined : publicOnly(ip))) });
    const res = await nexus.app.request('/api/ingest', post({ url: `${base}/moved` }));
    assert.equal(res.status, 202);
    await nexus.jobs.idle();
    const job = await (await nexus.app.request(`/api/ingest/${(await res.json() as IngestJob).id}`)).json() as IngestJob;
    assert.equal(job.items[0].status, 'failed');
    assert.equal(job.items[0].error?.code, 'PrivateAddress');
    assert.match(job.items[0].error!.message, /10\.0\.0\.1 is a private address/);
  });

  test('with --allow-private-fetch (any address) the same page is fetched', async () => {
    const nexus = createApp({ ...f.deps, fetcher: fetcher(() => undefined) });
    const res = await nexus.app.request('/api/ingest', post({ url: `${base}/page` }));
    assert.equal(res.status, 202);
    await nexus.jobs.idle();
    assert.equal((await f.store.stats()).documents, 1);
  });
});
