import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isNexusError } from '../core/index.js';
import { checkFileTarget, checkFolderTarget, writeAtomic, writeFolder } from './write.js';

const dir = () => mkdtempSync(join(tmpdir(), 'nexus-write-'));
const message = (fn: () => void) => { try { fn(); } catch (e) { assert.ok(isNexusError(e) && e.name === 'ExportError'); return `${e.subject}: ${e.message}`; } return 'no error'; };

describe('writing exports', () => {
  test('replaces an old file whole and leaves no temporary file behind', () => {
    const d = dir();
    const path = join(d, 'graph.json');
    writeFileSync(path, 'old');
    writeAtomic(path, 'new content');
    assert.equal(readFileSync(path, 'utf8'), 'new content');
    assert.deepEqual(readdirSync(d), ['graph.json']);
  });

  test('a write that fails keeps the old file as it was and removes its temporary file', () => {
    const d = dir();
    const target = join(d, 'out');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'old');
    // Renaming a file over a folder fails after the temporary file was written.
    assert.match(message(() => writeAtomic(target, 'new')), /cannot write/);
    assert.deepEqual(readdirSync(d), ['out']);
    assert.equal(readFileSync(join(target, 'keep.txt'), 'utf8'), 'old');
  });

  test('wrong places are one clear error before any work', () => {
    const d = dir();
    writeFileSync(join(d, 'file.txt'), 'x');
    assert.match(message(() => checkFileTarget(join(d, 'missing', 'x.json'))), /cannot write: the folder .*missing does not exist$/);
    assert.match(message(() => checkFileTarget(d)), /is a folder; give a file name/);
    assert.match(message(() => checkFileTarget(join(d, 'file.txt', 'x.json'))), /is not a folder$/);
    assert.match(message(() => checkFolderTarget(join(d, 'file.txt'))), /is a file; --format csv writes several tables: give a folder \(tables\/\) or a \.zip file/);
    assert.doesNotThrow(() => checkFileTarget(join(d, 'new.json')));
  });

  test('tables go into a folder made for them', () => {
    const d = join(dir(), 'tables');
    const written = writeFolder(d, [{ name: 'a.csv', content: 'a\n' }, { name: 'b.csv', content: 'b\n' }]);
    assert.deepEqual(written, [join(d, 'a.csv'), join(d, 'b.csv')]);
    assert.deepEqual(readdirSync(d).sort(), ['a.csv', 'b.csv']);
  });
});
