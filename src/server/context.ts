import type { QuoteInContext } from './api.js';

const MAX_SIDE = 400;
const CLOSERS = /["'”’)\]]/;

function sentenceStart(text: string, start: number): number {
  const floor = Math.max(0, start - MAX_SIDE);
  for (let i = start; i > floor; i--) {
    const ch = text[i - 1];
    if (ch === '\n') return i;
    if (/\s/.test(ch) && /[.!?]["'”’)\]]*$/.test(text.slice(Math.max(0, i - 4), i - 1))) return i;
  }
  return floor;
}

function sentenceEnd(text: string, end: number): number {
  const ceil = Math.min(text.length, end + MAX_SIDE);
  for (let i = end; i < ceil; i++) {
    if (text[i] === '\n') return i;
    if (/[.!?]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1]) || CLOSERS.test(text[i + 1]))) {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j])) j++;
      return j;
    }
  }
  return ceil;
}

/**
 * The sentence around a quote, from the stored text. The store keeps the
 * quote's offsets but not sentence bounds, so the sentence is taken as the
 * text between the nearest sentence ends or line breaks; an abbreviation
 * ("Gen. Khan") may cut it short, which only shortens the context shown.
 */
export function quoteInContext(text: string, start: number, end: number): QuoteInContext {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  return { before: text.slice(s, start).trimStart(), quote: text.slice(start, end), after: text.slice(end, e).trimEnd() };
}
