import type { ConlluSentence } from '../conllu/types.js';

export interface UdScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

/**
 * Scores predicted sentences against gold ones with the same words, as the
 * CoNLL 2018 shared task does: LAS compares the universal part of the
 * relation ("obl" for "obl:agent"). Percentages.
 */
export function scoreParses(gold: ConlluSentence[], pred: ConlluSentence[]): UdScores {
  let n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  gold.forEach((g, i) => g.words.forEach((w, j) => {
    const p = pred[i].words[j];
    n++;
    if (p.upos === w.upos) upos++;
    if (p.xpos === w.xpos) xpos++;
    if (p.lemma === w.lemma) lemma++;
    if (p.head === w.head) { uas++; if (p.deprel.split(':')[0] === w.deprel.split(':')[0]) las++; }
  }));
  const pct = (x: number) => (n ? (100 * x) / n : 0);
  return { words: n, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma), uas: pct(uas), las: pct(las) };
}
