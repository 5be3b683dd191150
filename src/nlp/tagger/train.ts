import type { ConlluSentence } from '../conllu/types.js';
import { TrainWeights } from '../perceptron/train-weights.js';
import { wordAtoms } from './atoms.js';
import { MAX_TAG_FEATURES, tagFeatures, xposFeatures } from './features.js';
import { argmax, tagSets, type TaggerModel } from './tagger.js';
import { shuffle, type Random } from '../perceptron/random.js';

export interface TaggerTraining {
  epochs: number;
  random: Random;
  log?: (line: string) => void;
  /** Least count of a (lower-case) word for it to have features of its own. */
  vocabMin?: number;
  /** Least count and share of its commonest tag for a word to enter the dictionary. */
  dictMin?: number;
  dictShare?: number;
}

export const tagOf = (w: { upos: string; xpos: string }) => `${w.upos} ${w.xpos}`;

/**
 * Trains the tagger: both universal-tag passes together, one perceptron
 * update per word each, and the treebank-tag classifier on the gold
 * universal tags.
 */
export function trainTagger(sentences: ConlluSentence[], opts: TaggerTraining): TaggerModel {
  const names = [...new Set(sentences.flatMap((s) => s.words.map(tagOf)))].sort();
  const index = new Map(names.map((t, i) => [t, i]));
  const sets = tagSets(names);
  const dict = tagDictionary(sentences, index, opts.dictMin ?? 20, opts.dictShare ?? 0.995);
  const vocab = vocabulary(sentences, opts.vocabMin ?? 1);

  const first = new TrainWeights(sets.upos.length, 1 << 20);
  const second = new TrainWeights(sets.upos.length, 1 << 20);
  const xpos = new TrainWeights(sets.xpos.length, 1 << 18);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const scores = new Float32Array(sets.upos.length);
  const xscores = new Float32Array(sets.xpos.length);
  const order = sentences.map((_, i) => i);
  const best = (w: TrainWeights, k: number) => {
    scores.fill(0);
    w.score(feats, k, scores);
    return argmax(scores);
  };
  let atoms: Int32Array = new Int32Array(0);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, opts.random);
    let right = 0, total = 0;
    for (const si of order) {
      const words = sentences[si].words;
      const forms = words.map((w) => w.form);
      const pair = words.map((w) => index.get(tagOf(w))!);
      const gold = pair.map((p) => sets.uposOf[p]);
      const goldTags = Int32Array.from(gold);
      const n = forms.length;
      atoms = wordAtoms(forms, vocab, atoms);
      const guess = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const k = tagFeatures(atoms, n, i, i > 0 ? guess[i - 1] + 1 : 0, i > 1 ? guess[i - 2] + 1 : 0, -1, -1, feats);
        const g = best(first, k);
        if (g !== gold[i]) { first.update(feats, k, gold[i], 1); first.update(feats, k, g, -1); }
        first.time++;
        guess[i] = g;
      }
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const k = tagFeatures(atoms, n, i, i > 0 ? out[i - 1] + 1 : 0, i > 1 ? out[i - 2] + 1 : 0, i + 1 < n ? guess[i + 1] + 1 : 0, i + 2 < n ? guess[i + 2] + 1 : 0, feats);
        const g = best(second, k);
        if (g !== gold[i]) { second.update(feats, k, gold[i], 1); second.update(feats, k, g, -1); }
        second.time++;
        out[i] = g;
        total++;
        if (g === gold[i]) right++;
      }
      for (let i = 0; i < n; i++) {
        const allowed = sets.xposFor[gold[i]];
        if (allowed.length < 2) continue;
        const k = xposFeatures(atoms, i, goldTags, feats);
        xscores.fill(0);
        xpos.score(feats, k, xscores);
        let x = allowed[0];
        for (let j = 1; j < allowed.length; j++) if (xscores[allowed[j]] > xscores[x]) x = allowed[j];
        const want = sets.xposOf[pair[i]];
        if (x !== want) { xpos.update(feats, k, want, 1); xpos.update(feats, k, x, -1); }
        xpos.time++;
      }
    }
    opts.log?.(`tagger epoch ${epoch + 1}: ${(100 * right / total).toFixed(2)}% universal tags right on training words`);
  }
  return { tags: names, first: first.average(0.001), second: second.average(0.001), xpos: xpos.average(0.001), dict, vocab };
}

function tagDictionary(sentences: ConlluSentence[], index: Map<string, number>, min: number, share: number): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) for (const w of s.words) {
    let c = counts.get(w.form);
    if (!c) counts.set(w.form, c = new Map());
    const t = index.get(tagOf(w))!;
    c.set(t, (c.get(t) ?? 0) + 1);
  }
  const dict = new Map<string, number>();
  for (const [form, c] of counts) {
    let total = 0, top = -1, topN = 0;
    for (const [t, k] of c) { total += k; if (k > topN) { top = t; topN = k; } }
    if (total >= min && topN / total >= share) dict.set(form, top);
  }
  return dict;
}


/** Lower-case words seen at least `min` times. */
export function vocabulary(sentences: ConlluSentence[], min: number): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) { const k = w.form.toLowerCase(); counts.set(k, (counts.get(k) ?? 0) + 1); }
  return new Set([...counts].filter(([, n]) => n >= min).map(([k]) => k).sort());
}
