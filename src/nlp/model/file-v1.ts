import { gunzipSync } from 'node:zlib';
import { NexusError } from '../../core/index.js';
import { DenseWeights, packDense } from '../perceptron/dense.js';
import { packWeights, Weights } from '../perceptron/weights.js';
import type { ModelFile } from './file.js';

interface TableInfo { name: string; kind: 'sparse' | 'dense'; classes: number; scale: number; features: number; pairs: number }

/**
 * Reads the first model file format (until December 2026): gzip of "NXM1",
 * a JSON header, then each table's keys (int32), then for a sparse table
 * the pair counts (uint8) and pairs (int32), for a dense one rows of int16
 * weights, each part padded to 4 bytes; a table's hot part is a table of
 * its own named "name#hot". Kept so that `npm run model:convert` can turn
 * such a file into the current format, and so that one still loads.
 */
export function readModelV1(data: Buffer, file: string): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch (e) {
    throw new NexusError('ModelInvalid', `${file}: not a nexus model (gzip data, but it does not unpack: ${(e as Error).message})`, { subject: file, cause: e });
  }
  const bad = (why: string, cause?: unknown) => new NexusError('ModelInvalid', `${file}: ${why}`, { subject: file, cause });
  if (raw.length < 8 || raw.toString('ascii', 0, 4) !== 'NXM1') throw bad('not a nexus model (bad magic)');
  const len = raw.readUInt32LE(4);
  if (8 + len > raw.length) throw bad(`truncated (${raw.length} bytes unpacked, the header alone says ${8 + len})`);
  let header: Record<string, unknown> & { tables: TableInfo[] };
  try {
    header = JSON.parse(raw.toString('utf8', 8, 8 + len)) as typeof header;
  } catch (e) {
    throw bad('corrupt header (not JSON)', e);
  }
  if (header === null || typeof header !== 'object' || !Array.isArray(header.tables)) throw bad('corrupt header (no tables)');
  // Copy into an aligned buffer so the typed arrays can view it directly.
  const body = new Uint8Array(raw.length - 8 - align4(len));
  body.set(raw.subarray(8 + align4(len)));
  let at = 0;
  const tables: Record<string, Weights | DenseWeights> = {};
  const truncated = () => bad('truncated');
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  for (const t of header.tables) {
    if (!t || typeof t.name !== 'string' || !count(t.features) || !count(t.classes) || (t.kind !== 'dense' && !count(t.pairs)) || typeof t.scale !== 'number') {
      throw bad(`corrupt header (table ${JSON.stringify(t?.name ?? t)})`);
    }
    if (at + 4 * t.features > body.length) throw truncated();
    const keys = new Int32Array(body.buffer, at, t.features); at += 4 * t.features;
    if (t.kind === 'dense') {
      if (at + 2 * t.classes * t.features > body.length) throw truncated();
      const weights = new Int16Array(body.buffer, at, t.classes * t.features); at += align4(2 * t.classes * t.features);
      tables[t.name] = packDense(t.classes, keys, weights, t.scale);
      continue;
    }
    if (at + align4(t.features) + 4 * t.pairs > body.length) throw truncated();
    const counts = new Uint8Array(body.buffer, at, t.features); at += align4(t.features);
    const pairs = new Int32Array(body.buffer, at, t.pairs); at += 4 * t.pairs;
    tables[t.name] = packWeights(t.classes, keys, counts, pairs, t.scale);
  }
  return { header, tables: joinHot(tables) };
}

/** Puts each "name#hot" table in front of "name" (the layout both formats share). */
export function joinHot(tables: Record<string, Weights | DenseWeights>): Record<string, Weights | DenseWeights> {
  const out = { ...tables };
  for (const name of Object.keys(tables)) {
    if (!name.endsWith('#hot')) continue;
    const base = name.slice(0, -4);
    const cold = out[base], hot = out[name];
    if (cold instanceof Weights && hot instanceof Weights) out[base] = cold.withHot(hot);
    else if (cold instanceof DenseWeights && hot instanceof DenseWeights) out[base] = cold.withHot(hot);
    delete out[name];
  }
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
