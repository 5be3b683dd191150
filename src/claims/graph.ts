import type { AmountValue, Entity, Mention, NexusDocument, Word } from '../core/index.js';
import { findAmounts } from './values.js';
import { DocTree } from '../nlp/index.js';

/**
 * The document as the claim rules read it: the dependency trees, and for
 * each word the entity mention it lies in (names, acronyms, metonyms, and the
 * pronouns and descriptions the entities stage resolved). A word that only
 * contains a mention ("anti-Taliban") knows it too, as its inner entity.
 */
export class ClaimGraph {
  readonly tree: DocTree;
  readonly words: Word[];
  /** Per word: index of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
  /** Per word: index of a mention inside the word ("Taliban" in "anti-Taliban"), or -1. */
  readonly innerAt: Int32Array;
  readonly entities: Map<string, Entity>;
  private demonyms?: Map<string, Entity>;
  private names?: Map<string, Entity>;
  /** Per word: its lemma in lower case. */
  private readonly lemmas: string[];

  constructor(readonly doc: NexusDocument) {
    this.tree = new DocTree(doc);
    this.words = doc.words;
    this.lemmas = doc.words.map((w) => w.lemma.toLowerCase());
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    const n = doc.words.length;
    this.mentionAt = new Int32Array(n).fill(-1);
    this.innerAt = new Int32Array(n).fill(-1);
    // Longest mentions first: "the CIA Director" (a person) wins over "CIA" inside it.
    const order = doc.mentions.map((_, i) => i).sort((a, b) => (doc.mentions[b].end - doc.mentions[b].start) - (doc.mentions[a].end - doc.mentions[a].start));
    for (const m of order) {
      const mention = doc.mentions[m];
      if (!this.entities.has(mention.entity)) continue;
      let k = firstWordEndingAfter(doc.words, mention.start);
      for (; k < n && doc.words[k].start < mention.end; k++) {
        const w = doc.words[k];
        if (w.start >= mention.start && w.end <= mention.end) { if (this.mentionAt[k] < 0) this.mentionAt[k] = m; }
        else if (this.innerAt[k] < 0) this.innerAt[k] = m;
      }
    }
  }

  mention(word: number): Mention | undefined {
    const m = this.mentionAt[word];
    return m >= 0 ? this.doc.mentions[m] : undefined;
  }

  /** The entity of the mention covering the word. */
  entity(word: number): Entity | undefined {
    const m = this.mentionAt[word];
    return m >= 0 ? this.entities.get(this.doc.mentions[m].entity) : undefined;
  }

  /** The entity named inside the word, for compounds like "anti-Taliban" or "ISIS-linked". */
  innerEntity(word: number): Entity | undefined {
    const m = this.innerAt[word];
    return m >= 0 ? this.entities.get(this.doc.mentions[m].entity) : undefined;
  }

  /**
   * The state a demonym stands for where it names no mention of its own
   * ("Israeli strikes", "US and British jets"): the entities stage keeps a
   * state's demonyms the text used among its aliases, once the state is named.
   */
  demonym(word: number): Entity | undefined {
    const w = this.words[word];
    if (this.mentionAt[word] >= 0 || (w.upos !== 'ADJ' && w.upos !== 'PROPN') || !/^\p{Lu}/u.test(w.form)) return undefined;
    this.demonyms ??= new Map(this.doc.entities.filter((e) => e.type === 'StateBody' && e.kbId).flatMap((e) => e.aliases.map((a) => [a.toLowerCase(), e] as const)));
    return this.demonyms.get(w.form.toLowerCase());
  }

  /**
   * A name before a hyphen inside a longer mention ("US" in "the US-led
   * coalition", "Saudi" in "Saudi-led coalition"): the entity that name is a
   * form of, when the text names it elsewhere, rather than the whole.
   */
  hyphenatedName(word: number): Entity | undefined {
    const m = this.mentionAt[word];
    const next = this.words[word + 1];
    if (m < 0 || !next || next.xpos !== 'HYPH' || next.end >= this.doc.mentions[m].end) return undefined;
    this.names ??= new Map(this.doc.entities.filter((e) => e.kbId).flatMap((e) => [e.name, ...e.aliases].map((a) => [a.toLowerCase(), e] as const)));
    const e = this.names.get(this.words[word].form.toLowerCase());
    return e && e.id !== this.doc.mentions[m].entity ? e : undefined;
  }

  lemma(word: number): string {
    return this.lemmas[word] ?? this.words[word].lemma.toLowerCase();
  }

  /** The case word of a nominal ("against" in "against the army"); several words joined ("according to"). */
  caseOf(word: number): string | undefined {
    const c = this.tree.children(word, (r) => r === 'case' || r === 'mark');
    if (!c.length) return undefined;
    // The written form, not the lemma: "including" (lemma "include"), "according to".
    const first = c[0];
    const fixed = this.tree.children(first, 'fixed').map((f) => this.words[f].form.toLowerCase());
    return [this.words[first].form.toLowerCase(), ...fixed].join(' ');
  }

  /** The first sum of money in a word's objects read together: "paid Rs | 50 lakh" may come parsed as two. */
  amountInObjects(word: number): AmountValue | undefined {
    const sub = this.tree.children(word, (r) => r === 'obj' || r === 'iobj').flatMap((c) => this.tree.subtree(c)).sort((a, b) => a - b);
    if (!sub.length) return undefined;
    const from = this.words[sub[0]].start, to = this.words[sub[sub.length - 1]].end;
    return findAmounts(this.doc.text.slice(from, to), from)[0];
  }

  /** The words of the sentence a word is in: first, and one past the last. */
  sentenceOf(word: number): { first: number; end: number } {
    const s = this.doc.sentences[this.words[word].sentence];
    return { first: s.wordFirst, end: s.wordLast };
  }
}

function firstWordEndingAfter(words: Word[], pos: number): number {
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
