import { gunzipSync, gzipSync } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DenseWeights } from '../perceptron/dense.js';
import { Weights } from '../perceptron/weights.js';
import { decodeKeys, encodeKeys } from './varint.js';

/**
 * The model file: gzip of "NXM2", a JSON header (names, dictionaries, table
 * sizes), then each weight table as its data arrays in table order (hot
 * keys first, see Weights): the keys delta-coded (varint.ts), then for a
 * sparse table the pair count of each key (uint8) and the pairs (int16),
 * for a dense one the rows (8-bit codes, see DenseWeights), little-endian, each part padded to 4
 * bytes. Loading is gunzip, one pass over the keys and building the indexes:
 * no sorting, no copying of weights. One file holds the tagger, the parser
 * and the lemma exceptions, so the model loads with one read.
 */
export interface ModelFile {
  header: Record<string, unknown>;
  tables: Record<string, Weights | DenseWeights>;
}

interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; keys: number; hot: number; keyBytes: number; pairs: number }

const MAGIC = 'NXM2';

export function writeModel(model: ModelFile): Buffer {
  const parts: Uint8Array[] = [];
  const tables = Object.entries(model.tables).map(([name, w]): TableInfo => {
    const keyBytes = encodeKeys(w.keys, [w.hotCount]);
    parts.push(padded(keyBytes));
    if (w instanceof DenseWeights) {
      parts.push(padded(new Uint8Array(w.rows.buffer, w.rows.byteOffset, w.rows.byteLength)));
      return { name, kind: 'dense', classes: w.classes, scale: w.scale, keys: w.keys.length, hot: w.hotCount, keyBytes: keyBytes.length, pairs: 0 };
    }
    parts.push(padded(w.counts), padded(bytesOf(w.pairs)));
    return { name, kind: 'sparse', classes: w.classes, scale: w.scale, keys: w.keys.length, hot: w.hotCount, keyBytes: keyBytes.length, pairs: w.pairs.length };
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
  if (raw.toString('ascii', 0, 4) !== MAGIC) throw new NexusError('ModelInvalid', `${file}: not a nexus model of this version (retrain with npm run train:parser)`, { subject: file });
  const len = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + len)) as Record<string, unknown> & { tables: TableInfo[] };
  // gunzip's buffer may sit at any offset of a shared pool: copy the body to
  // its own aligned buffer once, so the weights are views of it.
  const body = new Uint8Array(raw.length - 8 - align4(len));
  body.set(raw.subarray(8 + align4(len)));
  let at = 0;
  const take = (bytes: number) => {
    if (at + bytes > body.length) throw new NexusError('ModelInvalid', `${file}: truncated`, { subject: file });
    const start = at;
    at += align4(bytes);
    return start;
  };
  const tables: Record<string, Weights | DenseWeights> = {};
  for (const t of header.tables) {
    const keyStart = take(t.keyBytes);
    const { keys } = decodeKeys(body.subarray(keyStart, keyStart + t.keyBytes), t.keys, [t.hot]);
    if (t.kind === 'dense') {
      const rows = new Int8Array(body.buffer, take(t.classes * t.keys), t.classes * t.keys);
      tables[t.name] = new DenseWeights(t.classes, keys, rows, t.scale, t.hot);
      continue;
    }
    const counts = new Uint8Array(body.buffer, take(t.keys), t.keys);
    const pairs = new Int16Array(body.buffer, take(2 * t.pairs), t.pairs);
    tables[t.name] = new Weights(t.classes, keys, counts, pairs, t.scale, t.hot);
  }
  return { header, tables };
}

function bytesOf(a: Int16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function padded(a: Uint8Array): Uint8Array {
  if (a.length % 4 === 0) return a;
  const out = new Uint8Array(align4(a.length));
  out.set(a);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
