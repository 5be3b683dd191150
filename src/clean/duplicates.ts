import type { Dropped, Span } from '../core/index.js';
import { normalizeForCompare } from './normalize.js';

export interface Candidate extends Span {
  heading: boolean;
}

const SHINGLE = 3;

/**
 * The block's word triples, each as one number (three word ids of 17 bits)
 * rather than a joined string: cheaper to build, hash and compare.
 */
function shingles(words: string[], ids: Map<string, number>): Set<number> {
  const out = new Set<number>();
  const id = (w: string) => { let n = ids.get(w); if (n === undefined) ids.set(w, (n = ids.size & 0x1ffff)); return n; };
  let a = words.length > 0 ? id(words[0]) : 0, b = words.length > 1 ? id(words[1]) : 0;
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const c = id(words[i + 2]);
    out.add((a * 131072 + b) * 131072 + c);
    a = b; b = c;
  }
  return out;
}

/**
 * Word-level similarity of two blocks (as word ids): 2 * longest common
 * subsequence / total length, at `least` or more. Stops as soon as the
 * subsequence can no longer get long enough (it grows by at most one a row).
 */
function similarAtLeast(x: Int32Array, y: Int32Array, least: number, rows: Int32Array[]): boolean {
  const n = x.length, m = y.length;
  if ((2 * Math.min(n, m)) / (n + m) < least) return false;
  let prev = rows[0].fill(0, 0, m + 1), row = rows[1];
  for (let i = 1; i <= n; i++) {
    row[0] = 0;
    const w = x[i - 1];
    for (let j = 1; j <= m; j++) {
      const up = prev[j], left = row[j - 1];
      row[j] = w === y[j - 1] ? prev[j - 1] + 1 : up > left ? up : left;
    }
    const t = prev; prev = row; row = t;
    if ((2 * (prev[m] + n - i)) / (n + m) < least) return false;
  }
  return (2 * prev[m]) / (n + m) >= least;
}

/**
 * Finds repeated blocks: exact repeats after normalising case, quotes and
 * spacing, and near repeats (blocks of eight words or more sharing shingles
 * whose word sequences agree at 90% or more). Runs of three or more repeated blocks are a pasted
 * second copy of the article; a repeated block before the first heading is a
 * teaser, dropped in favour of its occurrence in the article body.
 */
export function findDuplicates(text: string, blocks: Candidate[], normalized?: string[]): Map<number, Omit<Dropped, 'start' | 'end'>> {
  const norms = normalized ?? blocks.map((b) => normalizeForCompare(text.slice(b.start, b.end)));
  const ids = new Map<string, number>();
  const sets = norms.map((n) => { const words = n.split(' '); return words.length >= 8 ? shingles(words, ids) : null; });
  // Words as ids for the similarity (exact: these never wrap, unlike the shingles' 17 bits).
  const wordIds = new Map<string, number>();
  const seqs: (Int32Array | null)[] = norms.map((n, i) => sets[i] ? Int32Array.from(n.split(' '), (w) => { let k = wordIds.get(w); if (k === undefined) wordIds.set(w, (k = wordIds.size)); return k; }) : null);
  const longest = seqs.reduce((a, s) => Math.max(a, s ? s.length : 0), 0);
  const rows = [new Int32Array(longest + 1), new Int32Array(longest + 1)];
  const firstSeen = new Map<string, number>();
  const index = new Map<number, number[]>();
  const original: number[] = blocks.map(() => -1);
  // Votes per earlier block, and the blocks voted for in the order of their first vote.
  const votes = new Int32Array(blocks.length);
  const voted: number[] = [];
  blocks.forEach((_, i) => {
    const exact = firstSeen.get(norms[i]);
    if (exact !== undefined) { original[i] = exact; return; }
    firstSeen.set(norms[i], i);
    const set = sets[i];
    if (!set) return;
    voted.length = 0;
    for (const s of set) {
      const list = index.get(s);
      if (list) for (const j of list) { if (votes[j]++ === 0) voted.push(j); }
    }
    let found = -1;
    for (const j of voted) {
      if (found < 0 && votes[j] >= set.size * 0.3 && original[j] === -1 && similarAtLeast(seqs[i]!, seqs[j]!, 0.9, rows)) found = j;
      votes[j] = 0;
    }
    if (found >= 0) { original[i] = found; return; }
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });

  const result = new Map<number, Omit<Dropped, 'start' | 'end'>>();
  const span = (j: number): Span => ({ start: blocks[j].start, end: blocks[j].end });
  // Runs of consecutive repeats: a second copy of the article.
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && original[j] >= 0) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) result.set(k, { reason: 'repeated-article', rule: 'duplicate/repeated-article', of: span(original[k]) });
    i = j === i ? i + 1 : j;
  }
  // A leading block repeated inside the article body is a teaser.
  const firstHeading = blocks.findIndex((b) => b.heading);
  const lead = firstHeading < 0 ? 1 : Math.min(firstHeading, 3);
  for (let i = 0; i < blocks.length; i++) {
    if (result.has(i) || original[i] < 0) continue;
    const j = original[i];
    if (j < lead && !blocks[j].heading && !result.has(j)) {
      result.set(j, { reason: 'teaser', rule: 'duplicate/teaser', of: span(i) });
      original[i] = -1;
      for (let k = i + 1; k < blocks.length; k++) if (original[k] === j && result.get(k)?.reason === 'repeated-article') result.set(k, { ...result.get(k)!, of: span(i) });
      continue;
    }
    result.set(i, { reason: 'duplicate', rule: 'duplicate/exact-or-near', of: span(j) });
  }
  return result;
}
