import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';
import { testModel } from '../testing/model.js';
import { recognize } from './stage.js';

const kb = loadKnowledgeBase();

test('a country named only as a place is still the state (FORMAT.md convention 2); its provinces stay places', () => {
  // Written for this test.
  const doc = recognize(analyze(documentFromText('The convoy crossed into Kenya and fighters later moved across Somalia\'s Gedo region.', { path: 't.txt' }), testModel()), kb);
  const type = (n: string) => doc.entities.find((e) => e.name === n)?.type;
  assert.equal(type('Kenya'), 'StateBody');
  assert.equal(type('Somalia'), 'StateBody');
  assert.ok(doc.entities.some((e) => /Gedo/.test(e.name) && e.type === 'Location'), doc.entities.map((e) => `${e.name}:${e.type}`).join(', '));
});
