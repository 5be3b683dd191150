import type { Sentence, Token } from '../core/index.js';
import type { KnowledgeBase, TrieMatch } from '../kb/index.js';

export interface KbHit extends TrieMatch {
  first: number;
  sentence: number;
}

/** Longest knowledge-base names, left to right, within each sentence. */
export function scanKb(kb: KnowledgeBase, tokens: Token[], sentences: Sentence[]): KbHit[] {
  const hits: KbHit[] = [];
  sentences.forEach((s, si) => {
    let i = s.first;
    while (i < s.last) {
      const t = tokens[i];
      // Names start with a letter (or a digit for "9/11"-like names); skip the rest fast.
      if (t.kind === 'punct' || t.kind === 'symbol') { i++; continue; }
      const m = kb.trie.match(tokens, i, s.last);
      if (m) {
        hits.push({ ...m, first: i, sentence: si });
        i = m.end;
      } else i++;
    }
  });
  return hits;
}
