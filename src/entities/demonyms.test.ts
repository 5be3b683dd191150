import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityAt, recognizeText as run } from '../testing/entities.js';

// Texts written for these tests.

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
