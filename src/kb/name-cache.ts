import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedName } from './names.js';
import type { NameSource } from './trie.js';
import type { KbNameKind } from './types.js';

/*
 * The knowledge base's name index on disk. Tokenising its ~22,000 names took
 * about 0.4 s of every extract. The file holds the names of the bundled
 * entries, one line per first key, under a key: a hash of the bundled files'
 * contents and of the code that tokenises names. Opening it reads where each
 * line starts; a line is parsed when the text has a token with its key. A
 * file with another key (the knowledge base or the tokeniser changed), another
 * format or a body that does not match its checksum is not used: the names are
 * tokenised again and the file rewritten (name-index.ts). `npm run build`
 * writes it.
 */

const FORMAT = 2;

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

/**
 * The names in the file at `path` if it holds `key` intact; undefined
 * otherwise (never throws). A line that cannot be parsed after all (a file
 * edited by hand with a matching checksum) hands over to `fallback`.
 */
export function readNameIndex(path: string, key: string, fallback: () => NameSource): NameSource | undefined {
  let body: string;
  const at = new Map<string, number>();
  try {
    const raw = readFileSync(path, 'utf8');
    const nl = raw.indexOf('\n');
    const head = JSON.parse(raw.slice(0, nl)) as { format?: number; key?: string; body?: string };
    body = raw.slice(nl + 1);
    if (head.format !== FORMAT || head.key !== key || head.body !== sha256(body)) return undefined;
    for (let i = 0; i < body.length;) {
      const tab = body.indexOf('\t', i), end = body.indexOf('\n', i);
      if (tab < 0 || end < tab) return undefined;
      at.set(body.slice(i, tab), tab + 1);
      i = end + 1;
    }
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
        const rows = JSON.parse(body.slice(start, body.indexOf('\n', start))) as Row[];
        return rows.map(([entry, keys, texts, kind, text, exactCase, upper]) => ({ keys, texts, name: { entry, kind, text, exactCase, upper } }));
      } catch {
        return (whole = fallback()).get(first);
      }
    },
  };
}

/** Writes the index atomically (a reader sees the old file or the new one); a place it cannot write to is left alone. */
export function writeNameIndex(path: string, key: string, groups: Map<string, IndexedName[]>): void {
  let body = '';
  for (const [first, names] of groups) {
    // Keys are tokens, which hold no white space; were one to, the file could not be read back: none is written.
    if (/[\t\n]/.test(first)) return;
    const rows: Row[] = names.map(({ keys, texts, name: n }) => [n.entry, keys, texts, n.kind, n.text, n.exactCase, n.upper]);
    body += `${first}\t${JSON.stringify(rows)}\n`;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key, body: sha256(body) })}\n${body}`);
    renameSync(tmp, path);
  } catch {
    // A read-only install: the names are tokenised in memory at each start, as without the file.
    rmSync(tmp, { force: true });
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
