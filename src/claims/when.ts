import type { AmountValue, DateValue, Qualifiers } from '../core/index.js';
import type { Found } from './find.js';
import type { ClaimGraph } from './graph.js';
import { findAmounts, findDates } from './values.js';

/**
 * Date, amount, place and recipient of a claim, from the words its trigger
 * governs in the tree: a date or a sum in another clause of the sentence
 * belongs to that clause's claim, not to this one. Relative dates resolve
 * only against the document's own date.
 */
export function qualifiersOfFound(g: ClaimGraph, f: Found, reference: Date | undefined): Qualifiers {
  const q: Qualifiers = {};
  const own = ownWords(g, f.trigger);
  const spanText = (from: number, to: number) => g.doc.text.slice(g.words[from].start, g.words[to].end);
  // Dates and amounts: parse the text of the trigger's own phrases (time and money words under it).
  for (const c of own) {
    const w = g.words[c];
    if (!(w.deprel.startsWith('obl') || w.deprel.startsWith('nmod') || w.deprel === 'obj' || w.deprel === 'nummod' || w.deprel === 'advmod')) continue;
    if (w.head !== f.trigger && !own.includes(w.head)) continue;
    const sub = g.tree.subtree(c);
    const text = spanText(sub[0], sub[sub.length - 1]);
    const offset = g.words[sub[0]].start;
    if (!q.date && /\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) {
      const d: DateValue | undefined = findDates(text, offset, reference)[0];
      if (d) q.date = d;
    }
    if (!q.amount && /\d/.test(text)) {
      const a: AmountValue | undefined = findAmounts(text, offset)[0];
      if (a) q.amount = a;
    }
  }
  // "paid Rs | 50 lakh": a sum the parser split into two objects, read together.
  if (!q.amount) {
    const a = g.amountInObjects(f.trigger);
    if (a) q.amount = a;
  }
  // "attacked a base in Marte": the place may hang on the object the act reaches.
  const near = [f.trigger, ...g.tree.children(f.trigger, 'obj')];
  for (const c of near.flatMap((x) => g.tree.children(x, (r) => r === 'obl' || r === 'nmod'))) {
    const e = g.entity(c);
    const cs = g.caseOf(c);
    if (e && e.type === 'Location' && e.id !== f.object.entity.id && (cs === 'in' || cs === 'at' || cs === 'near' || cs === 'inside')) { q.place = e.id; break; }
  }
  if (f.predicate === 'HANDED_OVER') {
    // "to X" on the verb, or hung by the parser on the one handed over ("handed over A | to X").
    const on = [f.trigger, ...(g.words[f.object.word].head === f.trigger ? [f.object.word] : [])];
    for (const c of on.flatMap((x) => g.tree.children(x, (r) => r === 'obl' || r === 'nmod'))) {
      const e = g.entity(c);
      if (e && g.caseOf(c) === 'to' && e.id !== f.object.entity.id) { q.recipient = e.id; break; }
    }
  }
  return q;
}

/** The words in the trigger's own clause: its subtree, without clauses of their own under it. */
function ownWords(g: ClaimGraph, trigger: number): number[] {
  const out: number[] = [];
  const stack = [trigger];
  while (stack.length) {
    const x = stack.pop()!;
    out.push(x);
    for (const c of g.tree.children(x)) {
      const rel = g.words[c].deprel;
      if (rel === 'ccomp' || rel === 'parataxis' || rel.startsWith('acl') || rel.startsWith('advcl') || rel === 'conj' && g.words[c].upos === 'VERB') continue;
      stack.push(c);
    }
  }
  return out;
}
