import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { findDates } from './values.js';

// Whether chrono-node has been loaded into this process (it is loaded with require, on first use).
const chronoLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/chrono-node/'));

// Runs first: nothing else in this file has loaded chrono-node yet.
test('without a publication date, a sentence with no digit finds no date and does not load the date parser', () => {
  assert.equal(chronoLoaded(), false, 'not loaded at import');
  for (const s of ['Vesk Front fighters attacked a base on Sunday, the army said.', 'The group split last year and regrouped this month.', 'They met the day before yesterday.', 'Earlier this year the militia took the town.']) {
    assert.deepEqual(findDates(s, 0, undefined), [], s);
  }
  assert.equal(chronoLoaded(), false, 'still not loaded');
});

test('without a publication date, only dates that state their year are kept', () => {
  const dates = findDates('The front was founded in 2015, split last year and struck on 5 March 2016 and again this month.', 0, undefined);
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['2015', '2015'], ['on 5 March 2016', '2016-03-05']]);
  assert.equal(chronoLoaded(), true);
});

test('with a publication date, relative dates resolve against it', () => {
  const published = new Date(Date.UTC(2024, 5, 20));
  const s = 'The group split last year and regrouped this month.';
  assert.deepEqual(findDates(s, 10, published).map((d) => [d.text, d.value, d.precision, d.start]), [['last year', '2023', 'year', 10 + s.indexOf('last year')], ['this month', '2024-06', 'month', 10 + s.indexOf('this month')]]);
  assert.deepEqual(findDates('They struck on Sunday.', 0, published).map((d) => d.value), ['2024-06-16']);
});
