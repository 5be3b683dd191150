import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NexusDocument } from '../../core/index.js';
import { recognizeText as run } from '../../testing/entities.js';

// Texts written for these tests; the groups and bodies are real, the people invented.

/** The entity name of the mention over the first whole word `text` at or after `from`, or null. */
function referent(doc: NexusDocument, text: string, from = 0): string | null {
  const at = new RegExp(`\\b${text}\\b`, 'g');
  at.lastIndex = from;
  const hit = at.exec(doc.text);
  assert.ok(hit, `no "${text}"`);
  const m = doc.mentions.find((x) => x.start <= hit.index && x.end >= hit.index + text.length);
  return (m && doc.entities.find((e) => e.id === m.entity)?.name) ?? null;
}

test('"they" after a speaker written in the singular is someone else: the body says "it"', () => {
  const doc = run('Al-Shabaab attacked an African Union base in Baidoa, and the mission said they had been repelled.');
  assert.equal(referent(doc, 'they'), 'al-Shabaab');
});

test('a speech verb in the quotation\'s own sentence frames it: an unnamed speaker leaves "us" unresolved', () => {
  const text = '“We will continue our operations,” said Abu Hamza, a spokesman for the Ansar Brotherhood.\n\n“They attacked us at dawn,” said a police officer in Beni.';
  const doc = run(text);
  assert.equal(referent(doc, 'our'), 'Ansar Brotherhood');
  assert.equal(referent(doc, 'us', text.indexOf('attacked')), null);
});

test('a description in apposition to a name is that name', () => {
  const doc = run('The Global Coalition to Defeat ISIS will end its mission next year. The Counter Terrorism Service, the elite force that retook Mosul, raided a cave near Kirkuk.');
  assert.equal(referent(doc, 'the elite force'), 'Counter Terrorism Service');
});

test('a head noun that the name of an actor holds finds it however far back, singular or plural', () => {
  const filler = Array.from({ length: 9 }, (_, i) => `Islamic State fighters attacked village number ${i + 2} near Kirkuk.`).join(' ');
  const doc = run(`The Global Coalition to Defeat ISIS met in Rome. ${filler} Officials said the coalition had carried out 40 strikes.`);
  assert.equal(referent(doc, 'the coalition'), 'Global Coalition to Defeat ISIS');
  const pmf = run('Islamic State fighters killed five men near Tarmiyah. Falih al-Fayyadh, the Popular Mobilization Forces chairman, rejected claims that the force had failed.');
  assert.equal(referent(pmf, 'the force'), 'Popular Mobilization Forces');
});

test('"several of them", "among them": the set just named, not an organisation', () => {
  const doc = run('Kenyan police arrested 14 suspected members of al-Shabaab in Mombasa, several of them foreign nationals. Among them was a cleric.');
  assert.equal(referent(doc, 'them'), null);
  assert.equal(referent(doc, 'them', doc.text.indexOf('Among')), null);
});
