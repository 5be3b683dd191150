import type { ClaimGraph } from '../graph.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const SUBJECT = (r: string) => r === 'nsubj' || r === 'nsubj:pass' || r === 'csubj';

/**
 * The word that is the doer of a verb with no subject of its own, by the
 * general rules of English syntax, not per verb: control ("X vowed to attack":
 * X; "urged X to attack": X, the object), shared subjects of coordinated verbs
 * ("X attacked A and seized B"), relative clauses ("the group, which attacked":
 * the group), participle clauses (", killing four soldiers": the main
 * subject; "militants operating in the area": the militants). Returns word
 * indices standing for the subject; empty when there is none.
 */
export function inheritedSubjects(g: ClaimGraph, verb: number, depth = 0): number[] {
  if (depth > 6) return [];
  const w = g.words[verb];
  const own = g.tree.children(verb, SUBJECT);
  if (own.length) {
    const rel = own.find((s) => RELATIVE.has(g.lemma(s)));
    if (rel === undefined) return own;
    return relativeAntecedent(g, verb);
  }
  const head = w.head;
  if (head < 0) return [];
  switch (w.deprel) {
    case 'xcomp': {
      const obj = g.tree.children(head, 'obj');
      return obj.length ? obj : inheritedSubjects(g, head, depth + 1);
    }
    case 'conj':
      return isVerbal(g, head) ? inheritedSubjects(g, head, depth + 1) : [];
    case 'acl:relcl':
    case 'advcl:relcl':
      return relativeAntecedent(g, verb);
    case 'acl':
      // "militants operating in Syria": the noun does it; "militants backed by Iran" is the passive case.
      return w.xpos === 'VBN' ? [] : [head];
    case 'advcl': {
      // "accused X of attacking", "blamed X for backing": the object does it.
      const mark = g.tree.children(verb, (r) => r === 'mark' || r === 'case').map((m) => g.lemma(m));
      const obj = g.tree.children(head, 'obj');
      if (obj.length && (mark.includes('of') || mark.includes('for'))) return obj;
      // ", killing four soldiers" / "after attacking the base": the main clause's subject.
      return w.xpos === 'VBG' || w.xpos === 'VBN' ? inheritedSubjects(g, head, depth + 1) : [];
    }
  }
  return [];
}

/** The patient of a participle or passive with no subject of its own ("militants backed by Iran": the militants). */
export function inheritedPatients(g: ClaimGraph, verb: number): number[] {
  const w = g.words[verb];
  const own = g.tree.children(verb, 'nsubj:pass');
  if (own.length) {
    return own.some((s) => RELATIVE.has(g.lemma(s))) ? relativeAntecedent(g, verb) : own;
  }
  if ((w.deprel === 'acl' || w.deprel === 'amod') && w.xpos === 'VBN' && w.head >= 0) return [w.head];
  if (w.deprel === 'conj' && w.head >= 0 && g.words[w.head].xpos === 'VBN') return inheritedPatients(g, w.head);
  return [];
}

/**
 * What a relative word stands for ("of which the AA is a member": the
 * alliance): the noun its relative clause describes. -1 when the word is
 * not in a relative clause.
 */
export function relativeReferent(g: ClaimGraph, word: number): number[] {
  if (!RELATIVE.has(g.lemma(word))) return [];
  for (let x = g.words[word].head, guard = 0; x >= 0 && guard < 6; guard++, x = g.words[x].head) {
    const rel = g.words[x].deprel;
    if (rel === 'acl:relcl' || rel === 'advcl:relcl') return relativeAntecedent(g, x);
  }
  return [];
}

/** The noun a relative clause describes: its head, or where the parser hung it on a verb, the nearest noun before the relative word. */
function relativeAntecedent(g: ClaimGraph, verb: number): number[] {
  const w = g.words[verb];
  if (w.deprel === 'acl:relcl' && w.head >= 0) return [w.head];
  const rel = g.tree.children(verb).find((c) => RELATIVE.has(g.lemma(c)));
  for (let k = (rel ?? verb) - 1, s = g.sentenceOf(verb).first; k >= s; k--) {
    const u = g.words[k].upos;
    if (u === 'NOUN' || u === 'PROPN') return [nounHead(g, k)];
  }
  return [];
}

/** The head of the noun phrase a noun sits in (climbing compounds and flat names). */
function nounHead(g: ClaimGraph, k: number): number {
  let x = k;
  for (let guard = 0; guard < 5; guard++) {
    const w = g.words[x];
    if ((w.deprel === 'compound' || w.deprel === 'flat') && w.head > x) x = w.head;
    else break;
  }
  return x;
}

function isVerbal(g: ClaimGraph, word: number): boolean {
  const w = g.words[word];
  return w.upos === 'VERB' || g.tree.child(word, 'cop') >= 0;
}
