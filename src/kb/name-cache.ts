import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { IndexedName } from './names.js';
import type { NameSource } from './trie.js';
import type { KbNameKind } from './types.js';

/*
 * The knowledge base's name index on disk. Tokenising its ~22,000 names took
 * about 0.4 s of every extract. The file holds the names of the bundled
 * entries, one line per first key, under a key: a hash of the bundled files'
 * contents and of the code that tokenises names. Opening it reads where each
 * line starts (from the file's second line); a line is parsed when the text
 * has a token with its key. A file with another key (the knowledge base or
 * the tokeniser changed), another format or a body that does not match its
 * checksum is not used: the names are tokenised again and the file rewritten
 * (name-index.ts). `npm run build` writes it.
 */

const FORMAT = 3;

/** The modules whose code decides what a name's keys are (and their imports: name-cache.test.ts checks the list). */
export const INDEX_CODE = ['./names', './keys', './name-cache', '../nlp/tokenize'];

/** Hash of the code in INDEX_CODE as it runs (compiled .js from dist, .ts under tsx). */
export function codeFingerprint(): string {
  const ext = extname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const m of INDEX_CODE) hash.update(readFileSync(new URL(`${m}${ext}`, import.meta.url))).update('\0');
  return hash.digest('hex');
}

/** The default place of the index: beside the compiled code (dist/kb); none when running from sources. */
export function defaultCachePath(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  return extname(here) === '.js' ? here.replace(/name-cache\.js$/, 'name-index.cache') : undefined;
}

// One name in the file: entry id, keys, texts, kind, text as written, exact case, upper per key token.
type Row = [string, string[], string[], KbNameKind, string, boolean, boolean[]];

/*
 * Layout (FORMAT 3): a header line, JSON {format, key, crc32}, the CRC-32 of
 * all that follows it; a line, JSON [firsts, starts]: each first key and where
 * its names start, in bytes after this line; then one line per first key, the
 * key, a tab and its names as JSON rows. A run reads the file as bytes, checks
 * the key, then the checksum (a millisecond, where hashing the text and
 * decoding it whole took about twenty), and decodes a key's line when the
 * text first has a token with that key.
 */

/**
 * The names in the file at `path` if it holds `key` intact; undefined
 * otherwise (never throws). A line that cannot be parsed after all (a file
 * edited by hand with a matching checksum) hands over to `fallback`.
 */
export function readNameIndex(path: string, key: string, fallback: () => NameSource): NameSource | undefined {
  let bytes: Buffer;
  const at = new Map<string, number>();
  try {
    bytes = readFileSync(path);
    const nl = bytes.indexOf(10);
    const head = JSON.parse(bytes.toString('utf8', 0, nl)) as { format?: number; key?: string; crc32?: number };
    // The key first: a stale file is not worth its checksum.
    if (head.format !== FORMAT || head.key !== key || head.crc32 !== crc32(bytes.subarray(nl + 1))) return undefined;
    const body = bytes.indexOf(10, nl + 1) + 1;
    const [firsts, starts] = JSON.parse(bytes.toString('utf8', nl + 1, body)) as [string[], number[]];
    if (!Array.isArray(firsts) || !Array.isArray(starts) || firsts.length !== starts.length) return undefined;
    for (let i = 0; i < firsts.length; i++) at.set(firsts[i], body + starts[i]);
  } catch {
    return undefined;
  }
  let whole: NameSource | undefined;
  return {
    get(first) {
      if (whole) return whole.get(first);
      const start = at.get(first);
      if (start === undefined) return undefined;
      try {
        const end = bytes.indexOf(10, start);
        const rows = JSON.parse(bytes.toString('utf8', start, end < 0 ? bytes.length : end)) as Row[];
        return rows.map(([entry, keys, texts, kind, text, exactCase, upper]) => ({ keys, texts, name: { entry, kind, text, exactCase, upper } }));
      } catch {
        return (whole = fallback()).get(first);
      }
    },
  };
}

/** Writes the index atomically (a reader sees the old file or the new one); a place it cannot write to is left alone. */
export function writeNameIndex(path: string, key: string, groups: Map<string, IndexedName[]>): void {
  const lines: string[] = [], firsts: string[] = [], starts: number[] = [];
  let at = 0;
  for (const [first, names] of groups) {
    // Keys are tokens, which hold no white space; were one to, the file could not be read back: none is written.
    if (/[\t\n]/.test(first)) return;
    const rows: Row[] = names.map(({ keys, texts, name: n }) => [n.entry, keys, texts, n.kind, n.text, n.exactCase, n.upper]);
    const line = `${first}\t${JSON.stringify(rows)}\n`;
    firsts.push(first);
    starts.push(at + Buffer.byteLength(`${first}\t`));
    at += Buffer.byteLength(line);
    lines.push(line);
  }
  const rest = Buffer.from(`${JSON.stringify([firsts, starts])}\n${lines.join('')}`);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify({ format: FORMAT, key, crc32: crc32(rest) })}\n`), rest]));
    renameSync(tmp, path);
  } catch {
    // A read-only install: the names are tokenised in memory at each start, as without the file.
    rmSync(tmp, { force: true });
  }
}
