import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../testing/processes.js';

// Start-up time is mostly loading code: each command loads what it uses when
// it runs (README, "Start-up"). These tests run nexus as a user would, with a
// module hook that writes down every module the process loads, and check what
// a command must not have loaded. Timings themselves are in bench/startup.ts.

const dir = mkdtempSync(join(tmpdir(), 'nexus-startup-'));
const hook = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.NEXUS_LOADED, url + '\\\\n'); return next(url, context); }\`));`)}`;

/** The modules `nexus ARGS` loads: paths under the repository (src/..., node_modules/<package>/...). */
function loaded(...args: string[]): string[] {
  const list = join(dir, `loaded-${args[0]}.txt`);
  writeFileSync(list, '');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', hook, join(ROOT, 'src/testing/bin.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEXUS_LOADED: list },
  });
  assert.equal(r.status, 0, r.stderr);
  const modules = readFileSync(list, 'utf8').split('\n').filter((u) => u.startsWith(`file://${ROOT}/`)).map((u) => u.slice(`file://${ROOT}/`.length));
  assert.ok(modules.includes('src/cli/main.ts'), 'the hook saw the CLI load');
  return modules;
}

const under = (modules: string[], ...prefixes: string[]) => modules.filter((m) => prefixes.some((p) => m.startsWith(p)));
const DATABASES_SERVER_QUEUE = ['node_modules/better-sqlite3/', 'node_modules/pg/', 'node_modules/pg-boss/', 'node_modules/kysely/', 'node_modules/hono/',
  'node_modules/@hono/', 'src/server/', 'src/queue/', 'src/store/open', 'src/store/sqlite', 'src/store/postgres'];

test('nexus --help loads neither the pipeline nor the stores, the server or the parser model', () => {
  const modules = loaded('--help');
  assert.deepEqual(under(modules, 'src/nlp/', 'src/kb/', 'src/entities/', 'src/claims/', 'src/pipeline/', 'src/clean/', 'src/export/exporters',
    'node_modules/chrono-node/', 'node_modules/linkedom/', 'node_modules/ajv/', ...DATABASES_SERVER_QUEUE), []);
});

test('extract of a text file loads no database driver, server, queue, exporter or HTML reader', () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Vesk Front fighters attacked an army base on Sunday, the army said.\n');
  const modules = loaded('extract', file);
  assert.ok(modules.includes('src/pipeline/extract.ts') && modules.includes('src/kb/load.ts'), 'extract loaded the pipeline');
  assert.deepEqual(under(modules, 'src/export/exporters', 'node_modules/linkedom/', 'node_modules/@mozilla/', 'node_modules/ajv/', ...DATABASES_SERVER_QUEUE), []);
});
