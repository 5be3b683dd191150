import { labelWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';

/**
 * Who a labelling verb labels, when the label praises or blames ("called
 * Fano bandits", "described Pakistan as a phenomenal partner", "branded the
 * group terrorists"): the object, when the label (a second object, an "as"
 * phrase or a predicate) or one of its modifiers is a word of that kind.
 */
export function labelled(g: ClaimGraph, verb: number, kind: 'praise' | 'blame'): number[] {
  const words = labelWords();
  if (!words.labelVerbs.has(g.lemma(verb))) return [];
  const list = kind === 'praise' ? words.praiseWords : words.blameWords;
  const objects = g.tree.children(verb, (r) => r === 'obj' || r === 'iobj');
  if (!objects.length) return [];
  // "called Fano bandits" read as one noun phrase: the name before the label is the one labelled.
  const fused = objects.filter((o) => list.has(g.lemma(o))).flatMap((o) => g.tree.children(o, 'compound').filter((c) => g.entity(c)));
  if (fused.length) return fused;
  const labels = [
    ...g.tree.children(verb, (r) => r === 'xcomp' || r === 'obl' || r === 'advcl'),
    ...objects.flatMap((o) => g.tree.children(o, (r) => r.startsWith('nmod') || r === 'acl')),
    // "called Fano bandits" read as two objects: the later one is the label.
    ...objects.slice(1),
  ].filter((l) => g.words[l].deprel === 'xcomp' || g.words[l].deprel === 'obj' || g.words[l].deprel === 'iobj' || g.caseOf(l) === 'as' || g.tree.children(l, 'mark').some((m) => g.lemma(m) === 'as'));
  const says = labels.some((l) => list.has(g.lemma(l)) || g.tree.children(l, (r) => r === 'amod' || r === 'compound').some((m) => list.has(g.lemma(m))));
  return says ? objects.filter((o) => !labels.includes(o)) : [];
}
