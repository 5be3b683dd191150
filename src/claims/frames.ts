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
  /** An unnamed source in its own words ("diplomatic sources", "a witness"), or the framing word's lemma when it has no subject. */
  unnamed: string;
}

const FRAMED = new Set(['ccomp', 'xcomp', 'advcl', 'parataxis', 'csubj']);

/** Who says what an as-phrase names ("whom they described as a commander of Y", "a man it identified as X"): the describing verb's speaker. */
export function describerOf(g: ClaimGraph, word: number): Arg | undefined {
  const h = g.words[word].head;
  if (h < 0 || g.caseOf(word) !== 'as' || g.words[h].upos !== 'VERB' || !attributionWords().describingVerbs.has(g.lemma(h))) return undefined;
  return speakersOf(g, h).find(canSpeak);
}

/** The frames around a word, outermost first. */
export function framesOf(g: ClaimGraph, trigger: number): Frame[] {
  const words = attributionWords();
  const out: Frame[] = [];
  const seen = new Set<number>();
  let x = trigger;
  let from = -1;
  for (let guard = 0; guard < 30; guard++) {
    // "according to X" and ", X said" hang from the clause itself; the speech verb's own clause, which we came up through, is the author's report ("X told Reuters from Kunar").
    for (const c of g.tree.children(x)) {
      if (c === from) continue;
      const rel = g.words[c].deprel;
      if ((rel === 'obl' || rel === 'nmod' || rel === 'advcl') && words.accordingTo.has(g.caseOf(c) ?? '')) add(out, seen, g, c, 'reported', false, actorsOf(g, c, { statements: true }));
      // "..., police said" frames the clause; a speech verb with its own content ("X, a commander who defected, disclosed that ...", the name read as root) frames only that content.
      if (rel === 'parataxis' && isSpeech(g, c) && !hasContent(g, c)) add(out, seen, g, c, speechModality(g, c), words.denialVerbs.has(g.lemma(c)), speakersOf(g, c));
      // ", the army said" parsed as a coordinated clause: a trailing speech verb with no content of its own.
      if (rel === 'conj' && c > x && isSpeech(g, c) && g.words[g.tree.subtree(c).find((k) => g.words[k].upos !== 'PUNCT')! - 1]?.form === ',' && !hasContent(g, c)) add(out, seen, g, c, speechModality(g, c), words.denialVerbs.has(g.lemma(c)), speakersOf(g, c));
    }
    const w = g.words[x];
    if (w.head < 0) break;
    const h = w.head;
    // The claim's clause is the content of a speech or denial verb: "police said (that) ...", "X denied supporting ...".
    // A clause set beside a speech verb that has content of its own is a statement of its own ("X claimed the attack; Y blamed Z").
    const beside = w.deprel === 'parataxis' && hasContent(g, h);
    // "accused X of supplying Y" with the of-clause hung on X: what X is accused of is the accuser's word.
    const accuser = w.deprel === 'acl' && g.words[h].deprel === 'obj' && g.tree.children(x, 'mark').some((m) => g.lemma(m) === 'of') ? g.words[h].head : -1;
    if (accuser >= 0 && isSpeech(g, accuser)) add(out, seen, g, accuser, speechModality(g, accuser), false, speakersOf(g, accuser));
    if (FRAMED.has(w.deprel) && !beside && isSpeech(g, h)) add(out, seen, g, h, speechModality(g, h), words.denialVerbs.has(g.lemma(h)), speakersOf(g, h));
    from = x;
    x = h;
  }
  return out.reverse();
}

// The words that open a speech verb's own content ("said that ...", "asked whether ...").
const CONTENT_MARKS = new Set(['that', 'if', 'whether']);

/** Whether a speech verb has content of its own (an object or a that-clause; "as X claimed other attacks" is not one). */
function hasContent(g: ClaimGraph, verb: number): boolean {
  if (g.tree.child(verb, (r) => r === 'obj' || r === 'xcomp') >= 0) return true;
  return g.tree.children(verb, 'ccomp').some((c) => {
    const marks = g.tree.children(c, 'mark');
    return !marks.length || marks.some((m) => CONTENT_MARKS.has(g.lemma(m)));
  });
}

// Places and incidents do not speak (a dateline, "in Kabul"): a speaker is an actor or a publication.
const canSpeak = (s: Arg) => s.entity.type !== 'Location' && s.entity.type !== 'Event';

function add(out: Frame[], seen: Set<number>, g: ClaimGraph, word: number, modality: Modality, denial: boolean, speakers: Arg[]): void {
  if (seen.has(word)) return;
  seen.add(word);
  out.push({ speakers: speakers.filter(canSpeak), word, modality, denial, unnamed: unnamedSource(g, word) });
}

/** The words of a speech verb's subject, without a leading article ("diplomatic sources"); else the verb's lemma. */
function unnamedSource(g: ClaimGraph, word: number): string {
  const subject = g.tree.child(word, (r) => r === 'nsubj' || r === 'obl:agent');
  if (subject < 0) return g.lemma(word);
  const span = g.tree.subtree(subject).filter((k) => g.words[k].upos !== 'PUNCT' && !(k === g.tree.subtree(subject)[0] && g.words[k].upos === 'DET'));
  return span.map((k) => g.words[k].form).join(' ').toLowerCase() || g.lemma(word);
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
  // "X was believed to be involved": the one believed is no speaker; a passive speaks only through its agent.
  const passive = g.tree.child(verb, (r) => r === 'nsubj:pass' || r === 'aux:pass') >= 0;
  const words = agent.length || passive ? agent : inheritedSubjects(g, verb);
  return words.flatMap((w) => actorsOf(g, w, { statements: true }));
}
