import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, systemClock } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { testModel } from '../testing/model.js';
import { extract } from './extract.js';
import { furnitureBlocks, namingSegments } from './furniture.js';

const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: systemClock, logger: silentLogger };
const TEXT = [
  'Militants storm a market in the north',
  'By Selma Okonkwo and Pieter Vandermeer',
  'Gunmen from the Ansar Brotherhood attacked a market near the town of Walikale on Sunday, the army said. He was not named.',
  'Also read: Floods cut the road to Kisangani as rains intensify',
].join('\n\n');

test('the byline and related-story lines are read after their label, over the original offsets', () => {
  const doc = documentFromText(TEXT, { path: 't' });
  const lines = furnitureBlocks(doc).map((b) => doc.text.slice(b.start, b.end));
  assert.deepEqual(lines, ['Selma Okonkwo and Pieter Vandermeer', 'Floods cut the road to Kisangani as rains intensify']);
});

test('names in the furniture become entities, but feed no reference and no claim', () => {
  const doc = extract(documentFromText(TEXT, { path: 't' }), ctx);
  const names = doc.entities.map((e) => e.name);
  for (const n of ['Selma Okonkwo', 'Pieter Vandermeer', 'Kisangani']) assert.ok(names.includes(n), names.join(', '));
  assert.equal(doc.entities.find((e) => e.name === 'Selma Okonkwo')?.type, 'Person');
  for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  const authors = new Set(doc.entities.filter((e) => e.name === 'Selma Okonkwo' || e.name === 'Pieter Vandermeer').map((e) => e.id));
  // "He" in the article is nobody named: it stays unresolved rather than going to an author.
  assert.ok(!doc.mentions.some((m) => authors.has(m.entity) && m.how === 'pronoun'));
  assert.ok(!doc.claims.some((c) => authors.has(c.subject) || authors.has(c.object)));
});

test('a name in the furniture that the article uses joins the article\'s entity', () => {
  const doc = extract(documentFromText(`${TEXT}\n\nRelated: Ansar Brotherhood fighters seen near Walikale`, { path: 't' }), ctx);
  const ansar = doc.entities.filter((e) => e.name === 'Ansar Brotherhood');
  assert.equal(ansar.length, 1);
  assert.equal(doc.mentions.filter((m) => m.entity === ansar[0].id).length, 2);
  assert.equal(doc.entities.filter((e) => e.name === 'Walikale' || e.aliases.includes('Walikale')).length, 1);
});

// Credit lines, a kind of piece before its author, a line of fields, a name and a date (invented names).
const CREDITS = [
  'Floods and fighting cut the road north',
  'OPINION by Ines Varga, Tirana — 3 May 2025',
  'Field notes | Kindu | 3 May 2025 | By Paul Ekwe',
  'Lakeside Courier — 4 May 2025',
  'Gunmen from the Ansar Brotherhood attacked a market near the town of Walikale on Sunday, the army said.',
  '(Reporting by Kofi Mensah; Editing by Ruth Adler)',
].join('\n\n');

test('each part of a credit line, the author field of a line of fields and a dated name are read', () => {
  assert.deepEqual(namingSegments('(Reporting by A B; Editing by C D)').map(([a, b]) => '(Reporting by A B; Editing by C D)'.slice(a, b)), ['Reporting by A B', 'Editing by C D']);
  const doc = documentFromText(CREDITS, { path: 't' });
  const lines = furnitureBlocks(doc).map((b) => doc.text.slice(b.start, b.end));
  assert.deepEqual(lines, ['Ines Varga, Tirana — 3 May 2025', 'Paul Ekwe', 'Lakeside Courier', 'Kofi Mensah', 'Ruth Adler']);
});

test('the names of credit lines are persons and outlets; a capital after a byline\'s comma is the place', () => {
  const doc = extract(documentFromText(CREDITS, { path: 't' }), ctx);
  const typeOf = (n: string) => doc.entities.find((e) => e.name === n || e.aliases.includes(n))?.type;
  const all = doc.entities.map((e) => `${e.name}/${e.type}`).join(', ');
  for (const n of ['Ines Varga', 'Paul Ekwe', 'Kofi Mensah', 'Ruth Adler']) assert.equal(typeOf(n), 'Person', all);
  assert.equal(typeOf('Lakeside Courier'), 'Organization', all);
  assert.equal(typeOf('Tirana'), 'Location', all);
  assert.ok(!doc.claims.some((c) => doc.entities.find((e) => e.id === c.subject)?.name === 'Ruth Adler'));
});
