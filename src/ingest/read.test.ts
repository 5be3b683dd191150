import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readInput } from './read.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-read-'));

test('a missing path and a directory are refused by name', async () => {
  await assert.rejects(readInput(join(dir, 'nope.txt')), { name: 'InputNotFound', message: 'no such file' });
  await assert.rejects(readInput(dir), { name: 'InputIsDirectory' });
});

test('a file above the size limit is refused before it is read', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(2048));
  await assert.rejects(readInput(big, 1024), { name: 'InputTooLarge', message: /2\.0 KB, above the 1\.0 KB limit/ });
  assert.equal((await readInput(big, 4096)).bytes.length, 2048);
});

test('"-" reads standard input, with the same size limit', async () => {
  const raw = await readInput('-', 100, Readable.from([Buffer.from('Al-Shabaab attacked a base.')]));
  assert.equal(Buffer.from(raw.bytes).toString(), 'Al-Shabaab attacked a base.');
  await assert.rejects(readInput('-', 10, Readable.from([Buffer.from('x'.repeat(50))])), { name: 'InputTooLarge' });
});
