import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

/*
 * How bin/nexus.js starts the CLI. `npm run build` bundles the compiled CLI
 * into one CommonJS file (dist/bundle/nexus.cjs, scripts/bundle.mjs) and
 * keeps V8's code cache of it after a sample extract (nexus.cjs.cache): a
 * run reads two files and compiles next to nothing, where it loaded some 250
 * ES modules, each resolved, read, compiled and linked on its own, and
 * compiled every function it ran. Node 20 has no code cache for ES modules,
 * hence CommonJS. This module imports nothing of the project (whatever it
 * imported would load twice: here and in the bundle).
 *
 * The bundle is used only when it is newer than the compiled CLI beside this
 * module (a `tsc` alone makes it stale); the compiled modules run otherwise.
 * The code cache is used only when it was made from this very bundle (its
 * key: the bundle's size and CRC-32, Node's version and architecture) and
 * is whole (its own CRC-32). V8 checks only the source's length and its own
 * version and flags: a cache of another bundle of the same length, or a
 * damaged one, could run wrong code, so neither ever reaches it; V8 may
 * still refuse one (other flags), which only costs the compiling.
 */

export const BUNDLE = fileURLToPath(new URL('../bundle/nexus.cjs', import.meta.url));
const COMPILED_MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

export type Main = (argv: string[], io?: unknown) => Promise<number>;
/** What became of the code cache: used, refused by V8, or not given (none, stale, damaged). */
export type CacheUse = 'used' | 'refused' | 'none' | 'stale' | 'damaged';

export interface LoadedBundle {
  exports: { main: Main };
  script: vm.Script;
  /** The key a code cache of this bundle must carry. */
  key: string;
  cache: CacheUse;
}

export function codeCachePath(bundle: string): string {
  return `${bundle}.cache`;
}

/** The key of a bundle's code cache: what the bundle is, and which Node reads it. */
function cacheKey(source: Buffer): string {
  return `nexus code cache 1; ${source.length} bytes, crc32 ${crc32(source)}; node ${process.version} ${process.arch}`;
}

/** The code cache kept at `path` for a bundle of key `key`, or why there is none to use. */
export function readCodeCache(path: string, key: string): { data?: Buffer; use: CacheUse } {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return { use: 'none' };
  }
  try {
    const nl = file.indexOf(10);
    const head = JSON.parse(file.toString('utf8', 0, nl)) as { key?: string; crc32?: number };
    if (head.key !== key) return { use: 'stale' };
    const data = file.subarray(nl + 1);
    return head.crc32 === crc32(data) ? { data, use: 'used' } : { use: 'damaged' };
  } catch {
    return { use: 'damaged' };
  }
}

/** Keeps V8's code cache of a loaded bundle (all the functions it has compiled so far) beside it, atomically. */
export function writeCodeCache(bundle: LoadedBundle, path: string): void {
  const data = bundle.script.createCachedData();
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify({ key: bundle.key, crc32: crc32(data) })}\n`), data]));
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Runs the CommonJS bundle at `path` as Node would run the file, with its
 * code cache where there is a good one (`cache: false`: without).
 */
export function loadBundle(path: string, options: { cache?: boolean } = {}): LoadedBundle {
  const source = readFileSync(path);
  const key = cacheKey(source);
  const cached = options.cache === false ? { use: 'none' as const } : readCodeCache(codeCachePath(path), key);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), {
    filename: path,
    cachedData: cached.data,
    // Lets an import() in the bundle load as it would in a module (Node 20.12 and later; none is there today).
    importModuleDynamically: (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER as never,
  });
  const cache: CacheUse = cached.data && script.cachedDataRejected ? 'refused' : cached.use;
  const module = { exports: {} as LoadedBundle['exports'] };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return { exports: module.exports, script, key, cache };
}

/** Is the bundle at `bundle` at least as new as the compiled CLI at `compiled`? */
export function bundleIsCurrent(bundle = BUNDLE, compiled = COMPILED_MAIN): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

/** The CLI's `main`: the bundle's where it is current, else the compiled modules'. */
export async function cliMain(): Promise<Main> {
  if (bundleIsCurrent()) {
    const bundle = loadBundle(BUNDLE);
    // For src/cli/startup.test.ts, which checks what a command loads.
    (globalThis as { __nexusLoaded?: (what: string) => void }).__nexusLoaded?.(`bundle cache:${bundle.cache}`);
    return bundle.exports.main;
  }
  return (await import('./main.js')).main as Main;
}
