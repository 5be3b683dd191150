import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeText as run } from '../../testing/entities.js';

// Texts written for these tests. The knowledge base spells these persons Ziyad al-Nakhalah and Mohammed Shia al-Sudani.

test('a given name spelt another way before a known surname is one mention of the known person', () => {
  const doc = run('The movement\'s leader, Ziad al-Nakhalah, rejected the offer. Later Muhammad Shia al-Sudani met the envoy in Baghdad.');
  const ziyad = doc.entities.find((e) => e.name === 'Ziyad al-Nakhalah');
  assert.ok(ziyad?.aliases.includes('Ziad al-Nakhalah'), JSON.stringify(ziyad));
  const sudani = doc.entities.filter((e) => e.type === 'Person' && /Sudani|Muhammad/.test([e.name, ...e.aliases].join(' ')));
  assert.equal(sudani.length, 1, sudani.map((e) => e.name).join('; '));
  assert.ok(sudani[0].aliases.includes('Muhammad Shia al-Sudani'));
  assert.ok(!doc.entities.some((e) => e.name === 'Ziad' || e.name === 'Muhammad Shia'));
});

test('another given name before a known surname is another person', () => {
  const doc = run('Karim al-Nakhalah, a shopkeeper, said the road was closed.');
  assert.ok(!doc.entities.some((e) => e.name === 'Ziyad al-Nakhalah'), doc.entities.map((e) => e.name).join('; '));
});
