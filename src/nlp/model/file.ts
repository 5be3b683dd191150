import { crc32 } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DenseWeights } from '../perceptron/dense.js';
import { Weights } from '../perceptron/weights.js';
import { joinHot, readModelV1 } from './file-v1.js';
import { readDense, readSparse, TableError } from './read-tables.js';
import { ByteWriter, writeDense, writeSparse, type TableShape } from './write-tables.js';

/**
 * The model file: "NXM2", the length of the JSON header (uint32, little
 * endian), the CRC-32 of everything after these 12 bytes, the header
 * (names, dictionaries, training settings and each table's shape), then the
 * weight tables one after the other (see tables.ts; a table's hot part is a
 * table of its own, "name#hot"). Not compressed: the tables are coded
 * compactly already, and reading them straight into the lookup tables is
 * what makes the model load fast (gunzip alone took longer than the whole
 * load now does). One file holds the tagger, the parser and the lemma
 * exceptions, so the model loads with one read.
 */
export interface ModelFile {
  header: Record<string, unknown>;
  tables: Record<string, Weights | DenseWeights>;
}

interface TableInfo extends TableShape { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; bytes: number }

const MAGIC = 'NXM2';
export const MODEL_FORMAT = 2;

export function writeModel(model: ModelFile): Buffer {
  const all: [string, Weights | DenseWeights][] = [];
  for (const [name, table] of Object.entries(model.tables)) {
    const w = table.whole();
    all.push([name, w instanceof DenseWeights ? new DenseWeights(w.classes, w.table, w.scale) : new Weights(w.classes, w.table, w.pairs, w.scale)]);
    if (w.hot.size > 0) all.push([`${name}#hot`, w.hot]);
  }
  const out = new ByteWriter();
  const tables = all.map(([name, w]): TableInfo => {
    const start = out.length;
    const shape = w instanceof DenseWeights ? writeDense(out, w) : writeSparse(out, w);
    return { name, kind: w instanceof DenseWeights ? 'dense' : 'sparse', classes: w.classes, scale: w.scale, ...shape, bytes: out.length - start };
  });
  const { tables: _old, ...rest } = model.header;
  void _old;
  const header = Buffer.from(JSON.stringify({ ...rest, format: MODEL_FORMAT, tables }), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'ascii');
  head.writeUInt32LE(header.length, 4);
  const body = out.bytes();
  head.writeUInt32LE(crc32(body, crc32(header)), 8);
  return Buffer.concat([head, header, body]);
}

/** Reads a model file of this format (or of the first, gzip one); `file` names it in errors. */
export function readModel(data: Uint8Array, file = 'model'): ModelFile {
  const bad = (why: string, cause?: unknown) => new NexusError('ModelInvalid', `${file}: ${why}`, { subject: file, cause });
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) return readModelV1(buf, file);
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC) throw bad('not a nexus model (no NXM2 or NXM1 mark at the start)');
  const len = buf.readUInt32LE(4);
  if (12 + len > buf.length) throw bad(`truncated (${buf.length} bytes, the header alone says ${12 + len})`);
  if (crc32(buf.subarray(12)) !== buf.readUInt32LE(8)) throw bad('corrupt or truncated (checksum mismatch); copy the file again or rebuild it with `npm run train:parser`');
  let header: Record<string, unknown> & { tables: TableInfo[] };
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + len)) as typeof header;
  } catch (e) {
    throw bad('corrupt header (not JSON)', e);
  }
  if (!Array.isArray(header.tables)) throw bad('corrupt header (no tables)');
  const tables: Record<string, Weights | DenseWeights> = {};
  let at = 12 + len;
  for (const t of header.tables) {
    const end = at + t.bytes;
    if (!(end <= buf.length)) throw bad(`truncated in table ${t.name}`);
    try {
      if (!(t.keyBytes <= t.bytes)) throw new TableError('bad table size');
      tables[t.name] = (t.kind === 'dense' ? readDense : readSparse)(buf, at, end, t.classes, t.scale, t);
    } catch (e) {
      if (e instanceof TableError) throw bad(`corrupt table ${t.name} (${e.message})`, e);
      throw e;
    }
    at = end;
  }
  if (at !== buf.length) throw bad(`${buf.length - at} bytes after the last table`);
  return { header, tables: joinHot(tables) };
}
