import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../testing/processes.js';

// Start-up time is mostly loading code: each command loads what it uses when
// it runs (README, "Start-up"). These tests run nexus as a user would, with a
// module hook that writes down every module the process loads, and check what
// a command must not have loaded: from source (tsx), and as built (bin/nexus.js
// running the bundle of dist/bundle, whose modules.json says which compiled
// modules each of its files holds). Timings themselves are in bench/startup.ts.

const dir = mkdtempSync(join(tmpdir(), 'nexus-startup-'));
const hook = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.NEXUS_LOADED, url + '\\\\n'); return next(url, context); }\`));`)}`;

type Cli = 'source' | 'built';
const BUNDLE = join(ROOT, 'dist/bundle');

/** The files the process loaded, under the repository (src/..., dist/..., node_modules/<package>/...). */
function files(cli: Cli, args: string[]): string[] {
  const list = join(dir, `loaded-${cli}-${args[0]}.txt`);
  writeFileSync(list, '');
  const entry = cli === 'source' ? ['--import', 'tsx', '--import', hook, join(ROOT, 'src/testing/bin.ts')] : ['--import', hook, join(ROOT, 'bin/nexus.js')];
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEXUS_LOADED: list } });
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(list, 'utf8').split('\n').filter((u) => u.startsWith(`file://${ROOT}/`)).map((u) => u.slice(`file://${ROOT}/`.length));
}

/**
 * The modules `nexus ARGS` loads, named by their source (src/kb/load.ts) or
 * package path: from source, as loaded; built, each bundle file stands for
 * the compiled modules it holds.
 */
function loaded(cli: Cli, ...args: string[]): string[] {
  const found = files(cli, args);
  if (cli === 'source') {
    assert.ok(found.includes('src/cli/main.ts'), 'the hook saw the CLI load');
    return found;
  }
  const holds = JSON.parse(readFileSync(join(BUNDLE, 'modules.json'), 'utf8')) as Record<string, string[]>;
  const bundled = found.filter((f) => f.startsWith('dist/bundle/'));
  assert.ok(bundled.includes('dist/bundle/main.js'), 'the built CLI ran the bundle');
  assert.deepEqual(found.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/bundle/')), [], 'the bundle loaded no compiled module on its own');
  const modules = bundled.flatMap((f) => holds[f.slice('dist/bundle/'.length)] ?? assert.fail(`${f} is not in modules.json`));
  return [...modules.map((m) => m.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), ...found.filter((f) => f.startsWith('node_modules/'))];
}

const under = (modules: string[], ...prefixes: string[]) => modules.filter((m) => prefixes.some((p) => m.startsWith(p)));
const DATABASES_SERVER_QUEUE = ['node_modules/better-sqlite3/', 'node_modules/pg/', 'node_modules/pg-boss/', 'node_modules/kysely/', 'node_modules/hono/',
  'node_modules/@hono/', 'src/server/', 'src/queue/', 'src/store/open', 'src/store/sqlite', 'src/store/postgres'];

/** Skips the built CLI's tests where there is no current bundle (bin/nexus.js would not run it). */
function builtSkip(): string | false {
  const bundle = join(BUNDLE, 'main.js'), compiled = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(bundle) || !existsSync(join(BUNDLE, 'modules.json'))) return 'no bundle: run `npm run build`';
  return existsSync(compiled) && statSync(bundle).mtimeMs < statSync(compiled).mtimeMs ? 'the bundle is older than dist/cli: run `npm run build`' : false;
}

for (const cli of ['source', 'built'] as const) {
  const skip = cli === 'built' ? builtSkip() : false;

  test(`${cli}: nexus --help loads neither the pipeline nor the stores, the server or the parser model`, { skip }, () => {
    const modules = loaded(cli, '--help');
    assert.ok(modules.includes('src/cli/main.ts'), 'the CLI loaded');
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
