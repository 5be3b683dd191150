import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { DENSE_SLOT, DenseWeights } from '../perceptron/dense.js';
import { Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

/**
 * The model's weight tables as the parser uses them, written out as they lie
 * in memory, so that a run reads them with one file read instead of
 * decoding the compact model file (decoding took about a third of a small
 * `nexus extract`). `npm run build` writes it beside the model in dist/
 * (`en-ewt.nxm.decoded`, about 45 MB); a run uses it only when it was made
 * from the very model file beside it and its own checksum holds, and
 * otherwise decodes the model file as before (and writes nothing).
 *
 * Layout: "NXD1", the header's length (uint32, little endian), the CRC-32
 * of everything after these 12 bytes, the JSON header (the key of the model
 * file it was made from, the model's own header, and where each array
 * lies), padding to 8 bytes, then the arrays, each starting at a multiple
 * of 8 bytes.
 */
const MAGIC = 'NXD1';
/** Bumped when this layout or the tables' in-memory layout changes. */
const VERSION = 1;

interface ArrayInfo { offset: number; length: number }
interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; table: ArrayInfo; pairs?: ArrayInfo; hotTable: ArrayInfo; hotPairs?: ArrayInfo }
interface Header { version: number; key: string; header: Record<string, unknown>; tables: TableInfo[] }

/** Where the decoded tables of model file `path` are kept. */
export function decodedPath(path: string): string {
  return `${path}.decoded`;
}

/**
 * What identifies a model file's content: its format mark, header length
 * and checksum (its first 12 bytes: NXM2 files carry the CRC-32 of all their
 * content there) and its size. Undefined for files without such a checksum.
 */
export function modelKey(data: Uint8Array, size: number): string | undefined {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(12, data.byteLength));
  if (head.length < 12 || head.toString('latin1', 0, 4) !== 'NXM2') return undefined;
  return `v${VERSION} NXM2 ${head.readUInt32LE(4)} ${head.readUInt32LE(8)} ${size}`;
}

/** The key of the model file at `path`, read from its first 12 bytes (undefined when it cannot be read). */
export function modelKeyOf(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(12);
    const n = readSync(fd, head, 0, 12, 0);
    return modelKey(head.subarray(0, n), fstatSync(fd).size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the decoded tables of `model` (read from a file of key `key`) to `path`, atomically. */
export function writeDecoded(model: ModelFile, key: string, path: string): void {
  const arrays: Int32Array[] = [];
  let offset = 0;
  const place = (a: Int32Array): ArrayInfo => {
    const info = { offset, length: a.length };
    arrays.push(a);
    offset += align8(a.byteLength);
    return info;
  };
  const tables: TableInfo[] = Object.entries(model.tables).map(([name, w]) => w instanceof DenseWeights
    ? { name, kind: 'dense', classes: w.classes, scale: w.scale, table: place(w.table), hotTable: place(w.hotTable) }
    : { name, kind: 'sparse', classes: w.classes, scale: w.scale, table: place(w.table), pairs: place(w.pairs), hotTable: place(w.hotTable), hotPairs: place(w.hotPairs) });
  const { tables: _tables, ...rest } = model.header;
  void _tables;
  const json = Buffer.from(JSON.stringify({ version: VERSION, key, header: rest, tables } satisfies Header), 'utf8');
  const start = align8(12 + json.length);
  const out = Buffer.alloc(start + offset);
  json.copy(out, 12);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += align8(a.byteLength);
  }
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(crc32(out.subarray(12)), 8);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
}

/**
 * The model kept at `path` if it was decoded from a model file of key
 * `key` and is whole; undefined otherwise (missing, stale, damaged: the
 * caller then decodes the model file itself).
 */
export function readDecoded(path: string, key: string | undefined): ModelFile | undefined {
  if (!key) return undefined;
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const len = buf.readUInt32LE(4);
    if (12 + len > buf.length) return undefined;
    // The key first: a stale file is not worth its checksum.
    const h = JSON.parse(buf.toString('utf8', 12, 12 + len)) as Header;
    if (h.version !== VERSION || h.key !== key || !Array.isArray(h.tables)) return undefined;
    if (crc32(buf.subarray(12)) !== buf.readUInt32LE(8)) return undefined;
    // Views need 4-byte alignment; a file read lands at offset 0 of its own memory, but copy if not.
    const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const start = align8(12 + len);
    const view = (a: ArrayInfo | undefined): Int32Array => {
      if (!a || !Number.isSafeInteger(a.offset) || !Number.isSafeInteger(a.length) || a.offset < 0 || a.length < 0 || start + a.offset + 4 * a.length > bytes.length) throw new Error('bad array');
      return new Int32Array(bytes.buffer, bytes.byteOffset + start + a.offset, a.length);
    };
    const tables: ModelFile['tables'] = {};
    for (const t of h.tables) {
      if (t.kind === 'dense') {
        const table = view(t.table), hot = view(t.hotTable);
        if (table.length % DENSE_SLOT || hot.length % DENSE_SLOT) return undefined;
        tables[t.name] = new DenseWeights(t.classes, table, t.scale, hot);
      } else {
        tables[t.name] = new Weights(t.classes, view(t.table), view(t.pairs), t.scale, view(t.hotTable), view(t.hotPairs));
      }
    }
    return { header: { ...h.header, tables: [] }, tables };
  } catch {
    return undefined;
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
