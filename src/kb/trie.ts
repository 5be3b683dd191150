import type { Token } from '../core/index.js';
import { isJoiner, tokenKey } from './keys.js';
import type { KbName } from './types.js';

interface Node {
  next: Map<string, Node>;
  names?: KbName[];
  /** Token texts of each name at this node, for exact-case checks. */
  texts?: string[][];
}

export interface TrieMatch {
  /** One past the last token of the match. */
  end: number;
  names: KbName[];
}

const unifyQuotes = (s: string) => s.replace(/[’‘`]/g, "'");

/** A token trie over every knowledge-base name: longest match at a position. */
export class NameTrie {
  private readonly root: Node = { next: new Map() };
  /** First keys of names that may start with a lower-case word in the text ("al-Shabaab", "the Taliban"). */
  private readonly lowerStarts = new Set<string>();

  add(keys: string[], texts: string[], name: KbName): void {
    if (name.exactCase ? texts[0] !== undefined && texts[0] === texts[0].toLowerCase() : !name.upper[0]) this.lowerStarts.add(keys[0]);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    (node.names ??= []).push(name);
    (node.texts ??= []).push(texts);
  }

  /** The longest name starting at token `i` (before `limit`) whose case agrees with the text. */
  match(tokens: Token[], i: number, limit = tokens.length): TrieMatch | undefined {
    // Most tokens start no name: check before allocating anything.
    const first = tokens[i];
    if (!this.root.next.has(first.key)) return undefined;
    // "in", "to", "is" start only names written in capitals ("IN", "IS"): a lower-case word starts none of them.
    if (!first.upper && !first.caps && !this.lowerStarts.has(first.key)) return undefined;
    let node: Node | undefined = this.root;
    let best: TrieMatch | undefined;
    const used: Token[] = [];
    let j = i;
    while (j < limit) {
      const t = tokens[j];
      if (j > i && isJoiner(t) && t.glued && tokens[j + 1]?.glued) { j++; continue; }
      node = node.next.get(tokenKey(t));
      if (!node) break;
      used.push(t);
      j++;
      if (node.names) {
        const ok = node.names.filter((n, k) => caseAgrees(n, node!.texts![k], used));
        if (ok.length) best = { end: j, names: ok };
      }
    }
    return best;
  }
}

function caseAgrees(name: KbName, texts: string[], used: Token[]): boolean {
  if (name.exactCase) return used.every((t, k) => unifyQuotes(t.text) === unifyQuotes(texts[k]));
  // Capitalised words must be capitalised in the text too, except generic
  // heads the knowledge base marks as optional ("Pakistan army").
  return used.every((t, k) => !name.upper[k] || t.upper || t.caps);
}
