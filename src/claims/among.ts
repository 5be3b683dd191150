import type { Predicate } from '../core/index.js';
import { objectFrom, subjectBefore } from './arguments.js';
import { lastClaimBefore, type RawClaim } from './raw.js';
import type { DocView, Slot } from './view.js';

const ACTS: Record<string, Predicate> = {
  freed: 'RELEASED', released: 'RELEASED', pardoned: 'RELEASED', exchanged: 'RELEASED', swapped: 'RELEASED',
  killed: 'ATTACKED', wounded: 'ATTACKED', injured: 'ATTACKED', abducted: 'ATTACKED', kidnapped: 'ATTACKED',
  struck: 'ATTACKED', attacked: 'ATTACKED', bombed: 'ATTACKED', shelled: 'ATTACKED', raided: 'ATTACKED', stormed: 'ATTACKED', ambushed: 'ATTACKED', targeted: 'ATTACKED',
  arrested: 'ARRESTED', detained: 'ARRESTED', captured: 'ARRESTED', held: 'ARRESTED', extradited: 'HANDED_OVER', deported: 'HANDED_OVER',
};

/**
 * "Among those freed by the Houthis was Brigadier X", "Among the dead were
 * Y and Z": the people named after the copula underwent the act, done by the
 * by-agent, or else by whoever the text last said did it, in this or the
 * two sentences before.
 */
export function amongClaims(view: DocView, raws: RawClaim[]): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (tokens[k].norm !== 'among' || !/^(those|the)$/.test(tokens[k + 1].norm)) continue;
    const predicate = ACTS[tokens[k + 2].norm] ?? (/^(dead|killed|victims)$/.test(tokens[k + 2].norm) ? 'ATTACKED' : undefined);
    if (!predicate) continue;
    const s = view.sentence(k);
    let j = k + 3;
    let agents: Slot[] = [];
    if (tokens[j]?.norm === 'by') {
      agents = objectFrom(view, j + 1, 4);
      j = agents.length ? Math.max(...agents.map((a) => a.last)) : j + 1;
    }
    // Over an aside ("by the Houthis, who call themselves Ansar Allah,") to the copula.
    while (j < s.last && j - k < 25 && !/^(was|were|is|are)$/.test(tokens[j].norm)) j++;
    if (!/^(was|were|is|are)$/.test(tokens[j]?.norm ?? '')) continue;
    const people = objectFrom(view, j + 1, 8);
    if (!agents.length) agents = lastDoer(view, raws, predicate, k);
    for (const x of agents) for (const y of people) {
      if (x.entity.id === y.entity.id) continue;
      out.push({ subject: x, object: y, predicate, trigger: [k, k + 3], rule: 'among/copula', strength: 0.6, extent: [k, y.last] });
    }
  }
  return out;
}

/** Who the text last said did the act before `k` (a claim, or the verb alone: "The ELN released six soldiers"). */
function lastDoer(view: DocView, raws: RawClaim[], predicate: Predicate, k: number): Slot[] {
  const last = lastClaimBefore(view, raws, predicate, k);
  const floor = view.doc.sentences[Math.max(0, view.sentenceOf[k] - 2)].first;
  for (let j = k - 1; j >= floor; j--) {
    if (last && j < last.trigger[0]) break;
    const t = view.tokens[j];
    if (t.upper || ACTS[t.norm] !== predicate || view.slotAt(j)) continue;
    const doer = subjectBefore(view, j)?.slots;
    if (doer?.length) return doer;
  }
  return last ? [last.subject] : [];
}
