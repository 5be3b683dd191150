import type { DenseWeights } from '../perceptron/dense.js';
import type { Weights } from '../perceptron/weights.js';
import { MAX_PARSE_FEATURES, parseFeatures, type SentenceAtoms } from './features.js';
import { labelFeatures, MAX_LABEL_FEATURES } from './label-features.js';
import { LEFT, MOVES, ParseState, RIGHT } from './state.js';

export interface ParserModel {
  labels: string[];
  moves: DenseWeights;
  arcs: Weights;
  /** The transition system puts the root after the words (see ParseState). */
  rootLast?: boolean;
}

export interface Parse {
  /** 1-based heads, 0 the root; index 0 unused. */
  heads: Int32Array;
  /** Label ids into the model's labels; index 0 unused. */
  labels: Int32Array;
}

/**
 * A greedy arc-eager parser: at each state the best valid move by the move
 * weights, and for each arc the best label by the arc weights. Words left
 * without a head at the end attach to the root word, so every sentence is
 * one rooted tree.
 */
export class Parser {
  private feats = new Int32Array(MAX_PARSE_FEATURES);
  private lfeats = new Int32Array(MAX_LABEL_FEATURES);
  private scores = new Int32Array(MOVES);
  private lscores: Int32Array;
  readonly rootLabel: number;

  constructor(readonly model: ParserModel) {
    this.lscores = new Int32Array(model.labels.length);
    this.rootLabel = model.labels.indexOf('root');
  }

  parse(atoms: SentenceAtoms, n: number): Parse {
    const st = new ParseState(n, this.model.rootLast);
    while (!st.done) {
      // A move that is the only valid one needs no scoring: with the root
      // last, every move after the last word is forced.
      let move = -1, valid = 0;
      for (let m = 0; m < MOVES; m++) if (st.valid(m)) { valid++; move = m; }
      if (valid > 1) {
        const k = parseFeatures(st, atoms, this.feats);
        const s = this.scores;
        s.fill(0);
        this.model.moves.score(this.feats, k, s);
        move = -1;
        for (let m = 0; m < MOVES; m++) if (st.valid(m) && (move < 0 || s[m] > s[move])) move = m;
      }
      let label = -1;
      if (move === LEFT) label = this.label(st, atoms, st.n0, st.s0);
      else if (move === RIGHT) label = this.label(st, atoms, st.s0, st.b);
      st.apply(move, label);
    }
    finish(st, (h, d) => this.label(st, atoms, h, d));
    return { heads: st.heads, labels: st.labels };
  }

  /** The best label for head -> dep: "root" exactly for the root's dependent. */
  label(st: ParseState, atoms: SentenceAtoms, head: number, dep: number): number {
    if (head === 0) return this.rootLabel;
    const k = labelFeatures(st, atoms, head, dep, this.lfeats);
    const s = this.lscores;
    s.fill(0);
    this.model.arcs.score(this.lfeats, k, s);
    let best = -1;
    for (let c = 0; c < s.length; c++) if (c !== this.rootLabel && (best < 0 || s[c] > s[best])) best = c;
    return best;
  }
}

/**
 * Makes the parse one rooted tree: words left without a head attach to the
 * root word, or the first becomes it; where the root took several words
 * (with the root last), the first stays its dependent and the others attach
 * to it.
 */
export function finish(st: ParseState, label: (head: number, dep: number) => number): void {
  let root = -1;
  for (let i = 1; i <= st.n; i++) {
    if (st.heads[i] !== 0) continue;
    if (root < 0) { root = i; continue; }
    st.heads[i] = root;
    st.labels[i] = label(root, i);
  }
  for (let i = 1; i <= st.n; i++) {
    if (st.heads[i] !== -1) continue;
    if (root < 0) { root = i; st.attach(0, i, label(0, i)); continue; }
    st.attach(root, i, label(root, i));
  }
}
