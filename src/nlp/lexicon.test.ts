import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { commonWordList, commonWords, commonWordsKey, isCommonWord, readCommonWords, SortedWords, writeCommonWords } from './lexicon.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-lexicon-'));

test('the common words written by the build are found by search exactly as in the set of the lists', () => {
  const path = join(dir, 'common-words.txt');
  const list = commonWordList();
  writeCommonWords(path, commonWordsKey(), list);
  const sorted = readCommonWords(path, commonWordsKey());
  assert.ok(sorted, 'a file just written is used');
  const set = commonWords();
  assert.equal(set.size, list.length);
  for (const w of list) assert.ok(sorted.has(w), w);
  // Not words: the empty string, before the first and after the last, prefixes and extensions of words, other case, accents.
  for (const w of ['', '\t', 'AAAA', 'aa', 'zzzzz', '~', 'abando', 'abandonn', 'abandonedx', 'The', 'BORNO', 'borno', 'fighterz', 'caf', 'cafés', 'résumé', "o'", "'tis"]) {
    assert.equal(sorted.has(w), set.has(w), JSON.stringify(w));
    assert.equal(isCommonWord(w), set.has(w), JSON.stringify(w));
  }
  assert.deepEqual(sorted.words(), list);
});

test('a binary search over lines finds every word and nothing else, at the ends too', () => {
  const words = ['a', 'ab', 'abc', 'b', 'ba', 'zz'];
  const sorted = new SortedWords(words.join('\n'));
  for (const w of words) assert.ok(sorted.has(w), w);
  for (const w of ['', 'A', 'aa', 'abcd', 'abb', 'bb', 'c', 'z', 'zzz', '\n', 'a\nab']) assert.equal(sorted.has(w), false, JSON.stringify(w));
  assert.ok(new SortedWords('one').has('one'));
  assert.equal(new SortedWords('one').has('on'), false);
});

test('a stale, damaged, missing or foreign common-words file is not used', () => {
  const path = join(dir, 'words.txt');
  const key = commonWordsKey();
  writeCommonWords(path, key, ['alpha', 'beta', 'gamma']);
  assert.ok(readCommonWords(path, key)?.has('beta'));
  assert.equal(readCommonWords(path, `${key} (another version)`), undefined, 'another key');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('beta', 'bota'));
  assert.equal(readCommonWords(path, key), undefined, 'a changed word fails the checksum');
  writeFileSync(path, text.slice(0, -2));
  assert.equal(readCommonWords(path, key), undefined, 'a cut file fails the checksum');
  writeFileSync(path, 'not a header\nalpha');
  assert.equal(readCommonWords(path, key), undefined, 'no header');
  writeFileSync(path, '');
  assert.equal(readCommonWords(path, key), undefined, 'empty');
  assert.equal(readCommonWords(join(dir, 'none.txt'), key), undefined, 'missing');
});
