import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../testing/processes.js';
import { SAHEL, SYRIA } from '../testing/texts.js';

// bin/nexus.js runs the one-file bundle of the compiled CLI with its code
// cache (scripts/bundle.mjs, launch.ts) where it is current; the other tests
// run the sources. Here the bundle and the compiled modules it was made from
// run the same commands, and must print the same: extraction (which finds the
// knowledge base, the model and the language data beside the compiled files),
// an HTML page (the HTML reader, loaded on demand), a store's queries and a
// graph export (packages the bundle loads with require, in their CommonJS
// builds).

const BUNDLE = join(ROOT, 'dist/bundle/nexus.cjs');
const COMPILED = join(ROOT, 'dist/cli/main.js');
const skip = !existsSync(BUNDLE) || !existsSync(COMPILED) ? 'not built: run `npm run build`'
  : statSync(BUNDLE).mtimeMs < statSync(COMPILED).mtimeMs ? 'the bundle is older than dist/cli: run `npm run build`' : false;

const dir = mkdtempSync(join(tmpdir(), 'nexus-bundle-'));

/** `nexus ARGS` run from `entry` (bin/nexus.js running the bundle, or the compiled CLI): exit status and output. */
function run(entry: string, args: string[]): string {
  const r = entry === BUNDLE ? spawnSync(process.execPath, [join(ROOT, 'bin/nexus.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(pathToFileURL(entry).href)}; main([process.argv[0], "nexus", ...process.argv.slice(1)]).then((c) => { process.exitCode = c; });`, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return `exit ${r.status}\n${r.stdout}\n${r.stderr}`;
}

test('the bundled CLI prints what the compiled CLI prints', { skip }, () => {
  const text = join(dir, 'sahel.txt'), page = join(dir, 'syria.html');
  writeFileSync(text, SAHEL);
  writeFileSync(page, `<html><head><title>Idlib</title></head><body><nav>Home | World</nav><article>${SYRIA.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  for (const args of [['--help'], ['extract', text, '--json'], ['extract', page, '--explain'], ['parse', text], ['extract', join(dir, 'missing.txt')]]) {
    const compiled = run(COMPILED, args);
    assert.match(compiled, args[0] === 'extract' && args[1].endsWith('missing.txt') ? /^exit 1/ : /^exit 0/, compiled);
    assert.equal(run(BUNDLE, args), compiled, `nexus ${args.join(' ')}`);
  }
  const out: Record<string, string> = {};
  for (const [name, entry] of [['compiled', COMPILED], ['bundle', BUNDLE]] as const) {
    const db = join(dir, `${name}.db`), graph = join(dir, `${name}.graphml`);
    assert.match(run(entry, ['ingest', text, page, '--db', db]), /^exit 0/);
    out[name] = [run(entry, ['actors', '--db', db]), run(entry, ['claims', '--db', db]), run(entry, ['export', '--format', 'graphml', '--db', db, '-o', graph]).replace(graph, 'FILE'),
      readFileSync(graph, 'utf8')].join('\n');
  }
  assert.equal(out.bundle, out.compiled);
});
