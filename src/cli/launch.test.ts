import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleIsCurrent, codeCachePath, loadBundle, readCodeCache, writeCodeCache } from './launch.js';

// bin/nexus.js runs the CLI's bundle with V8's code cache (launch.ts). Here a
// small bundle of our own stands in for it: its code cache is used when it was
// made from that very bundle and is whole, and never otherwise.

const dir = mkdtempSync(join(tmpdir(), 'nexus-launch-'));

/** A bundle in CommonJS as esbuild writes one: strict, with `main`, using require and __dirname. */
function writeBundle(name: string, answer: number): string {
  const path = join(dir, name);
  writeFileSync(path, `"use strict";
const { basename } = require("node:path");
function square(x) { return x * x; }
exports.main = async (argv) => (argv.includes("--where") ? basename(__dirname).length : square(${answer}) + argv.length);
exports.strict = (function () { return this === undefined; })();
`);
  return path;
}

test('a bundle runs as a CommonJS file: its exports, require, __dirname, strict mode', async () => {
  const path = writeBundle('plain.cjs', 3);
  const b = loadBundle(path);
  assert.equal(b.cache, 'none');
  assert.equal(await b.exports.main(['node', 'nexus']), 11);
  assert.equal(await b.exports.main(['--where']), dir.split('/').pop()!.length);
  assert.equal((b.exports as unknown as { strict: boolean }).strict, true);
});

test('the code cache of a bundle is used by the next run', async () => {
  const path = writeBundle('cached.cjs', 4);
  const first = loadBundle(path);
  await first.exports.main([]);
  writeCodeCache(first, codeCachePath(path));
  const second = loadBundle(path);
  assert.equal(second.cache, 'used');
  assert.equal(await second.exports.main(['a']), 17);
  assert.equal(loadBundle(path, { cache: false }).cache, 'none', 'cache: false reads none');
});

test('a code cache made from another bundle, even of the same length, or damaged, never reaches V8', async () => {
  const path = writeBundle('changed.cjs', 5);
  const b = loadBundle(path);
  writeCodeCache(b, codeCachePath(path));
  const good = readFileSync(codeCachePath(path));
  // The same length, another answer: V8 alone (which checks the length) would take the old code.
  writeBundle('changed.cjs', 6);
  const changed = loadBundle(path);
  assert.equal(changed.cache, 'stale');
  assert.equal(await changed.exports.main([]), 36, 'the new code runs');

  const now = writeBundle('damaged.cjs', 5);
  const nl = good.indexOf(10);
  const damaged = Buffer.from(good);
  damaged[nl + 1 + Math.floor((damaged.length - nl) / 2)] ^= 0xff;
  for (const [file, why] of [[damaged, 'damaged'], [good.subarray(0, good.length - 100), 'damaged'], [Buffer.from('not a cache'), 'damaged'], [Buffer.alloc(0), 'damaged']] as const) {
    writeFileSync(codeCachePath(now), file);
    const loaded = loadBundle(now);
    assert.equal(loaded.cache, why);
    assert.equal(await loaded.exports.main([]), 25);
  }
  assert.deepEqual(readCodeCache(join(dir, 'none.cache'), 'k'), { use: 'none' });
});

test('a bundle older than the compiled CLI is not run', () => {
  const bundle = writeBundle('old.cjs', 1), compiled = join(dir, 'main.js');
  writeFileSync(compiled, '');
  utimesSync(bundle, new Date(2000, 0, 1), new Date(2000, 0, 1));
  assert.equal(bundleIsCurrent(bundle, compiled), false);
  utimesSync(bundle, new Date(), new Date(Date.now() + 1000));
  assert.equal(bundleIsCurrent(bundle, compiled), true);
  assert.equal(bundleIsCurrent(join(dir, 'missing.cjs'), compiled), false);
});
