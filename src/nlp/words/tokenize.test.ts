import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenizeWords } from './tokenize.js';

const split = (text: string) => tokenizeWords(text, { start: 0, end: text.length });
const forms = (text: string) => split(text).map((w) => w.form);

test('every word span slices back to its form, also inside a larger text', () => {
  const text = 'Intro.\n“Kabul’s rulers don’t control al-Shabaab,” Gen. Musa told AFP on 12/05/2024 (see https://example.org/a?b=1). Outro';
  const start = text.indexOf('“'), end = text.indexOf(' Outro');
  const words = tokenizeWords(text, { start, end });
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.form);
  assert.equal(words[0].start, start);
  assert.equal(words.at(-1)!.end, end);
});

test('clitics and possessives split as the treebank does', () => {
  assert.deepEqual(forms("Pakistan's army didn't say they'd won't"), ['Pakistan', "'s", 'army', 'did', "n't", 'say', 'they', "'d", 'wo', "n't"]);
  assert.deepEqual(forms('Kabul’s envoy'), ['Kabul', '’s', 'envoy']);
  assert.deepEqual(forms("the militants' camps"), ['the', 'militants', "'", 'camps']);
  assert.deepEqual(forms('We cannot wait'), ['We', 'can', 'not', 'wait']);
});

test('hyphenated compounds split unless the first part is a prefix', () => {
  assert.deepEqual(forms('al-Qaeda-linked anti-government fighters'), ['al', '-', 'Qaeda', '-', 'linked', 'anti-government', 'fighters']);
  assert.deepEqual(forms('a pro-Russian, post-war e-mail'), ['a', 'pro-Russian', ',', 'post-war', 'e-mail']);
  assert.deepEqual(forms('Pakistan-backed'), ['Pakistan', '-', 'backed']);
});

test('abbreviations, initials, numbers and web addresses stay whole; other punctuation splits', () => {
  assert.deepEqual(forms('Lt. Col. J. Smith of the U.S. Army'), ['Lt.', 'Col.', 'J.', 'Smith', 'of', 'the', 'U.S.', 'Army']);
  assert.deepEqual(forms('1,494 people, $2.5 million (50%) on 10:30'), ['1,494', 'people', ',', '$', '2.5', 'million', '(', '50', '%', ')', 'on', '10:30']);
  assert.deepEqual(forms('see www.example.org/report.pdf, or mail press@example.org.'), ['see', 'www.example.org/report.pdf', ',', 'or', 'mail', 'press@example.org', '.']);
  assert.deepEqual(forms('Wait... what?!'), ['Wait', '...', 'what', '?!']);
  assert.deepEqual(forms('He left.'), ['He', 'left', '.']);
});

test('Hay’at and Kata’ib keep their inner apostrophes', () => {
  assert.deepEqual(forms('Hay’at Tahrir al-Sham and Kata’ib Hezbollah'), ['Hay’at', 'Tahrir', 'al', '-', 'Sham', 'and', 'Kata’ib', 'Hezbollah']);
});
