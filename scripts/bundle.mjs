// Bundles the compiled CLI (dist/cli/main.js and the project modules it
// imports) into one CommonJS file, dist/bundle/nexus.cjs, and keeps V8's
// code cache of it after a sample extract (nexus.cjs.cache); bin/nexus.js
// runs it (src/cli/launch.ts says how, and when it does not). Run by
// `npm run build` after tsc and the other derived files.
//
// - Lazy stays lazy: a module the code imports with `import()` (a command's
//   pipeline, the stores, the server, the exporters) is evaluated when that
//   import runs, not at start-up (esbuild wraps it in an initialiser).
// - Files the code finds beside itself (kb/, the parser model, the language
//   data, the name index, chrono-node through createRequire) are found as
//   before: each module's `import.meta.url` is rewritten to the URL of its
//   compiled file in dist/, which the build keeps.
// - Packages (node_modules) that `require` can load stay outside and load as
//   before, native drivers (better-sqlite3, pg) included; the dual ones load
//   their CommonJS build. Packages that are ES modules only are bundled.
// - Each project module calls `globalThis.__nexusLoaded?.(its path)` when it
//   is evaluated (src/cli/startup.test.ts checks what a command loads).
// - Worker threads (`ingest --threads`) run the compiled files in dist/.
import { build } from 'esbuild';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
rmSync(outdir, { recursive: true, force: true });

/** Would Node load this file as an ES module? (by its extension, else the nearest package.json's type) */
function isEsModule(file) {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let d = dirname(file); d !== dirname(d); d = dirname(d)) {
    try {
      return JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).type === 'module';
    } catch {
      // no package.json here: look further up
    }
  }
  return false;
}

const packages = { outside: new Set(), bundled: new Set() };
const plugin = {
  name: 'nexus-bundle',
  setup(b) {
    // A package stays outside when `require` can load it (as Node resolves it from the importing file).
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      let file;
      try {
        file = createRequire(args.importer || join(dist, 'x.js')).resolve(args.path);
      } catch {
        file = undefined;
      }
      if (file === args.path) return { path: args.path, external: true }; // a Node built-in named without node:
      const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
      if (file && isEsModule(file)) {
        packages.bundled.add(name);
        return undefined;
      }
      packages.outside.add(name);
      return { path: args.path, external: true };
    });
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(`${dist}/`)) return { contents: source, loader: 'js' };
      const rel = relative(outdir, args.path).split('\\').join('/');
      source = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __nexusBase).href`);
      return { contents: `${source}\n;globalThis.__nexusLoaded?.(${JSON.stringify(relative(root, args.path))});\n`, loader: 'js' };
    });
  },
};

const bundle = join(outdir, 'nexus.cjs');
await build({
  entryPoints: [join(dist, 'cli/main.js')],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Strict as the ES modules it is made of ("use strict" must come first); the URL the rewritten import.meta.url values start from.
  banner: { js: '"use strict";\nconst __nexusBase = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [plugin],
});

// The code cache: what V8 compiled to run --help and an extract of the example (most of what an extract runs).
const { loadBundle, writeCodeCache, codeCachePath } = await import(pathToFileURL(join(dist, 'cli/launch.js')).href);
const loaded = loadBundle(bundle, { cache: false });
const quiet = { out() {}, err() {}, tty: false, stdin: process.stdin };
for (const args of [['--help'], ['extract', join(root, 'examples/lake-chad-raid.txt'), '--json']]) {
  const code = await loaded.exports.main(['node', 'nexus', ...args], quiet);
  if (code !== 0) throw new Error(`bundle: nexus ${args.join(' ')} exited with ${code}`);
}
writeCodeCache(loaded, codeCachePath(bundle));
const kb = (f) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
console.log(`bundle: ${relative(root, bundle)} ${kb(bundle)}, code cache ${kb(codeCachePath(bundle))}; packages outside: ${[...packages.outside].sort().join(' ')}; bundled: ${[...packages.bundled].sort().join(' ') || 'none'}`);
