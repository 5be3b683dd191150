import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** Starts `sh -c "serve ... & echo pid; wait"` under a stand-in for npm (a node script named as npm's), itself under `outer` if given. */
function underRunner(outer: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-runner-'));
  const runner = join(dir, 'npx-cli.js');
  // As npm exec does: the command runs in a shell that stays between npm and the server.
  writeFileSync(runner, `const c = require('node:child_process').spawn('sh', ['-c', process.argv[2]], { stdio: 'inherit' }); c.on('exit', (n) => process.exit(n ?? 1));\n`);
  const serve = `"${process.execPath}" --import tsx src/testing/bin.ts serve --port 0 --db '${join(dir, 'n.db')}' & echo "pid $!"; wait`;
  const run = `"${process.execPath}" '${runner}' '${serve.replace(/'/g, `'\\''`)}'`;
  const top = outer ? spawn('bash', ['-c', `${run} & echo "runner $!"; wait`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [runner, serve], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<{ pid: number; url: string; runner: number }>((resolve, reject) => {
    top.stdout!.on('data', (d) => {
      out += d;
      const pid = /pid (\d+)/.exec(out)?.[1];
      const url = /^(http\S+)/m.exec(out)?.[1];
      const r = outer ? /runner (\d+)/.exec(out)?.[1] : String(top.pid);
      if (pid && url && r) resolve({ pid: Number(pid), url, runner: Number(r) });
    });
    top.on('close', () => reject(new Error(`the runner ended first: ${out}`)));
  });
  return { top, ready };
}

async function gone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

test('nexus serve under npx stops when npm is killed, though the shell npm started is still there', async () => {
  const { top, ready } = underRunner(false);
  const { pid, url } = await ready;
  assert.equal((await fetch(`${url}api/meta`)).status, 200);
  top.kill('SIGKILL');
  const stopped = await gone(pid, 10_000);
  if (!stopped) process.kill(pid, 'SIGKILL');
  assert.equal(stopped, true, 'the server outlived npm');
});

test('nexus serve under a runner that is itself orphaned (nohup npx ... and the terminal closed) goes on serving', async () => {
  const { top, ready } = underRunner(true);
  const { pid, url, runner } = await ready;
  top.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 2000));
  try {
    assert.equal(alive(pid), true, 'the server stopped with the terminal of its runner');
    assert.equal((await fetch(`${url}api/meta`)).status, 200);
  } finally {
    process.kill(runner, 'SIGKILL');
  }
  const stopped = await gone(pid, 10_000);
  if (!stopped) process.kill(pid, 'SIGKILL');
  assert.equal(stopped, true, 'the server outlived its runner');
});
