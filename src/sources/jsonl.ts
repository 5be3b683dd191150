import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { NexusError, type SourceMeta } from '../core/index.js';
import { documentFromText, isoDate } from '../ingest/index.js';
import type { SourceItem, SourceOptions } from './types.js';

const FIELDS = ['url', 'title', 'publisher', 'author'] as const;

/** One document per line: `{"text" or "html", "url", "title", "published", "publisher", "author"}`, read as a stream. */
export async function* jsonlItems(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const label = `${path}:${n}`;
    yield { label, bytes: Buffer.byteLength(line) + 1, load: async () => recordDocument(line, label, path, options) };
  }
}

function recordDocument(line: string, label: string, path: string, options: SourceOptions) {
  if (Buffer.byteLength(line) > options.maxBytes) throw new NexusError('InputTooLarge', `is above the ${options.maxBytes} byte limit (raise it with --max-bytes)`, { subject: label });
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new NexusError('InputUnreadable', `is not valid JSON (${(e as Error).message})`, { subject: label });
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new NexusError('InputUnreadable', 'is not a JSON object', { subject: label });
  const body = typeof record.html === 'string' ? record.html : typeof record.text === 'string' ? record.text : undefined;
  if (!body?.trim()) throw new NexusError('InputEmpty', 'has no "text" or "html"', { subject: label });
  const source: SourceMeta = { path: label };
  for (const f of FIELDS) if (typeof record[f] === 'string' && record[f]) source[f] = record[f] as string;
  const published = typeof record.published === 'string' ? isoDate(record.published) : undefined;
  if (record.published !== undefined && !published) throw new NexusError('InputUnreadable', `has a "published" date that is not a date: ${JSON.stringify(record.published)}`, { subject: label });
  if (published) source.published = published;
  const format = typeof record.html === 'string' ? 'html' : options.format ?? 'text';
  void path;
  return documentFromText(body, source, { format, published: published ?? options.published });
}
