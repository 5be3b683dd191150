import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { tokenize } from '../nlp/tokenize.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { loadKnowledgeBase } from './load.js';
import { INDEX_CODE } from './name-cache.js';
import { entryNames } from './names.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'nexus-names-'));

/** What the trie finds for a text at its first token: entry ids and kinds, or undefined. */
function lookup(kb: KnowledgeBase, text: string): string | undefined {
  const m = kb.trie.match(tokenize(text, { start: 0, end: text.length }), 0);
  return m && `${m.end}:${m.names.map((n) => `${n.entry}/${n.kind}/${n.text}`).join(',')}`;
}

/** Every name of the knowledge base, and each in lower and upper case, looked up. */
function lookups(kb: KnowledgeBase): Array<string | undefined> {
  const texts = [...kb.entries.values()].flatMap((e) => entryNames(e).map((n) => n.name.text));
  return texts.flatMap((t) => [lookup(kb, t), lookup(kb, t.toLowerCase()), lookup(kb, t.toUpperCase())]);
}

// A small knowledge base of made-up entries in a folder of its own.
function smallKb(aliases: string[] = ['the Vesk Front']): string {
  const dir = join(tmp(), 'kb');
  mkdirSync(dir);
  writeFileSync(join(dir, 'groups.json'), JSON.stringify([
    { id: 'vesk-front', name: 'Vesk Liberation Front', type: 'ArmedGroup', kind: 'insurgent', aliases: [...aliases, 'VLF'] },
    { id: 'orla-guard', name: 'Orla Guard', type: 'ArmedGroup', kind: 'militia' },
  ]));
  return dir;
}

test('the bundled names read from the index match exactly as when every name is tokenised', () => {
  const cache = join(tmp(), 'names.cache');
  const built = loadKnowledgeBase({ cache: false });
  const first = loadKnowledgeBase({ cache });
  assert.deepEqual(lookups(first), lookups(built));
  assert.ok(existsSync(cache), 'the first use writes the index');
  // A second load reads the file the first wrote.
  assert.deepEqual(lookups(loadKnowledgeBase({ cache })), lookups(built));
});

test('entries of a --kb file replace and join the bundled ones in their place', () => {
  const cache = join(tmp(), 'names.cache');
  const file = join(tmp(), 'mine.json');
  const entries = [...loadKnowledgeBase({ cache: false }).entries.values()];
  // The name of an entry that comes after al-Shabaab: the replacing entry's names keep al-Shabaab's place, before it.
  const later = entries[entries.findIndex((e) => e.id === 'al-shabaab') + 1].name;
  writeFileSync(file, JSON.stringify([
    // Replaces a bundled entry: its old aliases are gone, the new ones match.
    { id: 'al-shabaab', name: 'Harakat al-Shabaab al-Mujahideen', type: 'ArmedGroup', kind: 'insurgent', aliases: ['Vesk Shabaab', later] },
    // A new entry sharing a first word with bundled ones ("Boko Haram").
    { id: 'boko-haram-vesk', name: 'Boko Haram Vesk Cell', type: 'ArmedGroup', kind: 'insurgent' },
  ]));
  loadKnowledgeBase({ cache }).trie; // the index of the bundled names, written
  const withIndex = loadKnowledgeBase({ cache, files: [file] });
  const without = loadKnowledgeBase({ cache: false, files: [file] });
  assert.deepEqual(lookups(withIndex), lookups(without));
  assert.match(lookup(withIndex, 'Boko Haram Vesk Cell') ?? '', /boko-haram-vesk/);
  assert.match(lookup(withIndex, 'Vesk Shabaab') ?? '', /al-shabaab/);
  assert.match(lookup(withIndex, later) ?? '', /^\d+:al-shabaab\/alias\/.*,/);
});

test('a stale index (the knowledge base changed) is rebuilt, never used', () => {
  const cache = join(tmp(), 'names.cache');
  const dir = smallKb();
  assert.match(lookup(loadKnowledgeBase({ dir, cache }), 'Vesk Front') ?? '', /vesk-front/);
  const before = readFileSync(cache, 'utf8');
  writeFileSync(join(dir, 'groups.json'), readFileSync(join(dir, 'groups.json'), 'utf8').replace('the Vesk Front', 'the Vesk Army'));
  const kb = loadKnowledgeBase({ dir, cache });
  assert.equal(lookup(kb, 'Vesk Front'), undefined);
  assert.match(lookup(kb, 'Vesk Army') ?? '', /vesk-front/);
  assert.notEqual(readFileSync(cache, 'utf8'), before, 'the index was written again');
});

test('a damaged index is rebuilt silently, with the right names', () => {
  const dir = smallKb();
  const cache = join(tmp(), 'names.cache');
  const expected = lookups(loadKnowledgeBase({ dir, cache }));
  const good = readFileSync(cache, 'utf8');
  const damaged = [
    '',
    'not an index at all',
    good.slice(0, good.length / 2),
    // Still valid JSON, but not what was written: the checksum catches it.
    good.replace('"orla-guard"', '"vesk-front"'),
    good.replace(/"format":\d+/, '"format":0'),
    // A line that does not parse under a checksum that matches (edited by hand).
    withChecksum(good.replace(/^orla\t.*$/m, 'orla\t[broken')),
    // The list of where lines start, damaged: the checksum covers it too.
    good.replace(/^\[\[(.*)\],\[(\d+)/m, '[[$1],[$2 '),
  ];
  for (const text of damaged) {
    writeFileSync(cache, text);
    assert.deepEqual(lookups(loadKnowledgeBase({ dir, cache })), expected);
    assert.equal(readFileSync(cache, 'utf8'), good, 'rewritten as it should be');
  }
});

/** The file with its index and checksum made again for what its lines now hold (as an edit by hand that kept them right would). */
function withChecksum(file: string): string {
  const lines = file.slice(file.indexOf('\n') + 1).split('\n').slice(1, -1);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at + Buffer.byteLength(l.slice(0, l.indexOf('\t') + 1)));
    at += Buffer.byteLength(l) + 1;
  }
  const rest = `${JSON.stringify([lines.map((l) => l.slice(0, l.indexOf('\t'))), starts])}\n${lines.map((l) => `${l}\n`).join('')}`;
  const head = JSON.parse(file.slice(0, file.indexOf('\n')));
  head.crc32 = crc32(rest);
  return `${JSON.stringify(head)}\n${rest}`;
}

test('an index that cannot be written leaves the names tokenised in memory', () => {
  const dir = smallKb();
  const cache = join(tmp(), 'no-such-folder', 'names.cache');
  assert.match(lookup(loadKnowledgeBase({ dir, cache }), 'VLF') ?? '', /vesk-front\/acronym/);
  assert.equal(lookup(loadKnowledgeBase({ dir, cache }), 'vlf'), undefined);
  assert.ok(!existsSync(cache));
});

test('the index key covers every module that decides a name\'s keys', () => {
  // Should names.ts come to use another module, that module's code must be in the key too.
  const here = dirname(fileURLToPath(import.meta.url));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)\.js'/gm)) visit(join(dirname(file), `${m[1]}.ts`));
  };
  for (const m of INDEX_CODE) visit(join(here, `${m}.ts`));
  const listed = new Set(INDEX_CODE.map((m) => join(here, `${m}.ts`)));
  assert.deepEqual([...seen].filter((f) => !listed.has(f)), []);
});
