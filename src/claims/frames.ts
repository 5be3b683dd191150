import type { Modality } from '../core/index.js';
import { attributionWords } from '../lang/en/index.js';
import { actorsOf, type Arg } from './args/actors.js';
import { follow } from './args/paths.js';
import { inheritedSubjects } from './args/subjects.js';
import type { ClaimGraph } from './graph.js';

/**
 * Who frames a claim: the subject of a speech verb governing the claim's
 * clause ("police said (that) ..."; "..., police said"), the nominal of
 * "according to", the doer of a denial. `speakers` is empty for an unnamed
 * source ("a witness said").
 */
export interface Frame {
  speakers: Arg[];
  /** The framing word (the speech verb, or "according"). */
  word: number;
  modality: Modality;
  denial: boolean;
}

const FRAMED = new Set(['ccomp', 'xcomp', 'advcl', 'parataxis', 'csubj']);

/** The frames around a word, outermost first. */
export function framesOf(g: ClaimGraph, trigger: number): Frame[] {
  const words = attributionWords();
  const out: Frame[] = [];
  const seen = new Set<number>();
  let x = trigger;
  for (let guard = 0; guard < 30; guard++) {
    // "according to X" and ", X said" hang from the clause itself.
    for (const c of g.tree.children(x)) {
      const rel = g.words[c].deprel;
      if ((rel === 'obl' || rel === 'nmod' || rel === 'advcl') && words.accordingTo.has(g.caseOf(c) ?? '')) add(out, seen, g, c, 'reported', false, actorsOf(g, c));
      if (rel === 'parataxis' && isSpeech(g, c)) add(out, seen, g, c, speechModality(g, c), words.denialVerbs.has(g.lemma(c)), speakersOf(g, c));
    }
    const w = g.words[x];
    if (w.head < 0) break;
    const h = w.head;
    // The claim's clause is the content of a speech or denial verb: "police said (that) ...", "X denied supporting ...".
    if (FRAMED.has(w.deprel) && isSpeech(g, h)) add(out, seen, g, h, speechModality(g, h), words.denialVerbs.has(g.lemma(h)), speakersOf(g, h));
    x = h;
  }
  return out.reverse();
}

function add(out: Frame[], seen: Set<number>, g: ClaimGraph, word: number, modality: Modality, denial: boolean, speakers: Arg[]): void {
  if (seen.has(word)) return;
  seen.add(word);
  // Places and incidents do not speak (a dateline, "in Kabul"): a speaker is an actor or a publication.
  out.push({ speakers: speakers.filter((s) => s.entity.type !== 'Location' && s.entity.type !== 'Event'), word, modality, denial });
}

function isSpeech(g: ClaimGraph, word: number): boolean {
  const words = attributionWords();
  const lemma = g.lemma(word);
  return g.words[word].upos === 'VERB' && (words.speechVerbs.has(lemma) || words.denialVerbs.has(lemma));
}

function speechModality(g: ClaimGraph, word: number): Modality {
  return attributionWords().speechVerbs.get(g.lemma(word)) ?? 'reported';
}

/** The speaker of a speech verb: its subject, or the agent of a passive ("it was reported by X"). */
function speakersOf(g: ClaimGraph, verb: number): Arg[] {
  const agent = follow(g, verb, 'obl:agent');
  const words = agent.length ? agent : inheritedSubjects(g, verb);
  return words.flatMap((w) => actorsOf(g, w));
}
