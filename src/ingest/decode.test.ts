import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from './decode.js';

const text = 'Le Front de libération a revendiqué l’attaque près de Ménaka.';

test('UTF-8 with and without a BOM decodes to the same text', () => {
  const plain = new TextEncoder().encode(text);
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
  assert.equal(decode(plain, 'a.txt').text, text);
  assert.equal(decode(bom, 'b.txt').text, text);
  assert.equal(decode(bom, 'b.txt').encoding, 'utf-8');
});

test('UTF-16 with a BOM, little and big endian', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe; be[1] = 0xff;
  assert.equal(decode(new Uint8Array(le), 'le.txt').text, text);
  assert.equal(decode(new Uint8Array(le), 'le.txt').encoding, 'utf-16le');
  assert.equal(decode(new Uint8Array(be), 'be.txt').text, text);
  assert.equal(decode(new Uint8Array(be), 'be.txt').encoding, 'utf-16be');
});

test('bytes that are not UTF-8 are read as Windows-1252', () => {
  // "Ménaka" and curly quotes as an old news site would store them.
  const bytes = new Uint8Array([0x4d, 0xe9, 0x6e, 0x61, 0x6b, 0x61, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94]);
  const d = decode(bytes, 'old.txt');
  assert.equal(d.text, 'Ménaka “quote”');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.fallback, true);
});

test('empty, blank and binary inputs are refused with a named error', () => {
  assert.throws(() => decode(new Uint8Array(), 'e.txt'), { name: 'InputEmpty', message: 'is empty' });
  assert.throws(() => decode(new TextEncoder().encode(' \n\t \n'), 'w.txt'), { name: 'InputEmpty', message: /white space/ });
  assert.throws(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'i.png'), { name: 'InputBinary', message: /PNG image/ });
  assert.throws(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.zip'), { name: 'InputBinary', message: /ZIP archive/ });
  assert.throws(() => decode(new Uint8Array([0x41, 0x42, 0, 0x43]), 'x.bin'), { name: 'InputBinary', message: /NUL bytes/ });
  assert.throws(() => decode(new TextEncoder().encode('%PDF-1.7\n%...'), 'r.pdf'), { name: 'InputBinary', message: 'is a binary file (a PDF file), not text: convert it to text first, e.g. with pdftotext' });
});
