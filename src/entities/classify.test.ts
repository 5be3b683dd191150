import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeText as run } from '../testing/entities.js';

// Texts written for these tests; the groups and people are invented.

const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;

test('a name in apposition after "its media wing", "the armed wing" takes the type of that noun phrase', () => {
  assert.equal(typeOf('The Ansar Brotherhood claimed the raid. The group\'s media wing, Sada Jabal, published a video of it.', 'Sada Jabal'), 'Organization');
  assert.equal(typeOf('The Liberty Party denied the charge, but its armed wing, Saif Noor, claimed the bombing.', 'Saif Noor'), 'ArmedGroup');
  // Without such a noun before it, two capitalised words in apposition stay a person.
  assert.equal(typeOf('The commander, Saif Noor, claimed the bombing.', 'Saif Noor'), 'Person');
});

test('an Arabic personal name with lower-case particles inside is a person\'s', () => {
  assert.equal(typeOf('Abu Hafs al-Tamimi was killed in a drone strike in 2019.', 'Abu Hafs al-Tamimi'), 'Person');
});
