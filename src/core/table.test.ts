import assert from 'node:assert/strict';
import { test } from 'node:test';
import { table } from './table.js';

test('a word table finds its words and nothing a plain object would inherit', () => {
  const t = table({ it: 1, group: 2 });
  assert.equal(t.get('group'), 2);
  for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) assert.equal(t.get(w), undefined, w);
});
