import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { crc32, gzipSync } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { buildDense, DenseWeights } from '../perceptron/dense.js';
import { splitDense, splitSparse } from '../perceptron/hot.js';
import { seeded } from '../perceptron/random.js';
import { buildWeights, type Weights } from '../perceptron/weights.js';
import { modelDifference } from './compare.js';
import { readModel, writeModel, type ModelFile } from './file.js';
import { DEFAULT_MODEL, loadModel } from './load.js';

/** A small model of random weights: sparse and dense tables, each with a hot part. */
function randomModel(keys: number): ModelFile {
  const random = seeded(7);
  const int = () => (Math.floor(random() * 2 ** 32) | 0) || 1;
  // Keys whose hash ends in sixteen 1 bits: their home is the table's last
  // slot, so all but one of them wrap to its front.
  const last = () => { const h = (int() << 16) | 0xffff; return (h ^ (h >>> 16)) | 0; };
  const int2 = (_: unknown, i: number) => (i % 97 === 96 ? last() : int());
  const sparseKeys = Array.from({ length: keys }, int2);
  const counts = sparseKeys.map((_, i) => i % 5);
  const cls: number[] = [], val: number[] = [];
  counts.forEach((c) => { for (let j = 0; j < c; j++) { cls.push(j * 3); val.push(random() - 0.5); } });
  const denseKeys = Array.from({ length: keys * 2 }, int2);
  const rows = denseKeys.flatMap(() => [random() - 0.5, 0, random() * 3, -random()]);
  const lookups = (ks: number[]) => new Map(ks.slice(0, 40).map((k, i) => [k, 100 - i]));
  return {
    header: { tags: ['NOUN NN'], labels: ['root'], dict: [], lemmas: [], vocab: ['a'], licence: 'CC BY-SA 4.0' },
    tables: {
      arcs: splitSparse(buildWeights(20, sparseKeys, counts, cls, val), lookups(sparseKeys), 40),
      moves: splitDense(buildDense(4, denseKeys, rows), lookups(denseKeys), 40),
    },
  };
}

function invalid(fn: () => unknown, pattern: RegExp, file: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof NexusError, `a NexusError, not ${String(e)}`);
    assert.equal(e.name, 'ModelInvalid');
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    assert.match(e.message, pattern);
    return true;
  });
}

test('a model file reads back with the same weights for every key, hot or not', () => {
  const model = randomModel(3000);
  const bytes = writeModel(model);
  assert.equal(bytes.toString('latin1', 0, 4), 'NXM2');
  const back = readModel(bytes, 'random.nxm');
  assert.equal(modelDifference(model, back), undefined);
  assert.equal(back.header.licence, 'CC BY-SA 4.0');
  // The comparison itself notices a changed weight.
  const other = randomModel(3000);
  other.tables.moves.table[other.tables.moves.table.findIndex((k) => k !== 0) + 1] ^= 1;
  assert.match(modelDifference(model, other) ?? '', /^moves: key -?\d+ scores class/);
});

test('keys whose home slot is near the end of the table wrap to its front and are still found', () => {
  let wrapped = 0;
  for (const n of [11, 700, 5000]) {
    const model = randomModel(n);
    const back = readModel(writeModel(model), 'x');
    assert.equal(modelDifference(model, back), undefined, `${n} keys`);
    const { table, mask } = back.tables.moves;
    for (let s = 0; s < table.length; s += 3) if (table[s] !== 0 && s / 3 < ((table[s] ^ (table[s] >>> 16)) & mask)) wrapped++;
  }
  assert.ok(wrapped > 0, 'some key wrapped');
});

test('a file in the first (gzip) format still loads, with the same weights as its conversion', () => {
  const model = randomModel(500);
  const v1 = writeV1(model);
  const old = readModel(v1, 'old.nxm');
  assert.equal(modelDifference(model, old), undefined);
  assert.equal(modelDifference(old, readModel(writeModel(old), 'new.nxm')), undefined);
});

test('a truncated, corrupt or foreign file is a ModelInvalid error naming the file', () => {
  const bytes = writeModel(randomModel(2000));
  const dir = mkdtempSync(join(tmpdir(), 'nexus-model-'));
  const cut = join(dir, 'cut.nxm');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  invalid(() => loadModel(cut), /corrupt or truncated/, cut);
  invalid(() => readModel(bytes.subarray(0, 20), 'short.nxm'), /truncated/, 'short.nxm');
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 100] ^= 0x40;
  invalid(() => readModel(flipped, 'flipped.nxm'), /checksum/, 'flipped.nxm');
  // A header that does not match its tables (the checksum made right): the table named.
  const len = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + len)) as { tables: { keys: number }[] };
  header.tables[0].keys -= 1;
  const h = Buffer.from(JSON.stringify(header));
  const body = bytes.subarray(12 + len);
  const head = Buffer.alloc(12);
  head.write('NXM2', 0, 'latin1');
  head.writeUInt32LE(h.length, 4);
  head.writeUInt32LE(crc32(body, crc32(h)), 8);
  invalid(() => readModel(Buffer.concat([head, h, body]), 'mismatch.nxm'), /corrupt table arcs/, 'mismatch.nxm');
  invalid(() => readModel(Buffer.from('{"tags": []}\n'), 'model.json'), /not a nexus model/, 'model.json');
  invalid(() => readModel(gzipSync(Buffer.from('hello')), 'other.gz'), /not a nexus model/, 'other.gz');
  invalid(() => loadModel(join(dir, 'missing.nxm')), /cannot read the parser model \(ENOENT\)/, join(dir, 'missing.nxm'));
});

test('the shipped model is in the current format', () => {
  const model = loadModel(DEFAULT_MODEL);
  assert.ok(model.labels.includes('nsubj:pass'));
  assert.equal(model.about.licence, 'CC BY-SA 4.0');
  assert.equal(model.about.format, 2);
});

/** The first format, written as it was (gzip of NXM1, header, int32 keys, counts, pairs / int16 rows; hot parts as "#hot" tables). */
function writeV1(model: ModelFile): Buffer {
  const parts: Buffer[] = [];
  const tables: object[] = [];
  const add = (name: string, w: Weights | DenseWeights) => {
    if (w instanceof DenseWeights) {
      const { keys, weights } = w.rows();
      parts.push(Buffer.from(keys.buffer), pad(Buffer.from(weights.buffer)));
      tables.push({ name, kind: 'dense', classes: w.classes, scale: w.scale, features: keys.length, pairs: 0 });
      return;
    }
    const keys: number[] = [], counts: number[] = [], pairs: number[] = [];
    w.forEachKey((key, start, count) => {
      keys.push(key);
      counts.push(count);
      pairs.push(...w.pairs.subarray(start, start + count));
    });
    parts.push(Buffer.from(Int32Array.from(keys).buffer), pad(Buffer.from(counts)), Buffer.from(Int32Array.from(pairs).buffer));
    tables.push({ name, kind: 'sparse', classes: w.classes, scale: w.scale, features: keys.length, pairs: pairs.length });
  };
  for (const [name, w] of Object.entries(model.tables)) {
    add(name, w);
    add(`${name}#hot`, w.hot);
  }
  const header = Buffer.from(JSON.stringify({ ...model.header, tables }));
  const head = Buffer.alloc(8);
  head.write('NXM1', 0, 'ascii');
  head.writeUInt32LE(header.length, 4);
  return gzipSync(Buffer.concat([head, pad(header), ...parts]));
}

function pad(b: Buffer): Buffer {
  return b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]);
}

test('a file in the first (gzip) format with a bad header is a ModelInvalid error naming the file', () => {
  const v1 = (header: string, body = Buffer.alloc(0)) => {
    const h = Buffer.from(header);
    const head = Buffer.alloc(8);
    head.write('NXM1', 0, 'ascii');
    head.writeUInt32LE(h.length, 4);
    return gzipSync(Buffer.concat([head, pad(h), body]));
  };
  invalid(() => readModel(v1('{"tags": ["NOUN NN"], "tables": [{"name"'), 'cut-header.nxm'), /corrupt header \(not JSON\)/, 'cut-header.nxm');
  invalid(() => readModel(v1('not json at all'), 'text.nxm'), /corrupt header \(not JSON\)/, 'text.nxm');
  invalid(() => readModel(v1('{"tags": []}'), 'no-tables.nxm'), /corrupt header \(no tables\)/, 'no-tables.nxm');
  invalid(() => readModel(v1('null'), 'null.nxm'), /corrupt header \(no tables\)/, 'null.nxm');
  invalid(() => readModel(v1('{"tables": [{"name": "arcs", "kind": "sparse", "classes": 2, "scale": 1, "features": -4, "pairs": 0}]}'), 'negative.nxm'), /corrupt header \(table "arcs"\)/, 'negative.nxm');
  invalid(() => readModel(v1('{"tables": [{"name": "arcs", "kind": "sparse", "classes": 2, "scale": 1, "features": 1000, "pairs": 0}]}'), 'short-body.nxm'), /truncated/, 'short-body.nxm');
  // A length field that runs past the end of the unpacked data.
  const long = Buffer.alloc(8);
  long.write('NXM1', 0, 'ascii');
  long.writeUInt32LE(1_000_000, 4);
  invalid(() => readModel(gzipSync(Buffer.concat([long, Buffer.from('{"tables": []}')])), 'long.nxm'), /truncated/, 'long.nxm');
  invalid(() => readModel(gzipSync(Buffer.from('NXM1')), 'stub.nxm'), /not a nexus model/, 'stub.nxm');
  // The same file whole still reads (the checks above reject only what is broken).
  assert.deepEqual(Object.keys(readModel(v1('{"tables": []}'), 'empty.nxm').tables), []);
});
