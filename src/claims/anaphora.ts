import { lastClaimBefore, type RawClaim } from './raw.js';
import type { DocView } from './view.js';
import { victimsAfter } from './victims.js';

const INCIDENT = /^(strike|strikes|airstrike|airstrikes|attack|attacks|raid|raids|bombing|bombings|assault|ambush|shelling|offensive)$/;

/**
 * An incident named again without its author ("The strikes resulted in the
 * deaths of four members of the 47th Brigade: ..."): the author is whoever
 * the text last said attacked, in the same or one of the two sentences before.
 */
export function anaphoricIncidents(view: DocView, raws: RawClaim[]): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!INCIDENT.test(tokens[k].norm) || tokens[k].upper) continue;
    // "The strikes", "the drone strikes", "these raids": a definite incident.
    let d = k - 1;
    while (d > 0 && k - d < 3 && tokens[d].kind === 'word' && !tokens[d].upper && !/^(the|these|this|those|that)$/.test(tokens[d].norm)) d--;
    if (!/^(the|these|this|those|that)$/.test(tokens[d]?.norm ?? '')) continue;
    if (raws.some((r) => r.trigger[0] <= k && k < r.trigger[1])) continue;
    const author = lastClaimBefore(view, raws, 'ATTACKED', d);
    if (!author) continue;
    for (const victim of victimsAfter(view, k + 1)) {
      if (victim.entity.id === author.subject.entity.id) continue;
      out.push({ subject: author.subject, object: victim, predicate: 'ATTACKED', trigger: [d, k + 1], rule: 'anaphora/incident', strength: 0.5, extent: [d, victim.last] });
    }
  }
  return out;
}
