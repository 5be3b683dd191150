import type { Span, Token, TokenKind } from '../core/index.js';

// One pass with a sticky pattern: dotted abbreviations (U.S., U.N.), words
// with inner apostrophes (Hay'at, Kata'ib), ordinals and numbers with
// separators (380th, 1,494, 2.5), then any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}])|\d+[\p{L}]*|[^\s]/uy;
const POSSESSIVE = /['’][sS]$/;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

export function normalizeToken(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u201b`´]/g, "'").replace(/[\u201c\u201d\u201e«»]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-');
}

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (LETTER.test(text[0])) return 'word';
  if (/[$€£¥₹₨%&@#+=<>|~^]/.test(text)) return 'symbol';
  return 'punct';
}

const ASCII_WORD = /^[A-Za-z]+$/;
const MARKS = /[\u0300-\u036f]/g;

function make(text: string, start: number, glued: boolean): Token {
  const lower = text.toLowerCase();
  const upperCase = text.toUpperCase();
  const ascii = ASCII_WORD.test(text);
  // Fast path for plain ASCII words, the bulk of news text.
  const norm = ascii ? lower : normalizeToken(text);
  const kind: TokenKind = ascii ? 'word' : kindOf(text);
  const first = text[0];
  const upper = ascii ? first >= 'A' && first <= 'Z' : UPPER.test(text);
  let caps = false;
  if (text === upperCase && text !== lower) {
    let letters = 0;
    for (let i = 0; i < text.length && letters < 2; i++) if (text[i].toLowerCase() !== text[i]) letters++;
    caps = letters >= 2;
  }
  const key = ascii || !/[^\x00-\x7f]/.test(norm) ? norm : norm.normalize('NFD').replace(MARKS, '');
  return { start, end: start + text.length, text, norm, key, kind, upper, caps, glued };
}

/** Tokenises `text` between `span.start` and `span.end`, appending to `out`. */
export function tokenize(text: string, span: Span, out: Token[] = []): Token[] {
  let pos = span.start;
  let prevEnd = -1;
  while (pos < span.end) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff) { pos++; continue; }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    let word = m ? m[0] : text[pos];
    if (pos + word.length > span.end) word = word.slice(0, span.end - pos);
    const glued = prevEnd === pos;
    if (word.length > 2 && POSSESSIVE.test(word) && LETTER.test(word[0])) {
      // "Rawalpindi’s" -> "Rawalpindi" + "’s": the possessive marks an actor.
      out.push(make(word.slice(0, -2), pos, glued));
      out.push(make(word.slice(-2), pos + word.length - 2, true));
    } else {
      out.push(make(word, pos, glued));
    }
    pos += word.length;
    prevEnd = pos;
  }
  return out;
}
