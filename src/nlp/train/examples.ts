import type { ConlluSentence } from '../conllu/types.js';
import { sentenceAtoms } from '../parser/atoms.js';
import { unknownWord } from '../tagger/atoms.js';
import { projectivize } from '../parser/projectivize.js';
import type { ParseExample } from '../parser/train.js';

/**
 * Turns a treebank sentence with (predicted) tag ids into a parser training
 * example; with `counts` (lower-case word counts of the training text) it
 * also keeps each word's count and unknown-word atom, for word dropout.
 */
export function parseExample(s: ConlluSentence, tags: ArrayLike<number>, coarse: ArrayLike<number>, labelIndex: Map<string, number>, vocab: ReadonlySet<string>, counts?: ReadonlyMap<string, number>): ParseExample {
  const n = s.words.length;
  const heads = new Int32Array(n + 1), labels = new Int32Array(n + 1);
  s.words.forEach((w, i) => { heads[i + 1] = w.head; labels[i + 1] = labelIndex.get(w.deprel) ?? 0; });
  projectivize(heads);
  const forms = s.words.map((w) => w.form);
  const atoms = sentenceAtoms(forms, tags, coarse, vocab);
  if (!counts) return { atoms, n, heads, labels };
  const unknown = new Int32Array(n + 1), count = new Int32Array(n + 1);
  forms.forEach((f, i) => { unknown[i + 1] = unknownWord(f); count[i + 1] = counts.get(f.toLowerCase()) ?? 0; });
  return { atoms, n, heads, labels, unknown, count };
}
