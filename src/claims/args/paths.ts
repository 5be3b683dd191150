import { actorWords, type ActorWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';

/**
 * Dependency paths from a trigger, as data: steps joined by "/". A step is
 *   "rel"        the children with one of these relations ("obl|nmod"),
 *   "rel>word"   those whose case word is one of these ("obl|nmod>against|on"),
 *   "^rel"       the head, when the word hangs from it by one of these relations,
 *   "."          the word itself;
 * a step may end in "{rel=word}": only words with such a child ("obj{advmod=alongside}",
 * for the object the tagger took "alongside" before as an adverb), or in
 * "[@list]": only words whose lemma is in that list of actors.json
 * ("^obj[@copulaVerbs]/nsubj": the subject of "remains" in "X remains a stronghold").
 * "nsubj:pass" matches only itself; "obl" matches "obl" and none of its
 * subtypes except where listed.
 */
export type Path = string;

export function follow(g: ClaimGraph, from: number, path: Path): number[] {
  let current = [from];
  for (const step of path.split('/')) {
    const next: number[] = [];
    for (const w of current) for (const x of stepFrom(g, w, step)) if (!next.includes(x)) next.push(x);
    current = next;
    if (!current.length) break;
  }
  return current;
}

function stepFrom(g: ClaimGraph, w: number, step: string): number[] {
  const listed = /^(.*)\[@([A-Za-z]+)\]$/.exec(step);
  if (listed) {
    const list = actorWords()[listed[2] as keyof ActorWords];
    if (!list) throw new Error(`path step "${step}": no word list "${listed[2]}" in src/lang/en/actors.json`);
    return stepFrom(g, w, listed[1]).filter((x) => list.has(g.lemma(x)));
  }
  const filter = /^(.*)\{([a-z:]+)=([a-z' ]+)\}$/.exec(step);
  if (filter) {
    const [, base, rel, word] = filter;
    return stepFrom(g, w, base).filter((x) => g.tree.children(x, rel).some((c) => g.words[c].form.toLowerCase() === word));
  }
  if (step === '.') return [w];
  if (step.startsWith('^')) {
    const rels = step.slice(1).split('|');
    const word = g.words[w];
    return word.head >= 0 && rels.includes(word.deprel) ? [word.head] : [];
  }
  const [relPart, casePart] = step.split('>');
  const rels = relPart.split('|');
  const cases = casePart?.split('|');
  return g.tree.children(w, (r) => rels.includes(r)).filter((c) => !cases || cases.includes(g.caseOf(c) ?? ''));
}
