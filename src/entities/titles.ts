import type { Token } from '../core/index.js';
import { TITLE_PHRASES, TITLE_WORDS } from './words.js';

/**
 * Length in tokens of a title at `i` ("Maj. Gen.", "Field Marshal", "Lt Gen",
 * "Director"), counting the full stops of abbreviations, or 0.
 */
export function titleAt(tokens: Token[], i: number, end: number): number {
  const n = plainTitleAt(tokens, i, end);
  // "President-elect", "Prime Minister-designate": the title still to be taken up is a title too.
  const dash = tokens[i + n], word = tokens[i + n + 1];
  if (n && i + n + 1 < end && dash && (dash.text === '-' || dash.text === '‑') && dash.glued && word?.glued && PENDING.test(word.norm)) return n + 2;
  return n;
}

const PENDING = /^(elect|designate)$/;

/** Is the hyphenated word after a title its pending form ("-elect")? For the chunk finder. */
export function pendingTitle(tokens: Token[], dash: number): boolean {
  const word = tokens[dash + 1];
  return TITLE_WORDS.has(tokens[dash - 1]?.norm ?? '') && !!word?.glued && PENDING.test(word.norm);
}

function plainTitleAt(tokens: Token[], i: number, end: number): number {
  // Multi-word phrases first, up to three words with their full stops.
  let words: string[] = [];
  let best = 0;
  let j = i;
  while (j < end && words.length < 3) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    words.push(t.norm);
    j++;
    if (tokens[j]?.text === '.' && tokens[j].glued && j < end) j++;
    if (words.length > 1 && (TITLE_PHRASES.has(words.join(' ')) || TITLE_PHRASES.has(words.map((w) => w.replace(/\.$/, '')).join(' ')))) best = j - i;
  }
  if (best) return best;
  const t = tokens[i];
  if (t.kind === 'word' && TITLE_WORDS.has(t.norm) && (t.upper || t.caps)) {
    return tokens[i + 1]?.text === '.' && tokens[i + 1].glued && i + 1 < end ? 2 : 1;
  }
  return 0;
}

/** The title's words as written, without trailing full stops joined by spaces. */
export function titleText(tokens: Token[], first: number, last: number): string {
  let s = '';
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    s += (k > first && !t.glued ? ' ' : '') + t.text;
  }
  return s;
}
