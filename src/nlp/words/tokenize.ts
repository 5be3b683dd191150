import type { Span } from '../../core/index.js';
import { tokenizerData, type TokenizerData } from '../../lang/en/index.js';

/** A word as the UD English treebank splits text: its span and its form. */
export interface WordSpan extends Span {
  form: string;
}

// One sticky scanner over a run of text, in order of preference: web
// addresses and e-mail, letter-dot runs ("U.S.", "e.g."), numbers with
// separators ("1,494", "2.5", "10:30", "12/05/2024", "1990s", "3rd"), words
// with inner apostrophes ("Hay'at", "don't"),
// runs of one punctuation mark ("...", "!!!", "--"), then any other single character.
const SCAN = new RegExp([
  String.raw`(?:https?:\/\/|www\.)[^\s"<>()\[\]]+[^\s"<>()\[\].,;:!?'’]`,
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  String.raw`(?:\p{L}\.){2,}`,
  String.raw`\d+(?:[.,:\/]\d+)*(?:st|nd|rd|th|s)?(?![\p{N}])`,
  String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`,
  String.raw`([!?*_=~.\-])\1+|[!?]{2,}`,
  String.raw`[^\s]`,
].join('|'), 'uy');

const WORDISH = /^[\p{L}\p{M}\p{N}]/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * Splits the text between `span.start` and `span.end` into words in the
 * manner of the UD English treebank: clitics and possessives apart ("do
 * n't", "Pakistan 's"), punctuation apart except the full stop of an
 * abbreviation or initial, hyphenated compounds apart ("al - Qaeda") except
 * after a prefix ("anti-American"). Every word's span slices back to its
 * form.
 */
export function tokenizeWords(text: string, span: Span, out: WordSpan[] = [], data: TokenizerData = tokenizerData()): WordSpan[] {
  let pos = span.start;
  const end = span.end;
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x2009 || c === 0x202f) { pos++; continue; }
    SCAN.lastIndex = pos;
    const m = SCAN.exec(text);
    let len = m ? Math.min(m[0].length, end - pos) : 1;
    let form = text.slice(pos, pos + len);
    if (WORDISH.test(form)) {
      // An abbreviation or an initial keeps its full stop.
      if (text[pos + len] === '.' && pos + len < end && (data.abbreviations.has(form.toLowerCase()) || INITIAL.test(form))) {
        form += '.';
        len++;
      } else {
        // A prefix keeps its hyphen and the word after it ("anti-American").
        while (text[pos + len] === '-' && data.hyphenPrefixes.has(lastPart(form).toLowerCase())) {
          SCAN.lastIndex = pos + len + 1;
          const next = SCAN.exec(text);
          if (!next || !WORDISH.test(next[0]) || pos + len + 1 + next[0].length > end) break;
          len += 1 + next[0].length;
          form = text.slice(pos, pos + len);
        }
      }
      pushWord(form, pos, out, data);
    } else {
      out.push({ start: pos, end: pos + len, form });
    }
    pos += len;
  }
  return out;
}

function lastPart(form: string): string {
  const i = form.lastIndexOf('-');
  return i < 0 ? form : form.slice(i + 1);
}

/** Pushes a word, split into its host and clitic, or by a whole-word split. */
function pushWord(form: string, start: number, out: WordSpan[], data: TokenizerData): void {
  const lower = form.toLowerCase().replace(/’/g, "'");
  const whole = data.wholeWordSplits.get(lower);
  if (whole) {
    let at = start;
    for (const part of whole) {
      out.push({ start: at, end: at + part.length, form: form.slice(at - start, at - start + part.length) });
      at += part.length;
    }
    return;
  }
  for (const clitic of data.clitics) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const cut = form.length - clitic.length;
      out.push({ start, end: start + cut, form: form.slice(0, cut) });
      out.push({ start: start + cut, end: start + form.length, form: form.slice(cut) });
      return;
    }
  }
  out.push({ start, end: start + form.length, form });
}
