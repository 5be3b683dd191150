import type { Modality, Polarity } from '../core/index.js';
import type { Frame } from './attribution.js';
import type { RawClaim } from './raw.js';
import type { DocView } from './view.js';
import { ALLEGATION, HEDGES, NEGATION } from './words.js';

/** Words that deny or refuse the act they govern ("refused to hand over", "disregarded requests to hand over"). */
const REFUSALS = new Set(['ruled', 'refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'rejected', 'rejects', 'disregarded', 'disregards', 'ignored', 'ignores', 'failed', 'fails', 'resisted', 'embargo', 'halted', 'halts', 'suspended', 'suspends', 'cut', 'stopped', 'stops', 'ended', 'ends', 'withdrew', 'without']);

/**
 * Polarity: a negation or refusal between the subject and the trigger
 * ("did not", "never", "refused to", "an embargo on US financial aid"),
 * or a denial frame around the claim ("denied that it funds", "denied funding"),
 * counted once.
 */
export function polarityOf(view: DocView, raw: RawClaim, frames: Frame[]): Polarity {
  if (raw.negative) return 'negative';
  const { tokens } = view;
  const [a] = raw.trigger;
  const s = view.sentence(a);
  // From the subject when it stands before the trigger in its clause, else a few words back.
  const from = raw.subject.last <= a && raw.subject.first >= s.first && a - raw.subject.last < 12 ? raw.subject.last : Math.max(s.first, a - 8);
  // "Isn't ISKP parroting what Rawalpindi wants?": a negative rhetorical question asserts.
  const rhetorical = /n't$/.test(tokens[s.first].norm) && tokens[s.last - 1]?.text === '?';
  let negative = false;
  for (let k = from; k < a; k++) {
    if (view.slotAt(k)) continue;
    const t = tokens[k];
    if (rhetorical && k === s.first) continue;
    // A request refused was still made: "ignored US calls to" does not negate the pressure.
    if (REFUSALS.has(t.norm) && raw.predicate === 'PRESSURED') continue;
    if (NEGATION.has(t.norm) || /n't$/.test(t.norm) || REFUSALS.has(t.norm)) negative = !negative || REFUSALS.has(t.norm);
    if (t.text === ',' || t.text === ';' || /^(and|but|while|when|whereas|because|if|until|unless|although|though|since)$/.test(t.norm)) negative = false;
  }
  if (frames.some((f) => f.denial && f.first <= a && a < f.last)) negative = !negative;
  return negative ? 'negative' : 'positive';
}

/**
 * How firmly the claim is made: a question, hedged ("suggests", "believed
 * to", "may"), alleged ("allegedly", "reportedly"), reported from a source,
 * or asserted by the author.
 */
export function modalityOf(view: DocView, raw: RawClaim, attributed: boolean): Modality {
  const { tokens } = view;
  const [a, b] = raw.trigger;
  const s = view.sentence(a);
  if (tokens[s.last - 1]?.text === '?' || tokens[s.last - 2]?.text === '?') return 'question';
  const from = Math.max(s.first, a - 10);
  const to = Math.min(s.last, b + 3);
  for (let k = from; k < to; k++) if (HEDGES.has(tokens[k].norm) && !tokens[k].upper) return 'hedged';
  for (let k = from; k < to; k++) if (ALLEGATION.has(tokens[k].norm) && !tokens[k].upper) return 'alleged';
  return attributed ? 'reported' : 'asserted';
}
