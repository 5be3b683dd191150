import { attributionWords, grammarWords } from '../lang/en/index.js';
import { actorsOf } from './args/actors.js';
import { inheritedSubjects, refusalOf } from './args/subjects.js';
import type { Found } from './find.js';
import type { ClaimGraph } from './graph.js';

/**
 * An act asked for is no act ("The US urged Pakistan to arrest X": nobody
 * arrested X); asked for and refused, the one who refused did not do it
 * ("the Taliban ignored Islamabad's requests to hand over X": the Taliban
 * did not hand X over, and Pakistan pressed the Taliban). Returns the claim,
 * none, or the refuser's negative with the request.
 */
export function requested(g: ClaimGraph, f: Found): Found[] {
  const words = attributionWords();
  let x = f.trigger;
  for (let guard = 0; guard < 3; guard++) {
    const w = g.words[x];
    if (w.head < 0 || !(w.deprel === 'xcomp' || w.deprel === 'acl' || (w.deprel === 'advcl' && g.tree.children(x, 'mark').some((m) => g.lemma(m) === 'to')))) return [f];
    const h = w.head;
    const hw = g.words[h];
    const asks = (hw.upos === 'VERB' && words.requestVerbs.has(g.lemma(h))) || (hw.upos === 'NOUN' && words.requestNouns.has(g.lemma(h)));
    if (!asks) { x = h; continue; }
    // The request refused: "ignored requests to ...", "rejected the demand to ...".
    const refusal = refusalOf(g, h);
    if (refusal < 0) return [];
    const refusers = inheritedSubjects(g, refusal).flatMap((s) => actorsOf(g, s));
    const refuser = refusers.find((r) => r.entity.id !== f.object.entity.id);
    if (!refuser) return [];
    // Whose request it was: "Islamabad's requests", "requests from Pakistan".
    const askers = g.tree.children(h)
      .filter((c) => ['nmod:poss', 'compound', 'amod'].includes(g.words[c].deprel) || (g.words[c].deprel === 'nmod' && grammarWords().askerCases.has(g.caseOf(c) ?? '')))
      .flatMap((c) => actorsOf(g, c));
    const asks2 = askers.filter((a) => a.entity.id !== refuser.entity.id).map((a): Found => ({ rule: f.rule, predicate: 'PRESSURED', subject: a, object: refuser, trigger: h, affirmed: true }));
    return [{ ...f, subject: refuser, negated: true }, ...asks2];
  }
  return [f];
}
