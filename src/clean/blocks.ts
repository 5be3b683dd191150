import type { InputFormat, Span } from '../core/index.js';

export interface RawBlock extends Span {
  /** A Markdown heading ("# Title") or an HTML heading element. */
  markedHeading: boolean;
}

const SENTENCE_END = /[.!?:;"'”’»)\]…]\s*$/;

/**
 * Splits text into blocks: a paragraph is a run of non-blank lines, split
 * again after a line that ends a sentence (news text often puts one
 * paragraph per line) and before or after a short heading-like line, so that
 * hard-wrapped paragraphs stay whole while one-line paragraphs separate.
 */
export function splitBlocks(text: string, format: InputFormat): RawBlock[] {
  const lines: Array<Span & { blank: boolean }> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos, end = nl;
    while (start < end && /[\s\u00a0\ufeff]/.test(text[start])) start++;
    while (end > start && /[\s\u00a0]/.test(text[end - 1])) end--;
    lines.push({ start, end, blank: start === end });
    pos = nl + 1;
  }
  const wrapped = isHardWrapped(text, lines);
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const line of lines) {
    if (line.blank) { close(); continue; }
    const body = text.slice(line.start, line.end);
    let start = line.start;
    let marked = false;
    if (format === 'markdown') {
      const h = /^#{1,6}\s+/.exec(body);
      if (h) { start += h[0].length; marked = true; }
      else {
        const li = /^(?:[-*+]|\d+[.)])\s+|^>\s*/.exec(body);
        if (li) start += li[0].length;
      }
      if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(body)) { close(); continue; }
    }
    const lineBlock: RawBlock = { start, end: line.end, markedHeading: marked };
    // In hard-wrapped text a short line is just the end of a paragraph.
    const short = !wrapped && body.length < 90 && !SENTENCE_END.test(body);
    if (marked || short) {
      close();
      blocks.push(lineBlock);
      continue;
    }
    if (current) current.end = line.end;
    else current = lineBlock;
    if (!wrapped && SENTENCE_END.test(body)) close();
  }
  close();
  return blocks;
}

/**
 * Hard-wrapped text (e-mail, plain-text exports) breaks paragraphs into lines
 * of similar length that mostly end mid-sentence, with blank lines between
 * paragraphs.
 */
function isHardWrapped(text: string, lines: Array<Span & { blank: boolean }>): boolean {
  const full = lines.filter((l) => !l.blank);
  if (full.length < 6 || full.length === lines.length) return false;
  const midSentence = full.filter((l) => {
    const len = l.end - l.start;
    return len >= 40 && len <= 100 && !SENTENCE_END.test(text.slice(l.start, l.end));
  }).length;
  return midSentence / full.length > 0.4;
}
