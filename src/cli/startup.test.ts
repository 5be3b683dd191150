import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../testing/processes.js';

// Start-up time is mostly loading code: each command loads what it uses when
// it runs (README, "Start-up"). These tests run nexus as a user would and
// check what a command must not have loaded: from source (tsx), with a module
// hook that writes down every module the process loads; and as built
// (bin/nexus.js running the bundle, dist/bundle/nexus.cjs), where each
// project module reports itself when it is evaluated and the packages are
// what `require` loaded. Timings themselves are in bench/startup.ts.

const dir = mkdtempSync(join(tmpdir(), 'nexus-startup-'));
const sourceHook = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.NEXUS_LOADED, url + '\\\\n'); return next(url, context); }\`));`)}`;
const builtHook = `data:text/javascript,${encodeURIComponent(`
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const loaded = [];
globalThis.__nexusLoaded = (what) => loaded.push(what);
process.on('exit', () => writeFileSync(process.env.NEXUS_LOADED, [...loaded, ...Object.keys(createRequire(process.cwd() + '/').cache).map((f) => 'require:' + f)].join('\\n')));`)}`;

type Cli = 'source' | 'built';

/**
 * The modules `nexus ARGS` loads, named by their source (src/kb/load.ts) or
 * package path (node_modules/<package>/...); built, also "bundle cache:HOW".
 */
function loaded(cli: Cli, ...args: string[]): string[] {
  const list = join(dir, `loaded-${cli}-${args[0]}.txt`);
  writeFileSync(list, '');
  const entry = cli === 'source' ? ['--import', 'tsx', '--import', sourceHook, join(ROOT, 'src/testing/bin.ts')] : ['--import', builtHook, join(ROOT, 'bin/nexus.js')];
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEXUS_LOADED: list } });
  assert.equal(r.status, 0, r.stderr);
  const found = readFileSync(list, 'utf8').split('\n').map((u) => u.replace(/^(require:)?(file:\/\/)?/, '$1')).map((f) => f.replace(`${ROOT}/`, ''));
  if (cli === 'built') {
    assert.ok(found.includes('bundle cache:used'), `bin/nexus.js ran the bundle with its code cache (${found.find((m) => m.startsWith('bundle')) ?? 'no bundle'})`);
    assert.deepEqual(found.filter((f) => /^require:dist\/.*\.c?js$/.test(f)), [], 'the bundle required no compiled module (data files it may)');
  }
  // Built: the compiled modules the bundle evaluated (dist/x.js) stand for their sources; the packages are what require loaded.
  const modules = cli === 'source' ? found : found.map((f) => f.replace(/^dist\/(.*)\.js$/, 'src/$1.ts').replace(/^require:/, ''));
  assert.ok(modules.includes('src/cli/main.ts'), 'the hook saw the CLI load');
  return modules;
}

const under = (modules: string[], ...prefixes: string[]) => modules.filter((m) => prefixes.some((p) => m.startsWith(p)));
const DATABASES_SERVER_QUEUE = ['node_modules/better-sqlite3/', 'node_modules/pg/', 'node_modules/pg-boss/', 'node_modules/kysely/', 'node_modules/hono/',
  'node_modules/@hono/', 'src/server/', 'src/queue/', 'src/store/open', 'src/store/sqlite', 'src/store/postgres'];

/** Skips the built CLI's tests where there is no current bundle (bin/nexus.js would not run it). */
function builtSkip(): string | false {
  const bundle = join(ROOT, 'dist/bundle/nexus.cjs'), compiled = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(bundle) || !existsSync(compiled)) return 'no bundle: run `npm run build`';
  return statSync(bundle).mtimeMs < statSync(compiled).mtimeMs ? 'the bundle is older than dist/cli: run `npm run build`' : false;
}

for (const cli of ['source', 'built'] as const) {
  const skip = cli === 'built' ? builtSkip() : false;

  test(`${cli}: nexus --help loads neither the pipeline nor the stores, the server or the parser model`, { skip }, () => {
    const modules = loaded(cli, '--help');
    assert.deepEqual(under(modules, 'src/nlp/', 'src/kb/', 'src/entities/', 'src/claims/', 'src/pipeline/', 'src/clean/', 'src/export/exporters',
      'node_modules/chrono-node/', 'node_modules/linkedom/', 'node_modules/ajv/', ...DATABASES_SERVER_QUEUE), []);
  });

  test(`${cli}: extract of a text file loads no database driver, server, queue, exporter or HTML reader`, { skip }, () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'Vesk Front fighters attacked an army base on Sunday, the army said.\n');
    const modules = loaded(cli, 'extract', file);
    assert.ok(modules.includes('src/pipeline/extract.ts') && modules.includes('src/kb/load.ts'), 'extract loaded the pipeline');
    assert.deepEqual(under(modules, 'src/export/exporters', 'node_modules/linkedom/', 'node_modules/@mozilla/', 'node_modules/ajv/', ...DATABASES_SERVER_QUEUE), []);
  });
}
