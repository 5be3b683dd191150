import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { NexusError } from '../core/index.js';
import { documentFromBytes, readInput } from '../ingest/index.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { jsonlItems } from './jsonl.js';
import type { SourceItem, SourceOptions } from './types.js';
import { feedItems, urlItems } from './web.js';

const DOCUMENT_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);

export interface Plan {
  /** Bytes of the local inputs, known before reading them (for the progress bar's ETA). */
  totalBytes: number;
  items: AsyncGenerator<SourceItem>;
}

type Unit = { kind: 'file' | 'jsonl' | 'feed'; path: string; size: number } | { kind: 'url'; url: string } | { kind: 'stdin' } | { kind: 'error'; error: unknown; label: string };

/** Files of a folder, recursively, in name order; hidden files and unknown extensions are left out. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (DOCUMENT_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)) out.push(p);
    }
  }
  return out;
}

async function fileUnit(path: string): Promise<Unit> {
  const ext = extname(path).toLowerCase();
  const size = (await stat(path)).size;
  return { kind: JSONL_EXT.has(ext) ? 'jsonl' : FEED_EXT.has(ext) ? 'feed' : 'file', path, size };
}

async function unitsOf(input: string): Promise<Unit[]> {
  if (input === '-') return [{ kind: 'stdin' }];
  if (/^https?:\/\//i.test(input)) return [{ kind: 'url', url: input }];
  if (/[*?[\]{}]/.test(input)) {
    const paths = (await glob(input, { onlyFiles: true, dot: false })).sort();
    if (!paths.length) return [{ kind: 'error', label: input, error: new NexusError('InputNotFound', 'matches no file', { subject: input }) }];
    return Promise.all(paths.map(fileUnit));
  }
  let info;
  try {
    info = await stat(input);
  } catch {
    return [{ kind: 'error', label: input, error: new NexusError('InputNotFound', 'no such file or folder', { subject: input }) }];
  }
  if (info.isDirectory()) {
    const files = await walk(input);
    if (!files.length) return [{ kind: 'error', label: input, error: new NexusError('InputEmpty', 'is a folder with no text, Markdown, HTML, JSONL or feed file', { subject: input }) }];
    return Promise.all(files.map(fileUnit));
  }
  return [await fileUnit(input)];
}

async function* unitItems(unit: Unit, options: SourceOptions): AsyncGenerator<SourceItem> {
  switch (unit.kind) {
    case 'error': yield { label: unit.label, bytes: 0, load: () => Promise.reject(unit.error) }; return;
    case 'stdin': yield { label: '-', bytes: 0, load: async () => documentFromBytes(await readInput('-', options.maxBytes, options.stdin), { published: options.published, format: options.format }) }; return;
    case 'url': yield* urlItems(unit.url, options); return;
    case 'jsonl': yield* jsonlItems(unit.path, options); return;
    case 'feed': {
      const text = await readFile(unit.path, 'utf8');
      if (!looksLikeFeed(text)) break;
      try {
        yield* feedItems(parseFeed(text, unit.path), unit.path, options);
      } catch (e) {
        yield { label: unit.path, bytes: unit.size, load: () => Promise.reject(e) };
      }
      return;
    }
    default:
  }
  const path = (unit as { path: string }).path;
  yield { label: path, bytes: (unit as { size: number }).size, load: async () => documentFromBytes(await readInput(path, options.maxBytes), { published: options.published, format: options.format }) };
}

/** Every document the inputs name: files, folders (recursively), globs, JSONL, feed files and URLs, article URLs, stdin. */
export async function planInputs(inputs: string[], options: SourceOptions): Promise<Plan> {
  const units = (await Promise.all(inputs.map(unitsOf))).flat();
  const totalBytes = units.reduce((n, u) => n + ('size' in u ? u.size : 0), 0);
  async function* items() {
    for (const u of units) yield* unitItems(u, options);
  }
  return { totalBytes, items: items() };
}
