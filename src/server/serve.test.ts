import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runCli } from '../testing/cli.js';
import { isLoopback } from './serve.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `nexus serve ARGS` as its own process and resolves with the URL it prints, and a way to stop it. */
function serve(args: string[]): Promise<{ url: string; err: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/testing/bin.ts'), 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('http'));
      if (line) resolve({ url: line.trim(), err: () => err, stop: () => { child.kill('SIGTERM'); return closed; } });
    });
    void closed.then((code) => reject(new Error(`nexus serve exited (${code}): ${err}`)));
  });
}

test('nexus serve binds 127.0.0.1 by default, answers the API, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-serve-'));
  try {
    const s = await serve(['--db', join(dir, 'n.db'), '--port', '0']);
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const meta = await (await fetch(`${s.url}api/meta`)).json() as { stats: { documents: number }; tokenRequired: boolean };
    assert.equal(meta.stats.documents, 0);
    assert.equal(meta.tokenRequired, false);
    assert.match(s.err(), /serving sqlite store/);
    assert.equal(await s.stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('off loopback, nexus serve makes up a token and prints it in the URL to open', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-serve-'));
  try {
    // 0.0.0.0 listens on every address; the test only talks to it over loopback.
    const s = await serve(['--db', join(dir, 'n.db'), '--port', '0', '--host', '0.0.0.0']);
    const [base, token] = s.url.split('#token=');
    assert.ok(token && token.length >= 20, s.url);
    const api = base.replace('0.0.0.0', '127.0.0.1');
    // Bound beyond loopback, reads need the token too.
    assert.equal((await fetch(`${api}api/graph`)).status, 401);
    assert.equal((await fetch(`${api}api/meta`)).status, 401);
    assert.equal((await fetch(`${api}api/graph`, { headers: { 'x-nexus-token': token } })).status, 200);
    const put = (headers: Record<string, string>) => fetch(`${api}api/sources/grade`, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name: 'Harbour Times', grade: 'A' }) });
    assert.equal((await put({})).status, 401);
    assert.equal((await put({ 'x-nexus-token': token })).status, 200);
    await s.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad serve options are usage errors', async () => {
  const r = await runCli(['serve', '--port', 'eighty']);
  assert.equal(r.code, 2);
  assert.match(r.err, /whole number/);
});

test('loopback names', () => {
  for (const h of ['127.0.0.1', 'localhost', '::1', '127.8.0.1']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '192.168.1.4', 'example.org']) assert.ok(!isLoopback(h), h);
});
