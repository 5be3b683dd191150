import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { NexusError } from '../core/index.js';
import { checkUrl, nonPublicReason, publicOnly, type AddressPolicy, type LookupFunction } from './address.js';
import { httpFetcher } from './http.js';

test('loopback, private, link-local and mapped addresses are not public; public ones are', () => {
  for (const ip of ['127.0.0.1', '127.3.2.1', '10.0.0.1', '172.16.4.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.1.1',
    '::1', '[::1]', '::', 'fe80::1', 'fd00::1', 'fc12::3', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '64:ff9b::10.0.0.1', 'ff02::1']) {
    assert.ok(nonPublicReason(ip), ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(nonPublicReason(ip), undefined, ip);
  assert.match(nonPublicReason('127.0.0.1')!, /loopback/);
  assert.match(nonPublicReason('169.254.169.254')!, /link-local/);
  assert.match(nonPublicReason('10.1.2.3')!, /private/);
});

/** A resolver that knows a few names and nothing else: no test asks a real DNS server. */
const fakeDns = (names: Record<string, string>): LookupFunction => (hostname, _options, callback) => {
  const address = names[hostname];
  if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
};

test('a name is checked after it is resolved', async () => {
  const resolve = fakeDns({ 'news.example': '93.184.216.34', 'intranet.example': '10.0.0.7', 'rebound.example': '127.0.0.1' });
  await checkUrl('https://news.example/a', publicOnly, resolve);
  for (const url of ['http://intranet.example/', 'http://rebound.example:8080/x', 'http://127.0.0.1/', 'http://[::1]:4173/api/meta', 'http://169.254.169.254/latest/meta-data/']) {
    await assert.rejects(checkUrl(url, publicOnly, resolve), (e: NexusError) => e.name === 'PrivateAddress' && /--allow-private-fetch/.test(e.message) && e.subject === url, url);
  }
  await assert.rejects(checkUrl('http://nowhere.example/', publicOnly, resolve), (e: NexusError) => e.name === 'FetchFailed' && /no such host/.test(e.message));
});

describe('the fetcher follows redirects one hop at a time, checking each', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      hits.push(req.url!);
      const to: Record<string, string> = { '/to-private': 'http://10.0.0.1/admin', '/to-v6-loopback': 'http://[::1]/', '/to-name': 'http://intranet.example/', '/to-ok': '/article' };
      if (to[req.url!]) { res.writeHead(302, { location: to[req.url!] }); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><p>Readable text.</p></body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  // The test's own server is on loopback: this policy lets the first hop reach it and judges every other address as nexus does.
  const testPolicy: AddressPolicy = (ip) => (ip === '127.0.0.1' ? undefined : publicOnly(ip));
  const fetcher = () => httpFetcher({ timeoutMs: 5000, maxBytes: 100_000, userAgent: 'test', delayMs: 0, addresses: testPolicy, resolve: fakeDns({ 'intranet.example': '192.168.1.20' }) });

  test('a redirect to a private address, to [::1] or to a name that resolves to one is refused before it is followed', async () => {
    for (const path of ['/to-private', '/to-v6-loopback', '/to-name']) {
      await assert.rejects(fetcher().get(`${base}${path}`), (e: NexusError) => e.name === 'PrivateAddress' && /refused: .* is a (private|loopback)/.test(e.message), path);
    }
  });

  test('a redirect to a public page of the same server is followed, and the final URL kept', async () => {
    const page = await fetcher().get(`${base}/to-ok`);
    assert.equal(page.url, `${base}/article`);
    assert.match(page.text, /Readable text/);
  });

  test('with the default policy of the server, the loopback server itself is refused', async () => {
    const strict = httpFetcher({ timeoutMs: 5000, maxBytes: 100_000, userAgent: 'test', delayMs: 0, addresses: publicOnly });
    const before = hits.length;
    await assert.rejects(strict.get(`${base}/article`), (e: NexusError) => e.name === 'PrivateAddress');
    assert.equal(hits.length, before, 'no request reached the server');
  });
});
