import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli } from '../testing/cli.js';
import { ROOT } from '../testing/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-pipe-'));
const db = join(dir, 'p.db');

before(async () => {
  const r = await runCli(['ingest', join(ROOT, 'examples'), join(ROOT, 'eval/own'), '--db', db, '-q']);
  assert.equal(r.code, 0, r.err);
});

/** `nexus ARGS | READER` in a shell, as a user types it; the exit code is nexus's own (pipefail). */
function piped(args: string, reader: string): { code: number | null; out: string; err: string } {
  const cmd = `set -o pipefail; "${process.execPath}" --import tsx src/testing/bin.ts ${args} --db '${db}' | ${reader}`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('a reader that stops early ends nexus quietly and successfully (no EPIPE trace)', () => {
  for (const [args, reader, chars] of [['export --format csv', 'head -3', 0], ['export --format json', 'head -c 200', 200], ['sources', 'head -0', 0], ['claims --limit 1000', 'head -2', 0]] as const) {
    const r = piped(args, reader);
    assert.equal(r.err, '', `${args} | ${reader}: ${r.err}`);
    assert.equal(r.code, 0, `${args} | ${reader}`);
    const lines = /head -(\d)$/.exec(reader)?.[1];
    if (lines) assert.equal(r.out.split('\n').filter(Boolean).length, Number(lines), `${args} | ${reader}`);
    else assert.equal(r.out.length, chars, `${args} | ${reader}`);
  }
});
