import type { ConlluSentence } from '../conllu/types.js';
import { sentenceAtoms } from '../parser/atoms.js';
import { projectivize } from '../parser/projectivize.js';
import type { ParseExample } from '../parser/train.js';

/** Turns a treebank sentence with (predicted) tag ids into a parser training example. */
export function parseExample(s: ConlluSentence, tags: ArrayLike<number>, coarse: ArrayLike<number>, labelIndex: Map<string, number>, vocab: ReadonlySet<string>): ParseExample {
  const n = s.words.length;
  const heads = new Int32Array(n + 1), labels = new Int32Array(n + 1);
  s.words.forEach((w, i) => { heads[i + 1] = w.head; labels[i + 1] = labelIndex.get(w.deprel) ?? 0; });
  projectivize(heads);
  return { atoms: sentenceAtoms(s.words.map((w) => w.form), tags, coarse, vocab), n, heads, labels };
}
