import type { Token } from '../core/index.js';
import { isJoiner, tokenKey } from './keys.js';
import type { IndexedName } from './names.js';
import type { KbName } from './types.js';

interface Node {
  next: Map<string, Node>;
  names?: KbName[];
  /** Token texts of each name at this node (quotes unified), for exact-case checks. */
  texts?: string[][];
}

export interface TrieMatch {
  /** One past the last token of the match. */
  end: number;
  names: KbName[];
}

const unifyQuotes = (s: string) => (/[’‘`]/.test(s) ? s.replace(/[’‘`]/g, "'") : s);

/** Names grouped by their first key, each group in entry order (see names.ts). */
export interface NameSource {
  get(firstKey: string): IndexedName[] | undefined;
}

/**
 * A token trie over every knowledge-base name: longest match at a position.
 * The names under a first key are added the first time a text token has that
 * key: a document meets a few hundred of the ~15,000, and the source may read
 * them from the on-disk index only then (name-cache.ts).
 */
export class NameTrie {
  private readonly root: Node = { next: new Map() };
  /** First keys of names that may start with a lower-case word in the text ("al-Shabaab", "the Taliban"). */
  private readonly lowerStarts = new Set<string>();
  /** First keys already looked up in the source. */
  private readonly seen = new Set<string>();

  constructor(private readonly source: NameSource) {}

  private add(keys: string[], texts: string[], name: KbName): void {
    if (name.exactCase ? texts[0] !== undefined && texts[0] === texts[0].toLowerCase() : !name.upper[0]) this.lowerStarts.add(keys[0]);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    (node.names ??= []).push(name);
    (node.texts ??= []).push(texts.map(unifyQuotes));
  }

  /** The root's child for a first key, its names added on first use. */
  private start(key: string): Node | undefined {
    const node = this.root.next.get(key);
    if (node || this.seen.has(key)) return node;
    this.seen.add(key);
    for (const n of this.source.get(key) ?? []) this.add(n.keys, n.texts, n.name);
    return this.root.next.get(key);
  }

  /** The longest name starting at token `i` (before `limit`) whose case agrees with the text. */
  match(tokens: Token[], i: number, limit = tokens.length): TrieMatch | undefined {
    // Most tokens start no name: check before allocating anything.
    const first = tokens[i];
    let node = this.start(first.key);
    if (!node) return undefined;
    // "in", "to", "is" start only names written in capitals ("IN", "IS"): a lower-case word starts none of them.
    if (!first.upper && !first.caps && !this.lowerStarts.has(first.key)) return undefined;
    let best: TrieMatch | undefined;
    // Token indices matched so far (joiners between name parts are skipped).
    const used: number[] = [i];
    let j = i + 1;
    for (;;) {
      if (node.names) {
        const names = node.names, texts = node.texts!;
        let ok: KbName[] | undefined;
        for (let k = 0; k < names.length; k++) if (caseAgrees(names[k], texts[k], tokens, used)) (ok ??= []).push(names[k]);
        if (ok) best = { end: j, names: ok };
      }
      if (j >= limit) break;
      let t = tokens[j];
      if (isJoiner(t) && t.glued && tokens[j + 1]?.glued) { j++; if (j >= limit) break; t = tokens[j]; }
      const child = node.next.get(tokenKey(t));
      if (!child) break;
      node = child;
      used.push(j);
      j++;
    }
    return best;
  }
}

function caseAgrees(name: KbName, texts: string[], tokens: Token[], used: number[]): boolean {
  if (name.exactCase) {
    for (let k = 0; k < used.length; k++) { const text = tokens[used[k]].text; if (text !== texts[k] && unifyQuotes(text) !== texts[k]) return false; }
    return true;
  }
  // Capitalised words must be capitalised in the text too, except generic
  // heads the knowledge base marks as optional ("Pakistan army").
  for (let k = 0; k < used.length; k++) { const t = tokens[used[k]]; if (name.upper[k] && !t.upper && !t.caps) return false; }
  return true;
}
