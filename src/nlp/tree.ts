import type { NexusDocument, Word } from '../core/index.js';

/**
 * Reading a document's dependency trees: children by relation, subtrees and
 * their spans, coordination, the clause and governing verb of a word. Built
 * once per document (children lists in flat arrays) and passed to the stages
 * that read the parse.
 */
export class DocTree {
  readonly words: Word[];
  /** Children of word i are kids[kidStart[i] .. kidStart[i + 1]), in text order. */
  private readonly kidStart: Int32Array;
  private readonly kids: Int32Array;

  constructor(doc: Pick<NexusDocument, 'words'>) {
    const words = this.words = doc.words;
    const n = words.length;
    const count = new Int32Array(n + 1);
    for (const w of words) if (w.head >= 0) count[w.head + 1]++;
    for (let i = 0; i < n; i++) count[i + 1] += count[i];
    this.kidStart = count;
    const fill = count.slice(0, n);
    const kids = new Int32Array(Math.max(0, count[n]));
    for (let i = 0; i < n; i++) { const h = words[i].head; if (h >= 0) kids[fill[h]++] = i; }
    this.kids = kids;
  }

  /** The children of word i (text order), optionally only those whose relation is or starts with `rel` ("obl" matches "obl:agent"). */
  children(i: number, rel?: string | ((deprel: string) => boolean)): number[] {
    const out: number[] = [];
    for (let k = this.kidStart[i]; k < this.kidStart[i + 1]; k++) {
      const c = this.kids[k];
      if (rel === undefined || matchesRel(this.words[c].deprel, rel)) out.push(c);
    }
    return out;
  }

  /** The first child with the relation, or -1. */
  child(i: number, rel: string | ((deprel: string) => boolean)): number {
    for (let k = this.kidStart[i]; k < this.kidStart[i + 1]; k++) {
      const c = this.kids[k];
      if (matchesRel(this.words[c].deprel, rel)) return c;
    }
    return -1;
  }

  /** Every word under i, i included, in text order. */
  subtree(i: number): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length) {
      const x = stack.pop()!;
      out.push(x);
      for (let k = this.kidStart[x]; k < this.kidStart[x + 1]; k++) stack.push(this.kids[k]);
    }
    return out.sort((a, b) => a - b);
  }

  /** The span from the first to the last word under i. */
  span(i: number, skip?: (word: number) => boolean): { start: number; end: number } {
    const words = this.subtree(i).filter((w) => w === i || !skip?.(w));
    return { start: this.words[words[0]].start, end: this.words[words[words.length - 1]].end };
  }

  /** Word i and the words coordinated with it ("X, Y and Z"), in text order. */
  conjuncts(i: number): number[] {
    let first = i;
    while (this.words[first].deprel === 'conj' && this.words[first].head >= 0) first = this.words[first].head;
    const out = [first];
    for (let k = 0; k < out.length; k++) for (const c of this.children(out[k], 'conj')) out.push(c);
    return out.sort((a, b) => a - b);
  }

  /** Whether word i is `a` or lies under it. */
  dominates(a: number, i: number): boolean {
    for (let x = i, guard = 0; x >= 0 && guard < 1000; guard++, x = this.words[x].head) if (x === a) return true;
    return false;
  }

  /** The nearest word at or above i that heads a clause (a verb, or a predicate with a subject or copula). */
  clause(i: number): number {
    for (let x = i, guard = 0; x >= 0 && guard < 1000; guard++) {
      const w = this.words[x];
      if (w.upos === 'VERB' || this.child(x, 'cop') >= 0 || this.child(x, (r) => r.startsWith('nsubj')) >= 0) return x;
      if (w.head < 0) return x;
      x = w.head;
    }
    return i;
  }

  /** The nearest verb above i (not i itself), or -1. */
  governingVerb(i: number): number {
    for (let x = this.words[i].head, guard = 0; x >= 0 && guard < 1000; guard++, x = this.words[x].head) {
      if (this.words[x].upos === 'VERB') return x;
    }
    return -1;
  }

  /** The root word of the sentence of word i. */
  root(i: number): number {
    let x = i;
    for (let guard = 0; this.words[x].head >= 0 && guard < 1000; guard++) x = this.words[x].head;
    return x;
  }
}

function matchesRel(deprel: string, rel: string | ((deprel: string) => boolean)): boolean {
  if (typeof rel === 'function') return rel(deprel);
  return deprel === rel || (deprel.startsWith(rel) && deprel[rel.length] === ':');
}
