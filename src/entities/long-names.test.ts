import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, NexusDocument } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';
import { testModel } from '../testing/model.js';
import { nameKey, recognize } from './stage.js';

// Texts written for these tests; the bodies are invented.
const kb = loadKnowledgeBase();
const run = (text: string): NexusDocument => recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), kb);
const find = (doc: NexusDocument, name: string): Entity | undefined =>
  doc.entities.find((x) => nameKey(x.name) === nameKey(name) || x.aliases.some((a) => nameKey(a) === nameKey(name)));
const list = (doc: NexusDocument) => doc.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join('; ');

test('a long name its acronym follows in brackets runs over "for", "and" and "without" to the bracket', () => {
  const doc = run('Officials of the National Office for Rural Roads and Water without Borders (Norwab) met the army in Kano on Monday. '
    + 'The Regional Council for Care of Persons Displaced by War (RCCP) said it had received 300 families.');
  const a = find(doc, 'National Office for Rural Roads and Water without Borders');
  assert.ok(a, list(doc));
  assert.ok(a!.aliases.includes('Norwab'), list(doc));
  assert.ok(find(doc, 'Regional Council for Care of Persons Displaced by War'), list(doc));
});

test('an acronym spelling the whole run keeps a known place inside the name', () => {
  const doc = run('The Joint Council of West and Central Somalia (JCWCS) rejected the plan, and Somalia said talks would go on.');
  const e = find(doc, 'Joint Council of West and Central Somalia');
  assert.ok(e, list(doc));
  assert.ok(e!.aliases.includes('JCWCS'), list(doc));
  assert.notEqual(find(doc, 'Somalia')?.id, e!.id);
});

test('without the bracket the run stops, and two bodies joined by "and" stay two', () => {
  const doc = run('The Pakistan Army and Frontier Corps (FC) cleared the area. The National Office for Rural Roads and the police met on Monday.');
  assert.ok(find(doc, 'Frontier Corps'), list(doc));
  assert.ok(!find(doc, 'Pakistan Army and Frontier Corps'), list(doc));
  assert.ok(!doc.entities.some((e) => /Roads and the police/i.test(e.name)), list(doc));
});

test("a regional government named by its own name is not its country", () => {
  const doc = run('The Kurdistan Regional Government said on Monday that Iraq had not paid salaries.');
  const krg = find(doc, 'Kurdistan Regional Government');
  assert.ok(krg, list(doc));
  assert.notEqual(krg!.id, find(doc, 'Iraq')?.id);
});

test('a surname after the full name keeps its glued article: "al-Hilu" is a form of "Abdelaziz al-Hilu"', () => {
  const doc = run('The movement is led by Khalid Yusuf al-Harbi, a former officer. The army accused al-Harbi of smuggling arms.');
  const e = find(doc, 'Khalid Yusuf al-Harbi');
  assert.ok(e, list(doc));
  assert.ok(e!.aliases.includes('al-Harbi'), list(doc));
});

test('"President-elect" and "-designate" are titles: the titled form is an alias of the person', () => {
  const doc = run('President-elect Jonas Mbeki said the talks must resume. Prime Minister-designate Amira Dahan formed a cabinet.');
  assert.ok(find(doc, 'Jonas Mbeki')?.aliases.includes('President-elect Jonas Mbeki'), list(doc));
  assert.ok(find(doc, 'Amira Dahan')?.aliases.includes('Prime Minister-designate Amira Dahan'), list(doc));
});

test('a numbered unit by number and head joins the one longer unit with both; two candidates leave it alone', () => {
  const doc = run('The 512th Infantry Brigade said it cleared the hills. A spokesman for the 512th Brigade said four fighters surrendered.');
  const e = find(doc, '512th Infantry Brigade');
  assert.ok(e && e.aliases.includes('512th Brigade'), list(doc));
  const two = run('The 512th Infantry Brigade and the 512th Mechanised Brigade moved north. The 512th Brigade stayed.');
  assert.notEqual(find(two, '512th Brigade')?.id, find(two, '512th Infantry Brigade')?.id, list(two));
});

test("a region's government and administration are one body", () => {
  const doc = run('The Puntland government said its forces had retaken the town. The Puntland administration later denied the report.');
  const gov = find(doc, 'Puntland government');
  assert.ok(gov, list(doc));
  assert.equal(gov!.id, find(doc, 'Puntland administration')?.id, list(doc));
});

test('hyphenated capitalised words are a place name, not an acronym defined by another mention of them', () => {
  const doc = run('Rebels stormed a checkpoint on Monday. Police searched houses in Urus-Martan on Monday and raided the town of Urus-Martan again on Friday.');
  const place = doc.entities.find((e) => e.name === 'Urus-Martan');
  assert.equal(place?.type, 'Location', JSON.stringify(place));
  assert.ok(!doc.mentions.some((m) => m.how === 'acronym'), 'no mention of it is an acronym');
});
