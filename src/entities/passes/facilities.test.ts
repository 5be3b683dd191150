import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NexusDocument } from '../../core/index.js';
import { documentFromText } from '../../ingest/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { analyze } from '../../nlp/index.js';
import { testModel } from '../../testing/model.js';
import { recognize } from '../stage.js';

// Texts written for these tests; the bases are invented.
const kb = loadKnowledgeBase();
const run = (text: string): NexusDocument => recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), kb);
const list = (doc: NexusDocument) => doc.entities.map((e) => `${e.name}/${e.type} [${e.aliases.join(', ')}]`).join('; ');

test('a facility named after a known town is a place of its own, the town keeping its other mentions', () => {
  const doc = run('Drones struck the Jalalabad airport on Monday. Residents of Jalalabad said the runway was closed.');
  const airport = doc.entities.find((e) => e.name === 'Jalalabad airport');
  assert.ok(airport, list(doc));
  assert.equal(airport!.type, 'Location');
  assert.ok(!airport!.aliases.includes('Jalalabad'), list(doc));
  assert.ok(doc.entities.some((e) => e.name === 'Jalalabad' && e.id !== airport!.id), list(doc));
});

test("an unknown name before a facility noun is the facility's short name", () => {
  const doc = run('Jets took off from the Zarqali air base at dawn. Zarqali has hosted foreign troops since 2015.');
  const base = doc.entities.find((e) => e.name === 'Zarqali air base');
  assert.ok(base, list(doc));
  assert.ok(base!.aliases.includes('Zarqali'), list(doc));
  assert.equal(doc.entities.filter((e) => e.name === 'Zarqali' || e.aliases.includes('Zarqali')).length, 1, list(doc));
});

test("an actor's camp and some town's prison are no named facilities", () => {
  const doc = run('Gunmen attacked the Frontier Guard Police camp near Quetta. The suspect escaped from a Kandahar prison last year.');
  assert.ok(!doc.entities.some((e) => /camp$/.test(e.name)), list(doc));
  assert.ok(!doc.entities.some((e) => /prison$/.test(e.name)), list(doc));
});
