import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, NexusDocument } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { analyze } from '../nlp/index.js';
import { testModel } from '../testing/model.js';
import { nameKey, recognize } from './stage.js';

// Texts written for these tests; the people are invented.
const kb = loadKnowledgeBase();
const run = (text: string): NexusDocument => recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), kb);

function entity(doc: NexusDocument, name: string): Entity {
  const e = doc.entities.find((x) => nameKey(x.name) === nameKey(name) || x.aliases.some((a) => nameKey(a) === nameKey(name)));
  assert.ok(e, `no entity "${name}" among: ${doc.entities.map((x) => `${x.name} [${x.aliases.join(', ')}]`).join('; ')}`);
  return e!;
}
const same = (doc: NexusDocument, a: string, b: string) => assert.equal(entity(doc, a).id, entity(doc, b).id, `${a} and ${b} are one entity`);

test('"X, known as Y", "X, alias “Y”" and "better known as" make one entity of two names', () => {
  const doc = run('Troops killed Hamza Ali Mutebi, known as Abu Yasir, near Beni. Omar Kiprotich, alias "El Tigre", was charged. Hassan Dahir, better known as Abu Zaid, fled.');
  same(doc, 'Hamza Ali Mutebi', 'Abu Yasir');
  same(doc, 'Omar Kiprotich', 'El Tigre');
  same(doc, 'Hassan Dahir', 'Abu Zaid');
  assert.notEqual(entity(doc, 'Abu Yasir').id, entity(doc, 'Abu Zaid').id);
});

test('"known as" after an apposition headed by a role names the person before the apposition', () => {
  const doc = run('Police arrested Yusuf Barre, the faction\'s deputy commander known as Abu Hafs, in Kismayo on Monday.');
  same(doc, 'Yusuf Barre', 'Abu Hafs');
});

test('"known as" after a plain noun phrase joins nothing', () => {
  const doc = run('Hassan Dahir said fighters crossed the town known as Garissa.');
  assert.notEqual(entity(doc, 'Hassan Dahir').id, entity(doc, 'Garissa').id);
});

test("a country's possessive before its body is a form of the body's name; a middle name alone is nobody", () => {
  const doc = run("Kenya's National Intelligence Service said it had questioned Hamza Ali Mutebi. Ali Hassan, a trader, was released.");
  const nis = doc.entities.find((e) => e.aliases.includes("Kenya's National Intelligence Service"));
  assert.ok(nis, doc.entities.map((x) => `${x.name} [${x.aliases.join(', ')}]`).join('; '));
  assert.equal(entity(doc, 'Kenya').type, 'StateBody');
  assert.ok(!entity(doc, 'Hamza Ali Mutebi').aliases.includes('Ali'));
});

test('a description of a state body keeps its owner or modifier in the alias it gives ("Uganda\'s military", "transitional authorities")', () => {
  const doc = run("The Uganda People's Defence Force (UPDF) deployed troops to Beni. Uganda's military said its soldiers had killed twelve fighters.");
  const updf = entity(doc, 'UPDF');
  assert.ok(updf.aliases.includes("Uganda's military"), updf.aliases.join(', '));
  const mali = run('Mali said the attack was repelled. The transitional authorities gave no figures.');
  assert.ok(entity(mali, 'Mali').aliases.includes('transitional authorities'), entity(mali, 'Mali').aliases.join(', '));
});

test("a known entity's own shorter name written inside a longer form is an alias ('Amaq' in 'Amaq news agency')", () => {
  const doc = run('The Islamic State claimed the raid through its Amaq news agency on Friday.');
  assert.ok(entity(doc, 'Amaq News Agency').aliases.includes('Amaq'), entity(doc, 'Amaq News Agency').aliases.join(', '));
});
