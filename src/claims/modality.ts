import type { Modality } from '../core/index.js';
import { attributionWords } from '../lang/en/index.js';
import type { ClaimGraph } from './graph.js';
import type { Frame } from './frames.js';

const RANK: Record<Modality, number> = { asserted: 0, reported: 1, hedged: 2, alleged: 3, question: 4 };

/**
 * How firmly the claim is made: a question; hedged or alleged by a word on
 * its trigger or the verbs above it ("reportedly", "may have", "is believed
 * to", "the alleged attack"); reported when a source frames it; else
 * asserted by the author.
 */
export function modalityOf(g: ClaimGraph, trigger: number, frames: Frame[]): Modality {
  const { hedges } = attributionWords();
  const s = g.sentenceOf(trigger);
  if (g.words[s.end - 1]?.form === "?") return 'question';
  let m: Modality = frames.length ? frames[frames.length - 1].modality : 'asserted';
  let x = trigger;
  for (let guard = 0; guard < 6 && x >= 0; guard++) {
    for (const c of g.tree.children(x)) {
      const rel = g.words[c].deprel;
      if (rel === 'advmod' || rel === 'aux' || rel === 'amod') {
        const h = hedges.get(g.lemma(c)) ?? hedges.get(g.words[c].form.toLowerCase());
        if (h && RANK[h] > RANK[m]) m = h;
      }
    }
    const w = g.words[x];
    const head = w.head;
    if (head < 0 || !(w.deprel === 'xcomp' || w.deprel === 'ccomp' && false)) break;
    // "is believed to have funded", "is suspected of": the raising verb hedges.
    const h = hedges.get(g.words[head].form.toLowerCase());
    if (h && RANK[h] > RANK[m]) m = h;
    x = head;
  }
  return m;
}
