// Bundles the compiled CLI (dist/cli/main.js and the project modules it
// imports) into a few files in dist/bundle/, which bin/nexus.js runs: loading
// some 250 small ES modules, each resolved, read and linked on its own, was
// about a third of a small `nexus extract`. Run by `npm run build` after tsc.
//
// - Lazy stays lazy: every `import()` of the CLI's commands is a split point
//   (esbuild's code splitting), so `--help` loads none of the pipeline,
//   `extract` none of the stores, the server or the exporters.
// - Files the code finds beside itself (kb/, the parser model, the language
//   data, the name index, chrono-node through createRequire) are found as
//   before: each module's `import.meta.url` is rewritten to the URL of its
//   compiled file in dist/, which the build keeps.
// - Packages (node_modules) are not bundled: they load as before, native
//   drivers (better-sqlite3, pg) included, and keep their own names.
// - Worker threads (`ingest --threads`) run the compiled files in dist/.
//
// bin/nexus.js runs the bundle only if it is newer than dist/cli/main.js (a
// `tsc` alone makes it stale) and dist/cli/main.js otherwise.
// dist/bundle/modules.json lists the compiled modules in each output file
// (src/cli/startup.test.ts checks what the built CLI loads with it).
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
await rm(outdir, { recursive: true, force: true });

/** Each compiled module's `import.meta.url`, as the URL of that module's file, relative to the bundle's files (all in outdir). */
const metaUrl = {
  name: 'compiled-module-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const url = `new URL(${JSON.stringify(relative(outdir, args.path).split('\\').join('/'))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { main: join(dist, 'cli/main.js') },
  outdir,
  absWorkingDir: root,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [metaUrl],
});

const modules = {};
for (const [out, info] of Object.entries(result.metafile.outputs)) {
  if (!out.endsWith('.js')) continue;
  modules[relative(outdir, join(root, out))] = Object.keys(info.inputs).map((i) => relative(root, join(root, i))).sort();
}
await writeFile(join(outdir, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);
const files = Object.keys(modules);
const size = files.reduce((n, f) => n + result.metafile.outputs[relative(root, join(outdir, f))].bytes, 0);
console.log(`bundle: ${Object.values(modules).flat().length} modules in ${files.length} files, ${(size / 1024).toFixed(0)} KB, in ${relative(root, outdir)}`);
