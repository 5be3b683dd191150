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
  for (const step of stepsOf(path)) {
    const next: number[] = [];
    for (const w of current) for (const x of stepFrom(g, w, step)) if (!next.includes(x)) next.push(x);
    current = next;
    if (!current.length) break;
  }
  return current;
}

/** A path step read once: what stepFrom does with it, without parsing it again at every word. */
type Step =
  | { kind: 'listed'; base: Step; list: string; text: string }
  | { kind: 'filter'; base: Step; rel: string; word: string }
  | { kind: 'self' }
  | { kind: 'up'; rels: string[] }
  | { kind: 'down'; rels: string[]; cases?: string[] };

const compiled = new Map<Path, Step[]>();

function stepsOf(path: Path): Step[] {
  let steps = compiled.get(path);
  if (!steps) compiled.set(path, (steps = path.split('/').map(readStep)));
  return steps;
}

function readStep(step: string): Step {
  const listed = /^(.*)\[@([A-Za-z]+)\]$/.exec(step);
  if (listed) return { kind: 'listed', base: readStep(listed[1]), list: listed[2], text: step };
  const filter = /^(.*)\{([a-z:]+)=([a-z' ]+)\}$/.exec(step);
  if (filter) return { kind: 'filter', base: readStep(filter[1]), rel: filter[2], word: filter[3] };
  if (step === '.') return { kind: 'self' };
  if (step.startsWith('^')) return { kind: 'up', rels: step.slice(1).split('|') };
  const [relPart, casePart] = step.split('>');
  return { kind: 'down', rels: relPart.split('|'), cases: casePart?.split('|') };
}

function stepFrom(g: ClaimGraph, w: number, step: Step): number[] {
  switch (step.kind) {
    case 'listed': {
      const list = actorWords()[step.list as keyof ActorWords];
      if (!list) throw new Error(`path step "${step.text}": no word list "${step.list}" in src/lang/en/actors.json`);
      return stepFrom(g, w, step.base).filter((x) => list.has(g.lemma(x)));
    }
    case 'filter': return stepFrom(g, w, step.base).filter((x) => g.tree.children(x, step.rel).some((c) => g.words[c].form.toLowerCase() === step.word));
    case 'self': return [w];
    case 'up': {
      const word = g.words[w];
      return word.head >= 0 && step.rels.includes(word.deprel) ? [word.head] : [];
    }
    case 'down': {
      const { rels, cases } = step;
      return g.tree.children(w, (r) => rels.includes(r)).filter((c) => !cases || cases.includes(g.caseOf(c) ?? ''));
    }
  }
}
