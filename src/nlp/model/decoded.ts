import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DENSE_SLOT, DenseWeights } from '../perceptron/dense.js';
import { CHECK_PAGE, PageCheck, pageChecksums } from '../perceptron/page-check.js';
import { Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

/**
 * The model's weight tables as the parser uses them, written out as they lie
 * in memory, so that a run reads them with one file read instead of
 * decoding the compact model file (decoding took about a third of a small
 * `nexus extract`). `npm run build` writes it beside the model in dist/
 * (`en-ewt.nxm.decoded`, about 45 MB); a run uses it only when it was made
 * from the very model file beside it, and otherwise decodes the model file
 * as before (and writes nothing).
 *
 * Layout: "NXD2", the header's length (uint32, little endian), the CRC-32
 * of what lies between these 12 bytes and the tables; the JSON header (the
 * key of the model file it was made from, the model's own header, where each
 * array lies, how many pages of tables there are), padding to 8 bytes, the
 * CRC-32 of each 4 KB page of the tables (uint32 each), padding to 8 bytes,
 * then the tables: the arrays, each starting at a multiple of 8 bytes.
 *
 * The header and the page checksums are checked when the file is read; a
 * page of the tables when a lookup first reads it (PageCheck): a short text
 * reads a few hundred of the 11,000 pages, and checking the 45 MB whole was
 * a third of reading the file. A page that fails its checksum is never
 * scored with: the tables are decoded from the model file again, in place,
 * before the lookup reads them (`repair`); a damaged page no lookup reads
 * does no harm.
 */
const MAGIC = 'NXD2';
/** Bumped when this layout or the tables' in-memory layout changes. */
const VERSION = 2;

interface ArrayInfo { offset: number; length: number }
interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; table: ArrayInfo; pairs?: ArrayInfo; hotTable: ArrayInfo; hotPairs?: ArrayInfo }
interface Header { version: number; key: string; header: Record<string, unknown>; tables: TableInfo[]; page: number; pages: number; bytes: number }

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
  const tables: TableInfo[] = Object.entries(model.tables).map(([name, t]) => {
    const w = t.whole();
    return w instanceof DenseWeights
      ? { name, kind: 'dense', classes: w.classes, scale: w.scale, table: place(w.table), hotTable: place(w.hotTable) }
      : { name, kind: 'sparse', classes: w.classes, scale: w.scale, table: place(w.table), pairs: place(w.pairs), hotTable: place(w.hotTable), hotPairs: place(w.hotPairs) };
  });
  const data = Buffer.alloc(offset);
  let at = 0;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(data, at);
    at += align8(a.byteLength);
  }
  const crcs = pageChecksums(data);
  const { tables: _tables, ...rest } = model.header;
  void _tables;
  const json = Buffer.from(JSON.stringify({ version: VERSION, key, header: rest, tables, page: CHECK_PAGE, pages: crcs.length, bytes: data.length } satisfies Header), 'utf8');
  const checks = align8(12 + json.length), start = align8(checks + crcs.byteLength);
  const out = Buffer.alloc(start + data.length);
  json.copy(out, 12);
  Buffer.from(crcs.buffer, crcs.byteOffset, crcs.byteLength).copy(out, checks);
  data.copy(out, start);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(crc32(out.subarray(12, start)), 8);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
}

/**
 * The model kept at `path` if it was decoded from a model file of key
 * `key`, and its header and page checksums are whole; undefined otherwise
 * (missing, stale, cut short, damaged there: the caller then decodes the
 * model file itself). Its tables check each page as lookups first read it;
 * one that fails is put right by decoding the model file again
 * (`decodeModel`), or, without one, stops the run with an error.
 */
export function readDecoded(path: string, key: string | undefined, decodeModel?: () => ModelFile): ModelFile | undefined {
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
    if (h.version !== VERSION || h.key !== key || !Array.isArray(h.tables) || h.page !== CHECK_PAGE) return undefined;
    const checks = align8(12 + len), start = align8(checks + 4 * h.pages);
    if (!Number.isSafeInteger(h.bytes) || start + h.bytes !== buf.length || h.pages !== Math.ceil(h.bytes / CHECK_PAGE)) return undefined;
    if (crc32(buf.subarray(12, start)) !== buf.readUInt32LE(8)) return undefined;
    // Views need 4-byte alignment; a file read lands at offset 0 of its own memory, but copy if not.
    const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const view = (a: ArrayInfo | undefined): Int32Array => {
      if (!a || !Number.isSafeInteger(a.offset) || !Number.isSafeInteger(a.length) || a.offset < 0 || a.length < 0 || a.offset + 4 * a.length > h.bytes) throw new Error('bad array');
      return new Int32Array(bytes.buffer, bytes.byteOffset + start + a.offset, a.length);
    };
    const views = new Map<string, Int32Array[]>();
    const check = new PageCheck(new Uint8Array(bytes.buffer, bytes.byteOffset + start, h.bytes), new Uint32Array(bytes.buffer, bytes.byteOffset + checks, h.pages), () => {
      if (!decodeModel) throw new NexusError('ModelInvalid', `${path}: the decoded tables are damaged; delete the file or run \`npm run build\``, { subject: path });
      repair(path, views, decodeModel());
    });
    const tables: ModelFile['tables'] = {};
    for (const t of h.tables) {
      if (t.kind === 'dense') {
        const table = view(t.table), hot = view(t.hotTable);
        if (table.length % DENSE_SLOT || hot.length % DENSE_SLOT) return undefined;
        views.set(t.name, [table, hot]);
        tables[t.name] = new DenseWeights(t.classes, table, t.scale, hot, check);
      } else {
        const arrays = [view(t.table), view(t.pairs), view(t.hotTable), view(t.hotPairs)];
        views.set(t.name, arrays);
        tables[t.name] = new Weights(t.classes, arrays[0], arrays[1], t.scale, arrays[2], arrays[3], check);
      }
    }
    return { header: { ...h.header, tables: [] }, tables };
  } catch {
    return undefined;
  }
}

/** Puts the tables of the model file, decoded again, in place of the damaged ones (the same shapes: they come from the same file). */
function repair(path: string, views: Map<string, Int32Array[]>, model: ModelFile): void {
  for (const [name, arrays] of views) {
    const w = model.tables[name];
    const fresh = w instanceof DenseWeights ? [w.table, w.hotTable] : w instanceof Weights ? [w.table, w.pairs, w.hotTable, w.hotPairs] : [];
    if (fresh.length !== arrays.length || fresh.some((a, i) => a.length !== arrays[i].length)) {
      throw new NexusError('ModelInvalid', `${path}: the decoded tables are damaged and do not match the model file; delete the file or run \`npm run build\``, { subject: path });
    }
    arrays.forEach((a, i) => a.set(fresh[i]));
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
