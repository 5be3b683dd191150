import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli } from '../testing/cli.js';
import { ROOT } from '../testing/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-ro-'));
const ro = join(dir, 'shelf');
const db = join(ro, 'corpus.db');

before(async () => {
  mkdirSync(ro);
  const r = await runCli(['ingest', join(ROOT, 'examples'), '--db', db, '-q']);
  assert.equal(r.code, 0, r.err);
  // The store and its folder become read-only, as a shared store a user may only read.
  chmodSync(db, 0o444);
  chmodSync(ro, 0o555);
  chmodSync(dir, 0o755);
});

/** nexus as another process; as root (who may write anything) it runs as the unprivileged user "nobody". */
function nexus(...args: string[]): { code: number | null; out: string; err: string } {
  const node = [process.execPath, '--import', 'tsx', join(ROOT, 'src/testing/bin.ts'), ...args, '--db', db];
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', ...node]] : [node[0], node.slice(1)];
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('a read-only store can be queried; writes say the store is read-only and name it', () => {
  const actors = nexus('actors', '--json');
  assert.equal(actors.code, 0, actors.err);
  assert.ok(JSON.parse(actors.out).actors.length > 3);
  assert.equal(nexus('claims', '--predicate', 'FUNDS').code, 0);
  copyFileSync(join(ROOT, 'examples/lake-chad-raid.txt'), join(dir, 'new.txt'));
  const ingest = nexus('ingest', join(dir, 'new.txt'));
  assert.equal(ingest.code, 1);
  assert.equal(ingest.err, `nexus: ${db}: the store is read-only (no permission to write it or its folder): nothing was ingested\n`);
  const merge = nexus('merge', 'ISWAP', 'Boko Haram');
  assert.equal(merge.code, 1);
  assert.match(merge.err, /^nexus: .*corpus\.db: the store is read-only/);
});

test('a store URL of an unsupported kind names the supported ones', async () => {
  const r = await runCli(['actors', '--db', 'mysql://x/y']);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'nexus: mysql://x/y: unsupported store "mysql://": use a SQLite file path (default ./nexus.db) or a postgres:// URL\n');
});
