import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../testing/processes.js';

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

test('nexus serve started by a wrapper (as npx does) stops when the wrapper is killed', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'nexus-wrap-')), 'n.db');
  // The wrapper: a shell that starts the server, prints its pid, and waits, as `npx nexus serve` does.
  const cmd = `"${process.execPath}" --import tsx src/testing/bin.ts serve --port 0 --db '${db}' & echo "pid $!"; wait`;
  const wrapper = spawn('bash', ['-c', cmd], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<{ pid: number; url: string }>((resolve, reject) => {
    wrapper.stdout.on('data', (d) => {
      out += d;
      const pid = /pid (\d+)/.exec(out)?.[1];
      const url = /^(http\S+)/m.exec(out)?.[1];
      if (pid && url) resolve({ pid: Number(pid), url });
    });
    wrapper.on('close', () => reject(new Error(`the wrapper ended first: ${out}`)));
  });
  const { pid, url } = await ready;
  assert.equal((await fetch(`${url}api/meta`)).status, 200);
  wrapper.kill('SIGKILL');
  const until = Date.now() + 10_000;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  const stillThere = alive(pid);
  if (stillThere) process.kill(pid, 'SIGKILL');
  assert.equal(stillThere, false, 'the server outlived its wrapper');
});
