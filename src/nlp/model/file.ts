import { gunzipSync, gzipSync } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DenseWeights, packDense } from '../perceptron/dense.js';
import { packWeights, Weights } from '../perceptron/weights.js';

/**
 * The model file: gzip of "NXM1", a JSON header (names, dictionaries, table
 * sizes), then each weight table, little-endian: a sparse table as keys
 * (uint32), pair counts (uint8) and pairs (int32); a dense one as keys and
 * rows of four int16 weights. One file holds the tagger, the parser and the
 * lemma exceptions, so the model loads with one read.
 */
export interface ModelFile {
  header: Record<string, unknown>;
  tables: Record<string, Weights | DenseWeights>;
}

interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; features: number; pairs: number }

const MAGIC = 'NXM1';

export function writeModel(model: ModelFile): Buffer {
  // A table with a hot part is written as two: "name" (the rest) and "name#hot".
  const all: [string, Weights | DenseWeights][] = [];
  for (const [name, w] of Object.entries(model.tables)) {
    all.push([name, w]);
    if (w.hotTable.length > 4) all.push([`${name}#hot`, w.hot]);
  }
  const parts: Buffer[] = [];
  const tables = all.map(([name, w]): TableInfo => {
    if (w instanceof DenseWeights) {
      const { keys, weights } = w.rows();
      const rows = Buffer.alloc(align4(weights.byteLength));
      rows.set(new Uint8Array(weights.buffer));
      parts.push(Buffer.from(keys.buffer), rows);
      return { name, kind: 'dense', classes: w.classes, scale: w.scale, features: keys.length, pairs: 0 };
    }
    const keys: number[] = [], counts: number[] = [];
    const pairs: number[] = [];
    // Walk the slot table; store features in slot order with their pairs.
    for (let s = 0; s < w.table.length; s += 2) {
      const key = w.table[s];
      if (key === 0) continue;
      const info = w.table[s + 1];
      const start = info & 0xffffff, n = info >>> 24;
      keys.push(key);
      counts.push(n);
      for (let j = start; j < start + n; j++) pairs.push(w.pairs[j]);
    }
    parts.push(Buffer.from(Int32Array.from(keys).buffer));
    const c = Buffer.alloc(align4(counts.length));
    c.set(counts);
    parts.push(c);
    parts.push(Buffer.from(Int32Array.from(pairs).buffer));
    return { name, kind: 'sparse', classes: w.classes, scale: w.scale, features: keys.length, pairs: pairs.length };
  });
  const header = Buffer.from(JSON.stringify({ ...model.header, tables }), 'utf8');
  const head = Buffer.alloc(8 + align4(header.length));
  head.write(MAGIC, 0, 'ascii');
  head.writeUInt32LE(header.length, 4);
  header.copy(head, 8);
  return gzipSync(Buffer.concat([head, ...parts]), { level: 9 });
}

export function readModel(data: Buffer, file = 'model'): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch (e) {
    throw new NexusError('ModelInvalid', `${file}: not a nexus model (not gzip)`, { subject: file, cause: e });
  }
  if (raw.toString('ascii', 0, 4) !== MAGIC) throw new NexusError('ModelInvalid', `${file}: not a nexus model (bad magic)`, { subject: file });
  const len = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + len)) as Record<string, unknown> & { tables: TableInfo[] };
  // Copy into an aligned buffer so the typed arrays can view it directly.
  const body = new Uint8Array(raw.length - 8 - align4(len));
  body.set(raw.subarray(8 + align4(len)));
  let at = 0;
  const tables: Record<string, Weights | DenseWeights> = {};
  for (const t of header.tables) {
    if (t.kind === 'dense') {
      const keys = new Int32Array(body.buffer, at, t.features); at += 4 * t.features;
      const weights = new Int16Array(body.buffer, at, t.classes * t.features); at += align4(2 * t.classes * t.features);
      if (at > body.length) throw new NexusError('ModelInvalid', `${file}: truncated`, { subject: file });
      tables[t.name] = packDense(t.classes, keys, weights, t.scale);
      continue;
    }
    const keys = new Int32Array(body.buffer, at, t.features); at += 4 * t.features;
    const counts = new Uint8Array(body.buffer, at, t.features); at += align4(t.features);
    const pairs = new Int32Array(body.buffer, at, t.pairs); at += 4 * t.pairs;
    if (at > body.length) throw new NexusError('ModelInvalid', `${file}: truncated`, { subject: file });
    tables[t.name] = packWeights(t.classes, keys, counts, pairs, t.scale);
  }
  for (const name of Object.keys(tables)) {
    if (!name.endsWith('#hot')) continue;
    const base = name.slice(0, -4);
    const cold = tables[base], hot = tables[name];
    if (cold instanceof Weights && hot instanceof Weights) tables[base] = cold.withHot(hot);
    else if (cold instanceof DenseWeights && hot instanceof DenseWeights) tables[base] = cold.withHot(hot);
    delete tables[name];
  }
  return { header, tables };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
