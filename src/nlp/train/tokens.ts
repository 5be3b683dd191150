import type { ConlluSentence } from '../conllu/types.js';
import { tokenizeWords } from '../words/tokenize.js';

export interface TokenScores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Tokenisation against the treebank: each sentence's raw text (its "# text"
 * comment) is split by the tokeniser, and a word counts as right when its
 * span equals a gold word's span. Gold spans are found by walking the text;
 * the words of a multi-word token take consecutive pieces of it when they
 * spell it ("do" + "n't"), else the whole token stands for the first.
 */
export function tokenizationScores(sentences: ConlluSentence[]): TokenScores {
  let right = 0, predicted = 0, gold = 0;
  for (const s of sentences) {
    const line = s.comments.find((c) => c.startsWith('# text = '));
    if (!line) continue;
    const text = line.slice('# text = '.length);
    const spans = goldSpans(s, text);
    gold += s.words.length;
    const pred = tokenizeWords(text, { start: 0, end: text.length });
    predicted += pred.length;
    for (const p of pred) if (spans.has(`${p.start}-${p.end}`)) right++;
  }
  const precision = predicted ? (100 * right) / predicted : 0, recall = gold ? (100 * right) / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function goldSpans(s: ConlluSentence, text: string): Set<string> {
  const out = new Set<string>();
  const mwt = new Map(s.multiword.map((m) => [m.first, m]));
  let pos = 0;
  for (let i = 0; i < s.words.length; i++) {
    const m = mwt.get(i + 1);
    const surface = m ? m.form : s.words[i].form;
    while (text[pos] === ' ') pos++;
    const at = text.indexOf(surface, pos);
    if (at < 0 || at > pos + 3) continue;
    if (m) {
      const parts = s.words.slice(m.first - 1, m.last).map((w) => w.form);
      if (parts.join('').toLowerCase() === surface.toLowerCase()) {
        let p = at;
        for (const part of parts) { out.add(`${p}-${p + part.length}`); p += part.length; }
      } else out.add(`${at}-${at + surface.length}`);
      i = m.last - 1;
    } else out.add(`${at}-${at + surface.length}`);
    pos = at + surface.length;
  }
  return out;
}
