import type { ConlluSentence } from '../conllu/types.js';
import { Lemmatizer } from './lemmatizer.js';

/**
 * The exception table: for each form and tag the treebank shows, its most
 * frequent lemma, kept only where the rules would give another one. The
 * table stays small and the rules carry everything regular.
 */
export function trainLemmas(sentences: ConlluSentence[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const upos = new Map<string, string>();
  for (const s of sentences) for (const w of s.words) {
    const key = `${w.form}\t${w.xpos}`;
    let c = counts.get(key);
    if (!c) counts.set(key, c = new Map());
    c.set(w.lemma, (c.get(w.lemma) ?? 0) + 1);
    upos.set(key, w.upos);
  }
  const rules = new Lemmatizer(new Map());
  const table = new Map<string, string>();
  for (const [key, c] of counts) {
    let best = '', n = -1;
    for (const [lemma, k] of c) if (k > n) { best = lemma; n = k; }
    const [form, xpos] = key.split('\t');
    if (rules.byRule(form, upos.get(key)!, xpos) !== best) table.set(key, best);
  }
  return table;
}
