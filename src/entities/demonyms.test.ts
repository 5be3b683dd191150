import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';
import { testModel } from '../testing/model.js';
import { recognize } from './stage.js';

// Texts written for these tests.
const kb = loadKnowledgeBase();
const run = (text: string) => recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), kb);
const entityAt = (doc: ReturnType<typeof run>, word: string) => {
  const at = doc.text.indexOf(word);
  const m = doc.mentions.find((x) => x.start <= at && x.end > at);
  return m && doc.entities.find((e) => e.id === m.entity);
};

test('coordinated demonyms share the body noun after the last of them', () => {
  const doc = run('Chadian, Cameroonian and Nigerien troops cleared the islands of Lake Chad.');
  assert.equal(entityAt(doc, 'Chadian')?.kbId, 'td');
  assert.equal(entityAt(doc, 'Cameroonian')?.kbId, 'cm');
  assert.equal(entityAt(doc, 'Nigerien')?.kbId, 'ne');
});

test('a demonym with no body noun after it, alone or coordinated, names no actor', () => {
  const doc = run('Chadian and Nigerien villages were burned.');
  assert.equal(entityAt(doc, 'Chadian'), undefined);
  assert.equal(entityAt(doc, 'Nigerien'), undefined);
});
