import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityAt as bodyAt, recognizeText as run, testEntitiesKb } from '../../testing/entities.js';

// Texts written for these tests.
const kb = testEntitiesKb();

test('a lower-case body owned by a country, by possessive or demonym, is that country\'s body', () => {
  const doc = run("Kenya's foreign ministry summoned the envoy. The Ugandan air force bombed a camp in Ituri. Uganda's army said two soldiers died.");
  assert.equal(bodyAt(doc, 'foreign ministry')?.kbId, 'ke-foreign-ministry');
  assert.equal(bodyAt(doc, 'Ugandan air force')?.kbId, 'ug-air-force');
  // Uganda's body called "army", else its armed forces: not a unit that the knowledge base files under army.
  assert.equal(bodyAt(doc, 'army')?.kbId, 'ug-updf');
});

test('without a country before it, or as a modifier of another noun, the phrase names no body', () => {
  const doc = run("The foreign ministry summoned the envoy. Kenya's military operation ended. The rebels' air force was small.");
  assert.equal(bodyAt(doc, 'foreign ministry'), undefined);
  assert.equal(bodyAt(doc, 'military operation'), undefined);
  assert.equal(bodyAt(doc, 'air force'), undefined);
});

test('a body name several states share, owned by a country, is that country\'s body', () => {
  const doc = run("Egypt's Ministry of Interior said it had arrested five men in Sinai.");
  const m = bodyAt(doc, 'Ministry of Interior');
  assert.ok(m?.kbId && kb.countryOf(kb.get(m.kbId)!)?.id === 'eg', `${m?.name} (${m?.kbId})`);
  // The pronoun is the ministry's, the subject, not the possessor's.
  assert.equal(bodyAt(doc, 'it')?.id, m!.id);
});
