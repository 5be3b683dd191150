import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildDense } from '../perceptron/dense.js';
import { splitDense, splitSparse } from '../perceptron/hot.js';
import { seeded } from '../perceptron/random.js';
import { buildWeights } from '../perceptron/weights.js';
import { modelDifference } from './compare.js';
import { decodedPath, modelKey, modelKeyOf, readDecoded, writeDecoded } from './decoded.js';
import { readModel, writeModel, type ModelFile } from './file.js';
import { DEFAULT_MODEL, loadModel } from './load.js';

function randomModel(keys: number, seed = 3): ModelFile {
  const random = seeded(seed);
  const int = () => (Math.floor(random() * 2 ** 32) | 0) || 1;
  const sparseKeys = Array.from({ length: keys }, int);
  const counts = sparseKeys.map((_, i) => i % 4);
  const cls: number[] = [], val: number[] = [];
  counts.forEach((c) => { for (let j = 0; j < c; j++) { cls.push(j * 5); val.push(random() - 0.5); } });
  const denseKeys = Array.from({ length: keys }, int);
  const rows = denseKeys.flatMap(() => [random() - 0.5, 0, random(), -random()]);
  const lookups = (ks: number[]) => new Map(ks.slice(0, 30).map((k, i) => [k, 50 - i]));
  const sparse = (k: number[]) => splitSparse(buildWeights(20, k, counts, cls, val), lookups(k), 30);
  return {
    header: { tags: ['NOUN NN', 'VERB VBD'], labels: ['root', 'nsubj'], dict: [], lemmas: [], vocab: ['a'], licence: 'test' },
    tables: { tagFirst: sparse(sparseKeys), tagSecond: sparse(sparseKeys), tagXpos: sparse(sparseKeys), arcs: sparse(sparseKeys), moves: splitDense(buildDense(4, denseKeys, rows), lookups(denseKeys), 30) },
  };
}

function modelDir(): { dir: string; file: string; bytes: Buffer; model: ModelFile } {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-decoded-'));
  const file = join(dir, 'm.nxm');
  const model = randomModel(2000);
  const bytes = writeModel(model);
  writeFileSync(file, bytes);
  return { dir, file, bytes, model: readModel(bytes, file) };
}

test('decoded tables read back with the same weights as the model file they were made from', () => {
  const { dir, file, bytes, model } = modelDir();
  const key = modelKeyOf(file);
  assert.equal(key, modelKey(bytes, bytes.length));
  writeDecoded(model, key!, decodedPath(file));
  const back = readDecoded(decodedPath(file), key);
  assert.ok(back, 'the decoded file is used');
  assert.equal(modelDifference(model, back), undefined);
  assert.deepEqual(back.header.tags, model.header.tags);
  rmSync(dir, { recursive: true });
});

test('loadModel takes the decoded tables only when they come from the model file beside them', () => {
  const { dir, file, model } = modelDir();
  // Decoded tables of other weights under this file's key: loadModel must take them (so it reads the decoded file).
  const other = randomModel(2000, 9);
  writeDecoded(other, modelKeyOf(file)!, decodedPath(file));
  // The parser's move weights as the loaded model scores them, for the keys of all three models.
  const retrained = randomModel(2000, 5);
  const keys = Int32Array.from([model, other, retrained].flatMap((m) => [...m.tables.moves.table].filter((k, i) => i % 3 === 0 && k !== 0).slice(0, 200)));
  const score = (m: ReturnType<typeof loadModel>) => { const out = new Int32Array(4); const all: number[] = []; for (const k of keys) { out.fill(0); m.parser.model.moves.score(Int32Array.of(k), 1, out); all.push(...out); } return all; };
  const direct = (f: ModelFile) => score({ parser: { model: { moves: f.tables.moves } } } as unknown as ReturnType<typeof loadModel>);
  assert.notDeepEqual(direct(other), direct(model), 'the two models differ');
  assert.deepEqual(score(loadModel(file)), direct(other));
  // The model file changes (retrained): the stale decoded file is ignored, the new weights load.
  writeFileSync(file, writeModel(retrained));
  assert.deepEqual(score(loadModel(file)), direct(retrained));
  rmSync(decodedPath(file));
  assert.deepEqual(score(loadModel(file)), direct(retrained));
  rmSync(dir, { recursive: true });
});

test('a truncated, foreign, stale or missing decoded file, or one with a damaged header, is not used', () => {
  const { dir, file, model } = modelDir();
  const key = modelKeyOf(file)!;
  const path = decodedPath(file);
  writeDecoded(model, key, path);
  const good = readFileSync(path);
  const damaged = (at: number) => { const b = Buffer.from(good); b[at] ^= 1; return b; };
  writeFileSync(path, damaged(20));
  assert.equal(readDecoded(path, key), undefined, 'a bit of the header flipped');
  // The page checksums sit between the header and the tables: 8-aligned after the header.
  writeFileSync(path, damaged(((12 + good.readUInt32LE(4) + 7) & ~7) + 2));
  assert.equal(readDecoded(path, key), undefined, 'a bit of the page checksums flipped');
  writeFileSync(path, good);
  truncateSync(path, good.length - 8);
  assert.equal(readDecoded(path, key), undefined, 'truncated');
  writeFileSync(path, Buffer.concat([good, Buffer.alloc(8)]));
  assert.equal(readDecoded(path, key), undefined, 'longer than written');
  writeFileSync(path, 'NXD2 but nothing else');
  assert.equal(readDecoded(path, key), undefined, 'foreign');
  writeFileSync(path, good);
  assert.equal(readDecoded(path, `${key}0`), undefined, 'another key');
  assert.equal(readDecoded(path, undefined), undefined, 'no key');
  rmSync(path);
  assert.equal(readDecoded(path, key), undefined, 'missing');
  assert.ok(loadModel(file), 'the model file still loads');
  rmSync(dir, { recursive: true });
});

/** Every table's scores for every key of `model`, one key at a time. */
function allScores(tables: ModelFile['tables'], keysFrom: ModelFile): number[] {
  const out: number[] = [];
  const scores = new Int32Array(256);
  for (const [name, w] of Object.entries(keysFrom.tables)) {
    const step = name === 'moves' ? 3 : 2;
    const keys = [...w.table].filter((k, i) => i % step === 0 && k !== 0);
    for (const k of keys) {
      scores.fill(0);
      tables[name].score(Int32Array.of(k), 1, scores);
      out.push(...scores.subarray(0, w.classes));
    }
  }
  return out;
}

test('a damaged page of the tables is found when a lookup first reads it, and the tables decoded again from the model file', () => {
  const { dir, file, model } = modelDir();
  const key = modelKeyOf(file)!;
  const path = decodedPath(file);
  writeDecoded(model, key, path);
  const good = readFileSync(path);
  const right = allScores(model.tables, model);
  // Damage the last weights of the tables: every key read again, so the lookups reach them.
  const bad = Buffer.from(good);
  for (let i = bad.length - 64; i < bad.length; i += 4) bad[i] ^= 0x5a;
  writeFileSync(path, bad);
  let decoded = 0;
  const back = readDecoded(path, key, () => { decoded++; return readModel(readFileSync(file), file); });
  assert.ok(back, 'read: the tables are checked as they are used');
  assert.equal(decoded, 0, 'not decoded before a lookup reads the damage');
  assert.deepEqual(allScores(back.tables, model), right, 'never scored with the damaged values');
  assert.equal(decoded, 1, 'the model file decoded once');
  // Without a model file to decode, a damaged page stops the run rather than score wrongly.
  const stuck = readDecoded(path, key)!;
  assert.throws(() => allScores(stuck.tables, model), /decoded tables are damaged/);
  // Through loadModel, as a run reads the shipped model.
  writeFileSync(path, bad);
  const { moves } = loadModel(file).parser.model;
  assert.deepEqual(allScores({ moves }, { header: model.header, tables: { moves: model.tables.moves } }), allScores(model.tables, { header: model.header, tables: { moves: model.tables.moves } }));
  rmSync(dir, { recursive: true });
});

test('a damaged page no lookup reads does no harm, and pages are checked once', () => {
  const { dir, file, model } = modelDir();
  const key = modelKeyOf(file)!;
  const path = decodedPath(file);
  writeDecoded(model, key, path);
  const bad = readFileSync(path);
  bad[bad.length - 1] ^= 0xff;
  writeFileSync(path, bad);
  let decoded = 0;
  const back = readDecoded(path, key, () => { decoded++; return readModel(readFileSync(file), file); })!;
  const one = new Int32Array(256);
  // The first key of the hot table of the tagger: its lookup never reaches the end of the file.
  const hotKey = [...model.tables.tagFirst.hotTable].find((k, i) => i % 2 === 0 && k !== 0)!;
  for (let i = 0; i < 100; i++) back.tables.tagFirst.score(Int32Array.of(hotKey), 1, one);
  assert.equal(decoded, 0);
  // Whatever reads the arrays whole (writing the model out) checks every page first.
  back.tables.arcs.whole();
  assert.equal(decoded, 1);
  rmSync(dir, { recursive: true });
});

test('the shipped model decodes and reads back whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-decoded-'));
  const data = readFileSync(DEFAULT_MODEL);
  const key = modelKey(data, data.length);
  assert.ok(key, 'the shipped model carries a key');
  const model = readModel(data, DEFAULT_MODEL);
  const path = join(dir, 'en-ewt.nxm.decoded');
  writeDecoded(model, key, path);
  const back = readDecoded(path, key);
  assert.ok(back);
  assert.equal(modelDifference(model, back), undefined);
  rmSync(dir, { recursive: true });
});
