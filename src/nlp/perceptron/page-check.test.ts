import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_PAGE, PageCheck, pageChecksums } from './page-check.js';

// Three and a half pages of weights, as views into one buffer like the decoded tables.
function pages(): { bytes: Uint8Array; a: Int32Array; b: Int32Array } {
  const bytes = new Uint8Array(CHECK_PAGE * 3.5);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
  return { bytes, a: new Int32Array(bytes.buffer, 0, CHECK_PAGE / 4), b: new Int32Array(bytes.buffer, CHECK_PAGE, (CHECK_PAGE * 2.5) / 4) };
}

test('pages are checked as they are touched, and once all are, no more', () => {
  const { bytes, a, b } = pages();
  let repaired = 0;
  const check = new PageCheck(bytes, pageChecksums(bytes), () => { repaired++; });
  check.touch(a, 5);
  check.touchRange(b, CHECK_PAGE / 4 - 1, CHECK_PAGE / 4 + 1); // the end of b's first page and the start of its second
  assert.equal(check.done, false);
  check.touch(b, b.length - 1); // the last, short page
  assert.equal(check.done, true);
  assert.equal(repaired, 0);
});

test('a damaged page touched calls repair once, and every page then counts as checked', () => {
  const { bytes, a, b } = pages();
  const crcs = pageChecksums(bytes);
  bytes[CHECK_PAGE * 2 + 9] ^= 1;
  let repaired = 0;
  const check = new PageCheck(bytes, crcs, () => { repaired++; });
  check.touch(a, 0);
  check.touchRange(b, 0, 10);
  assert.equal(repaired, 0, 'the damaged page not yet read');
  check.touch(b, CHECK_PAGE / 4 + 2);
  assert.equal(repaired, 1);
  assert.equal(check.done, true);
  check.all();
  assert.equal(repaired, 1);
});

test('after enough lookups every page is checked at once', () => {
  const { bytes } = pages();
  bytes[bytes.length - 1] ^= 1;
  let repaired = 0;
  const check = new PageCheck(bytes, pageChecksums(new Uint8Array(bytes.length)), () => { repaired++; });
  for (let i = 0; i < 29999; i++) check.lookup();
  assert.equal(repaired, 0);
  check.lookup();
  assert.equal(repaired, 1, 'all pages checked: a damaged one found');
  assert.throws(() => new PageCheck(bytes, new Uint32Array(2), () => {}), /one checksum per page/);
});
