import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL server for tests: initdb and pg_ctl from Debian's
 * postgresql package (or $PG_BIN), in a temp folder, on a free port of
 * 127.0.0.1, stopped and removed by `stop()`. Undefined when the binaries
 * are not installed; the tests then skip with `PG_MISSING`.
 */
export interface TestPostgres {
  url: string;
  /** A new empty database on the server; its URL. */
  database(): Promise<string>;
  /** Stops the server (fast shutdown: open connections are terminated) and starts it again on the same port, after `downMs`. */
  restart(downMs?: number): Promise<void>;
  /** Stops the server (fast shutdown) until `up()`; the data stays. */
  down(): void;
  /** Starts a server stopped by `down()` again, on the same port. */
  up(): void;
  stop(): void;
}

export const PG_MISSING = 'PostgreSQL server binaries not found (apt-get install -y postgresql, or set PG_BIN): PostgreSQL tests skipped';

function binDir(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

export async function startPostgres(): Promise<TestPostgres | undefined> {
  const bin = binDir();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'nexus-pg-'));
  // initdb refuses to run as root: run the server as the postgres user the package made.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`, 'start']);
  start();
  const down = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    url,
    async database() {
      const name = `nexus_test_${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async restart(downMs = 2000) {
      down();
      await new Promise((r) => setTimeout(r, downMs));
      start();
    },
    down,
    up: start,
    stop() {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already stopped */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
