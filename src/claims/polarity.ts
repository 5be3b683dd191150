import type { Polarity } from '../core/index.js';
import { attributionWords } from '../lang/en/index.js';
import type { ClaimGraph } from './graph.js';
import type { Frame } from './frames.js';
import type { LexEntry } from './lexicon/types.js';

/**
 * Negative when the claim's trigger, or a verb it depends on by control
 * ("refused to hand over", "did not agree to release"), is negated an odd
 * number of times, counting refusals and denials: "not", "never", "no support",
 * "refused to", "denied that".
 */
export function polarityOf(g: ClaimGraph, trigger: number, frames: Frame[], entry?: LexEntry, negated = false): Polarity {
  const words = attributionWords();
  // A word that itself ends the relation ("left the TTP", "severed ties") counts as one negation, as does a refused request.
  let negations = (entry?.polarity === 'negative' ? 1 : 0) + (negated ? 1 : 0);
  let x = trigger;
  for (let guard = 0; guard < 8; guard++) {
    negations += negationsOn(g, x);
    // The light verb of a noun trigger: "did not launch an attack".
    const w = g.words[x];
    if (w.head < 0) break;
    const h = w.head;
    const governs = w.deprel === 'xcomp' || (x === trigger && g.words[x].upos === 'NOUN' && (w.deprel === 'obj' || w.deprel === 'nsubj:pass')) || (w.deprel === 'ccomp' && words.refusalVerbs.has(g.lemma(h)));
    if (!governs) break;
    // Denials count through the frames (they also name who denies); refusals here.
    if (words.refusalVerbs.has(g.lemma(h)) && !words.denialVerbs.has(g.lemma(h))) negations++;
    x = h;
  }
  negations += frames.filter((f) => f.denial).length;
  return negations % 2 === 1 ? 'negative' : 'positive';
}

function negationsOn(g: ClaimGraph, word: number): number {
  const neg = attributionWords().negations;
  // "Isn't the ISI backing the Taliban?": a negation inverted before the subject of a question asks for a yes.
  const s = g.sentenceOf(word);
  const subject = g.words[s.end - 1]?.form === '?' ? g.tree.child(word, (r) => r === 'nsubj' || r === 'nsubj:pass') : -1;
  let n = 0;
  for (const c of g.tree.children(word)) {
    if (c < subject) continue;
    const rel = g.words[c].deprel;
    if ((rel === 'advmod' || rel === 'det' || rel === 'cc:preconj' || rel === 'neg') && neg.has(g.lemma(c))) n++;
  }
  return n;
}
