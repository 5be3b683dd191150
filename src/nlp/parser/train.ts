import { TrainWeights } from '../perceptron/train-weights.js';
import { shuffle, type Random } from '../perceptron/random.js';
import { wordTagAtom } from './atoms.js';
import { MAX_PARSE_FEATURES, parseFeatures, type SentenceAtoms } from './features.js';
import { labelFeatures, MAX_LABEL_FEATURES } from './label-features.js';
import { moveCost } from './oracle.js';
import type { ParserModel } from './parser.js';
import { LEFT, MOVES, ParseState, RIGHT } from './state.js';

/** A training sentence: atoms (from predicted tags), gold heads made projective, gold label ids. */
export interface ParseExample {
  atoms: SentenceAtoms;
  n: number;
  heads: Int32Array;
  labels: Int32Array;
  /** Each word's unknown-word atom and its count in the training text (1-based), for word dropout. */
  unknown?: Int32Array;
  count?: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  random: Random;
  /** From this epoch on (0-based), follow the model's own move this often. */
  exploreFrom?: number;
  explore?: number;
  /**
   * Word dropout (Kiperwasser and Goldberg 2016): a word seen c times in
   * training stands as an unknown word with probability a / (a + c) in each
   * epoch, so the weights of unknown words' atoms are learnt (without it no
   * training word is unknown, and at run time an unseen word's features
   * weigh nothing). 0 turns it off. Draws from its own seeded stream.
   */
  wordDropout?: number;
  dropoutRandom?: Random;
  /** The root after the words (see ParseState). */
  rootLast?: boolean;
  log?: (line: string) => void;
  /** Called after each epoch with the averaged model, to score it on held-out data. */
  onEpoch?: (epoch: number, model: () => ParserModel) => void;
}

/**
 * Trains the move and label classifiers with the dynamic oracle: from every
 * state the parser reaches, the best zero-cost move is learnt against the
 * move the model preferred; after the first epochs the parser follows its
 * own (possibly wrong) moves, so it meets the states it will meet in use.
 */
export function trainParser(examples: ParseExample[], labels: string[], opts: ParserTraining): ParserModel {
  const moves = new TrainWeights(MOVES, 1 << 21);
  const arcs = new TrainWeights(labels.length, 1 << 20);
  const feats = new Int32Array(MAX_PARSE_FEATURES);
  const lfeats = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(MOVES);
  const lscores = new Float32Array(labels.length);
  const costs = new Int32Array(MOVES);
  const root = labels.indexOf('root');
  const order = examples.map((_, i) => i);
  const exploreFrom = opts.exploreFrom ?? 1, explore = opts.explore ?? 0.9;
  const dropout = opts.wordDropout ?? 0;
  const rootLast = opts.rootLast ?? false;
  const average = (): ParserModel => ({ labels, rootLast, moves: moves.averageDense(0.01), arcs: arcs.average(0.01) });
  const label = (st: ParseState, ex: ParseExample, head: number, dep: number): number => {
    const gold = ex.heads[dep] === head ? ex.labels[dep] : -1;
    if (head === 0) return root;
    const k = labelFeatures(st, ex.atoms, head, dep, lfeats);
    lscores.fill(0);
    arcs.score(lfeats, k, lscores);
    let best = -1;
    for (let c = 0; c < labels.length; c++) if (c !== root && (best < 0 || lscores[c] > lscores[best])) best = c;
    if (gold >= 0 && gold !== best) { arcs.update(lfeats, k, gold, 1); arcs.update(lfeats, k, best, -1); }
    arcs.time++;
    return best;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, opts.random);
    let right = 0, total = 0;
    for (const i of order) {
      const ex = withDropout(examples[i], dropout, opts.dropoutRandom ?? opts.random);
      const st = new ParseState(ex.n, rootLast);
      while (!st.done) {
        const k = parseFeatures(st, ex.atoms, feats);
        scores.fill(0);
        moves.score(feats, k, scores);
        let pred = -1, best = -1, min = Infinity;
        for (let m = 0; m < MOVES; m++) {
          if (!st.valid(m)) { costs[m] = -1; continue; }
          costs[m] = moveCost(st, m, ex.heads);
          if (costs[m] < min) min = costs[m];
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
        }
        for (let m = 0; m < MOVES; m++) if (costs[m] === min && (best < 0 || scores[m] > scores[best])) best = m;
        if (costs[pred] > min) { moves.update(feats, k, best, 1); moves.update(feats, k, pred, -1); }
        moves.time++;
        const move = epoch >= exploreFrom && opts.random() < explore ? pred : best;
        let lab = -1;
        if (move === LEFT) lab = label(st, ex, st.n0, st.s0);
        else if (move === RIGHT) lab = label(st, ex, st.s0, st.b);
        st.apply(move, lab);
      }
      for (let d = 1; d <= ex.n; d++) { total++; if (st.heads[d] === ex.heads[d]) right++; }
    }
    opts.log?.(`parser epoch ${epoch + 1}: ${(100 * right / total).toFixed(2)}% heads right on training sentences`);
    opts.onEpoch?.(epoch, average);
  }
  return average();
}

/** The example with words dropped to their unknown-word atom (see ParserTraining.wordDropout); itself when there is nothing to drop. */
function withDropout(ex: ParseExample, a: number, random: Random): ParseExample {
  if (a <= 0 || !ex.unknown || !ex.count) return ex;
  const { w, p, wp, u } = ex.atoms;
  let w2: Int32Array | undefined, wp2: Int32Array | undefined;
  for (let i = 1; i <= ex.n; i++) {
    if (random() >= a / (a + ex.count[i])) continue;
    if (!w2) { w2 = Int32Array.from(w); wp2 = Int32Array.from(wp); }
    w2[i] = ex.unknown[i];
    wp2![i] = wordTagAtom(w2[i], p[i]);
  }
  return w2 ? { ...ex, atoms: { w: w2, p, wp: wp2!, u } } : ex;
}
