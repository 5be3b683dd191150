import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testModel } from '../testing/model.js';
import { wordAtom } from './parser/atoms.js';

test('the parser takes its word atoms from the tagger: they are the ones it would hash itself', () => {
  const model = testModel();
  // Known and unknown words, capitals, digits, a first word that is a common word.
  const words = ['Militants', 'from', 'the', 'Xqzorbian', 'Front', 'attacked', '14', 'ISKP', 'posts', 'in', 'Kidal', "'s", 'north', '.'];
  model.tagger.tag(words);
  words.forEach((w, i) => assert.equal(model.tagger.wordAtom(i), wordAtom(w, model.vocab), w));
});
