import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeText as run } from '../../testing/entities.js';

// Texts written for these tests.

test('a region named before "government" or "administration" names the region\'s own government, a state body', () => {
  const doc = run('The Puntland government sent troops to the Cal Miskaad hills. The Tigray regional administration protested.');
  const pg = doc.entities.find((e) => e.name === 'Puntland government');
  assert.equal(pg?.type, 'StateBody');
  assert.ok(doc.entities.some((e) => e.name === 'Tigray regional administration' && e.type === 'StateBody'), doc.entities.map((e) => e.name).join('; '));
});

test('as a place, or before a noun the phrase modifies, the region stays a place', () => {
  const doc = run('Troops moved into Puntland on Monday. Puntland government forces later withdrew.');
  assert.ok(!doc.entities.some((e) => /government/i.test(e.name)), doc.entities.map((e) => e.name).join('; '));
  assert.equal(doc.entities.find((e) => e.name === 'Puntland')?.type, 'Location');
});
