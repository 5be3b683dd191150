import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityAt, recognizeText } from '../testing/entities.js';

// Texts written for this test; the people are invented.

test('a surname with its particle ("al-Harbi", "Al-Harbi") joins the full name that holds it', () => {
  const text = 'Colonel Nasser al-Harbi, who commands the sector, said the attackers fled. Al-Harbi said his men had captured a commander. Later al-Harbi said the road was open.';
  const doc = recognizeText(text);
  const full = entityAt(doc, 'Nasser al-Harbi');
  assert.ok(full);
  assert.equal(entityAt(doc, 'Al-Harbi')?.id, full.id);
  const at = text.indexOf('al-Harbi said the road');
  const later = doc.mentions.find((m) => m.start < at + 'al-Harbi'.length && m.end > at);
  assert.equal(later?.entity, full.id);
});
