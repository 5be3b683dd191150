import type { Predicate } from '../core/index.js';
import type { DocView, Slot } from './view.js';

/** A claim as a rule finds it, before attribution, polarity and qualifiers. */
export interface RawClaim {
  subject: Slot;
  predicate: Predicate;
  object: Slot;
  /** Token range of the trigger words. */
  trigger: [number, number];
  rule: string;
  /** How sure the rule is of its arguments, 0..1. */
  strength: number;
  /** Token range the evidence quote must cover beyond subject, trigger and object. */
  extent?: [number, number];
  /** The rule already knows the polarity (a denial in the construction itself). */
  negative?: boolean;
  /** The author's own naming (structure, roles): no reporting frame applies, the quote is the trigger. */
  naming?: boolean;
  /** Extra attribution the construction itself carries ("X claimed responsibility": X). */
  source?: Slot;
}

/** The last claim of a predicate whose trigger stands before token `before`, in its sentence or the two before. */
export function lastClaimBefore(view: DocView, raws: RawClaim[], predicate: Predicate, before: number): RawClaim | undefined {
  const si = view.sentenceOf[before];
  let last: RawClaim | undefined;
  for (const r of raws) {
    if (r.predicate !== predicate || r.trigger[0] >= before || si - view.sentenceOf[r.trigger[0]] > 2) continue;
    if (!last || r.trigger[0] > last.trigger[0]) last = r;
  }
  return last;
}
