import type { Block, Sentence, Token } from '../core/index.js';

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'brig', 'adm', 'cmdr', 'cdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'insp', 'supt',
  'dsp', 'asp', 'dig', 'igp', 'sp', 'al', 'ret', 'retd', 'govt', 'u.s', 'u.n', 'e.g', 'i.e',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?', '…']);

/**
 * Splits the tokens of each block into sentences. A block that is a heading
 * is one sentence. A stop ends a sentence unless it follows an abbreviation
 * or a single initial, and the next token starts like a sentence.
 */
export function splitSentences(tokens: Token[], blocks: Block[], blockOfToken: number[]): Sentence[] {
  const out: Sentence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const block = blockOfToken[i];
    const heading = blocks[block].kind === 'heading';
    let j = i;
    for (; j < tokens.length && blockOfToken[j] === block; j++) {
      if (heading) continue;
      const t = tokens[j];
      if (!ENDERS.has(t.text)) continue;
      let end = j + 1;
      while (end < tokens.length && blockOfToken[end] === block && CLOSERS.has(tokens[end].text) && tokens[end].glued) end++;
      const next = tokens[end];
      if (!next || blockOfToken[end] !== block) { j = end - 1; continue; }
      if (t.text === '.' && j > i) {
        const prev = tokens[j - 1];
        if (ABBREVIATIONS.has(prev.norm) || (prev.kind === 'word' && prev.text.length === 1 && prev.upper)) continue;
      }
      if (!(next.upper || next.kind === 'number' || /^["“‘'(\[]$/.test(next.text))) continue;
      out.push(sentence(tokens, i, end, block, false));
      i = end;
      j = end - 1;
    }
    if (i < j) out.push(sentence(tokens, i, j, block, heading));
    i = j;
  }
  return out;
}

function sentence(tokens: Token[], first: number, last: number, block: number, heading: boolean): Sentence {
  return { start: tokens[first].start, end: tokens[last - 1].end, first, last, block, heading, wordFirst: 0, wordLast: 0 };
}
