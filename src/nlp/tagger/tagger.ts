import type { Weights } from '../perceptron/weights.js';
import { wordAtoms } from './atoms.js';
import { MAX_TAG_FEATURES, tagFeatures, xposFeatures } from './features.js';

/**
 * What a trained tagger holds: the tags ("UPOS XPOS" pairs seen in
 * training), two passes over universal tags, a classifier for the
 * treebank's own tag given the universal one, a tag dictionary.
 */
export interface TaggerModel {
  /** Every "UPOS XPOS" pair seen in training: the tag ids the tagger returns. */
  tags: string[];
  first: Weights;
  second: Weights;
  xpos: Weights;
  /** Frequent words seen (almost) always with one tag: tagged without scoring. */
  dict: Map<string, number>;
  /** Lower-case words seen in training: others share the atoms of unknown words. */
  vocab: Set<string>;
}

/** The universal and treebank tag sets behind the pairs, and which pairs exist. */
export interface TagSets {
  upos: string[];
  xpos: string[];
  /** Per UPOS id, the XPOS ids it was seen with. */
  xposFor: Int32Array[];
  /** Pair id of (UPOS id, XPOS id): pairId[u * xpos.length + x], -1 if never seen. */
  pairId: Int32Array;
  /** UPOS id and XPOS id of each pair. */
  uposOf: Int32Array;
  xposOf: Int32Array;
}

export function tagSets(tags: string[]): TagSets {
  const upos = [...new Set(tags.map((t) => t.split(' ')[0]))].sort();
  const xpos = [...new Set(tags.map((t) => t.split(' ')[1]))].sort();
  const pairId = new Int32Array(upos.length * xpos.length).fill(-1);
  const uposOf = new Int32Array(tags.length), xposOf = new Int32Array(tags.length);
  const xposFor: number[][] = upos.map(() => []);
  tags.forEach((t, i) => {
    const [u, x] = t.split(' ');
    const ui = upos.indexOf(u), xi = xpos.indexOf(x);
    pairId[ui * xpos.length + xi] = i;
    uposOf[i] = ui;
    xposOf[i] = xi;
    xposFor[ui].push(xi);
  });
  return { upos, xpos, xposFor: xposFor.map((l) => Int32Array.from(l)), pairId, uposOf, xposOf };
}

/**
 * Tags words: the universal tag in two passes (left to right with the tags
 * before, then again with the first pass's tags after as well), then the
 * treebank tag among those the universal tag allows. Few classes per pass
 * keep the scoring cheap. Returns pair ids (into `model.tags`).
 */
export class Tagger {
  private feats = new Int32Array(MAX_TAG_FEATURES);
  private scores: Int32Array;
  private xscores: Int32Array;
  private atoms: Int32Array = new Int32Array(0);
  readonly sets: TagSets;

  constructor(readonly model: TaggerModel) {
    this.sets = tagSets(model.tags);
    this.scores = new Int32Array(this.sets.upos.length);
    this.xscores = new Int32Array(this.sets.xpos.length);
  }

  tag(words: readonly string[]): Int32Array {
    const n = words.length;
    const { sets, model } = this;
    const atoms = this.atoms = wordAtoms(words, model.vocab, this.atoms);
    const first = new Int32Array(n), upos = new Int32Array(n), out = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const d = model.dict.get(words[i]);
      if (d !== undefined) out[i] = d;
    }
    for (let i = 0; i < n; i++) {
      first[i] = out[i] >= 0 ? sets.uposOf[out[i]] : this.best(model.first, atoms, n, i, i > 0 ? first[i - 1] + 1 : 0, i > 1 ? first[i - 2] + 1 : 0, -1, -1);
    }
    for (let i = 0; i < n; i++) {
      if (out[i] >= 0) { upos[i] = sets.uposOf[out[i]]; continue; }
      const n1 = i + 1 < n ? first[i + 1] + 1 : 0;
      const n2 = i + 2 < n ? first[i + 2] + 1 : 0;
      upos[i] = this.best(model.second, atoms, n, i, i > 0 ? upos[i - 1] + 1 : 0, i > 1 ? upos[i - 2] + 1 : 0, n1, n2);
    }
    for (let i = 0; i < n; i++) {
      if (out[i] >= 0) continue;
      const allowed = sets.xposFor[upos[i]];
      let x = allowed[0];
      if (allowed.length > 1) {
        const k = xposFeatures(atoms, i, upos, this.feats);
        const s = this.xscores;
        s.fill(0);
        model.xpos.score(this.feats, k, s);
        for (let j = 1; j < allowed.length; j++) if (s[allowed[j]] > s[x]) x = allowed[j];
      }
      out[i] = sets.pairId[upos[i] * sets.xpos.length + x];
    }
    return out;
  }

  private best(w: Weights, atoms: Int32Array, n: number, i: number, p1: number, p2: number, n1: number, n2: number): number {
    const k = tagFeatures(atoms, n, i, p1, p2, n1, n2, this.feats);
    const s = this.scores;
    s.fill(0);
    w.score(this.feats, k, s);
    return argmax(s);
  }
}

/** The index of the highest score (the first on ties). */
export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}
