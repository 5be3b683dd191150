import type { Sentence, Token } from '../core/index.js';
import type { KnowledgeBase, TrieMatch } from '../kb/index.js';

export interface KbHit extends TrieMatch {
  first: number;
  sentence: number;
}

/** Longest knowledge-base names, left to right, within each sentence. */
export function scanKb(kb: KnowledgeBase, tokens: Token[], sentences: Sentence[]): KbHit[] {
  const hits: KbHit[] = [];
  const trie = kb.trie;
  for (let si = 0; si < sentences.length; si++) {
    const last = sentences[si].last;
    let i = sentences[si].first;
    while (i < last) {
      const t = tokens[i];
      // Names start with a letter (or a digit for "9/11"-like names); skip the rest fast.
      if (t.kind === 'punct' || t.kind === 'symbol') { i++; continue; }
      const m = trie.match(tokens, i, last);
      // A one-letter name ("X", the network) only where a platform is written: "on X".
      if (m && !(m.end - i === 1 && t.text.length === 1 && tokens[i - 1]?.norm !== 'on')) {
        hits.push({ end: m.end, names: m.names, first: i, sentence: si });
        i = m.end;
      } else i++;
    }
  }
  return hits;
}
