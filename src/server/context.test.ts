import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteInContext } from './context.js';

function around(text: string, quote: string) {
  const start = text.indexOf(quote);
  return quoteInContext(text, start, start + quote.length);
}

test('a quote is shown inside its own sentence, not its neighbours', () => {
  const text = 'The army said so. Officials said the ELN released four hostages in Arauca on Sunday. Talks resume in May.';
  assert.deepEqual(around(text, 'the ELN released four hostages'), { before: 'Officials said ', quote: 'the ELN released four hostages', after: ' in Arauca on Sunday.' });
});

test('a paragraph break ends the sentence, and a closing quotation mark stays with it', () => {
  const text = 'Headline without a stop\n\nHe said: "The group funds them." Then he left.';
  assert.deepEqual(around(text, 'The group funds them'), { before: 'He said: "', quote: 'The group funds them', after: '."' });
  assert.deepEqual(around(text, 'Headline'), { before: '', quote: 'Headline', after: ' without a stop' });
});
