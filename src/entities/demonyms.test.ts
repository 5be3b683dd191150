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

test("a demonym's troops or soldiers are the army the text names for that country, else the country", () => {
  const doc = run('The Chadian Armed Forces said Chadian troops had retaken the post near Bol. Two Chadian soldiers were wounded. Cameroonian troops and Nigerian forces stayed on their side of the lake.');
  const army = entityAt(doc, 'Chadian Armed Forces');
  assert.ok(army);
  assert.equal(entityAt(doc, 'Chadian troops')?.id, army!.id);
  assert.equal(entityAt(doc, 'Chadian soldiers')?.id, army!.id);
  // No army of theirs is named: the country acts; "forces" stays the country too.
  assert.equal(entityAt(doc, 'Cameroonian troops')?.kbId, 'cm');
  assert.equal(entityAt(doc, 'Nigerian forces')?.kbId, 'ng');
});
