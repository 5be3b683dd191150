import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, systemClock } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { testModel } from '../testing/model.js';
import { extract } from '../pipeline/extract.js';

// Texts written for these tests; the outlets are invented.
const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: systemClock, logger: silentLogger };
const run = (text: string) => extract(documentFromText(text, { path: 't.txt' }), ctx);
const typeOf = (doc: ReturnType<typeof run>, name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

test("the outlet a dateline credits is an Organization, even when its words are common ones", () => {
  const doc = run('KANO, June 3 (Savanna Wire) - Gunmen killed four farmers near Kano, police said.\n\nMOGADISHU, 5 March 2025 (Coast Dispatch) - The army said it killed ten fighters.');
  assert.equal(typeOf(doc, 'Savanna Wire'), 'Organization', doc.entities.map((e) => `${e.name}/${e.type}`).join(', '));
  assert.equal(typeOf(doc, 'Coast Dispatch'), 'Organization', doc.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test("a caption's credit and a copyright line's holder are outlets", () => {
  const doc = run([
    'Gunmen killed four farmers near Kano, police said on Monday.',
    'Photo: Police officers at a checkpoint near Kano, June 2. (River Post/Staff)',
    '(c) 2025 Northern Evening Herald. All rights reserved.',
  ].join('\n\n'));
  assert.equal(typeOf(doc, 'River Post'), 'Organization', doc.entities.map((e) => `${e.name}/${e.type}`).join(', '));
  assert.equal(typeOf(doc, 'Northern Evening Herald'), 'Organization', doc.entities.map((e) => `${e.name}/${e.type}`).join(', '));
});

test('a bracketed name after a person is no outlet', () => {
  const doc = run('Police arrested Yusuf Barre (Abu Hafs) near Kano on Monday.');
  assert.notEqual(typeOf(doc, 'Abu Hafs'), 'Organization');
});

test('a capital in capitals opening a dateline before a comma is the place, not its state', () => {
  const doc = run('MUSCAT, Oman, Feb 23 - Negotiators met in the Omani capital on Sunday, and Oman said the talks would go on.');
  const oman = doc.entities.find((e) => e.name === 'Oman');
  assert.ok(oman, doc.entities.map((e) => e.name).join(', '));
  assert.ok(!oman!.aliases.some((a) => a.toLowerCase() === 'muscat'), oman!.aliases.join(', '));
  assert.equal(typeOf(doc, 'Muscat'), 'Location');
});

test('an outlet, desk or lab named by its head word is an Organization', () => {
  const doc = run('Gunmen killed four farmers near Kano, the Savanna Desk and the Kano Conflict Lab said, citing Harmattan Hebdo.');
  const all = doc.entities.map((e) => `${e.name}/${e.type}`).join(', ');
  for (const n of ['Savanna Desk', 'Kano Conflict Lab', 'Harmattan Hebdo']) assert.equal(typeOf(doc, n), 'Organization', all);
});
