import { subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import type { DocView, Slot } from './view.js';

const LOCATED = new Set(['ArmedGroup', 'StateBody', 'Organization']);

/**
 * Short constructions that carry a relation without a trigger verb:
 *  - "ISI in Karachi", "its East Asia Province in Lanao del Sur": a group or body
 *    named with "in" and a place is based there (weak);
 *  - "Masood Azhar was in Pakistan", "X is in hiding in Gaza": presence;
 *  - "getting ISPK and LeT together", "brought X and Y together": an alliance.
 */
export function phraseClaims(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const slot of view.slots) {
    const s = view.sentence(slot.first);
    let k = slot.last;
    if (tokens[k]?.text === '(') { while (k < s.last && tokens[k].text !== ')') k++; k++; }
    // "X was (reportedly) (in hiding) in Y"
    let copula = false;
    if (/^(is|was|are|were|remains|remained)$/.test(tokens[k]?.norm ?? '')) {
      copula = true;
      k++;
      while (k < s.last && /^(still|currently|reportedly|believed|now|also|in|hiding|to|be)$/.test(tokens[k].norm) && !(tokens[k].norm === 'in' && view.slotAt(k + 1))) k++;
    }
    if (tokens[k]?.norm !== 'in' && tokens[k]?.norm !== 'inside') continue;
    const place = view.slotAt(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
    if (!place || place.entity.type !== 'Location' && !(place.entity.type === 'StateBody' && copula)) continue;
    // Without a copula, an armed group or a named unit of a state ("ISI in Karachi"), not a whole state.
    const eligible = copula ? slot.entity.type === 'Person' || LOCATED.has(slot.entity.type) : (slot.entity.type === 'ArmedGroup' ? slot.mention.how !== 'pronoun' : slot.entity.type === 'StateBody' && (slot.mention.how === 'name' || slot.mention.how === 'acronym'));
    if (!eligible) continue;
    // "talks with the ELN in Caracas": the group is an object there, not located.
    if (!copula && /^(with|against|on|by|to|from|for|between|at)$/.test(tokens[slot.first - 1]?.norm ?? (tokens[slot.first - 2]?.norm ?? ''))) continue;
    if (!copula && tokens[slot.first - 1]?.norm === 'the' && /^(with|against|on|by|to|from|for|between|at)$/.test(tokens[slot.first - 2]?.norm ?? '')) continue;
    // "the attack in Kabul" is not a base; nor is a country "in" a region.
    if (slot.entity.kbId && !copula && /^[a-z]{2}$/.test(slot.entity.kbId)) continue;
    out.push({ subject: slot, object: place, predicate: 'BASED_IN', trigger: [slot.last, place.first], rule: copula ? 'phrase/is-in' : 'phrase/named-in', strength: copula ? 0.6 : 0.45, extent: [slot.first, place.last] });
  }
  out.push(...characterizations(view));
  for (let k = 0; k < tokens.length; k++) {
    if (!/^(get|getting|got|bring|bringing|brought|brings|gets)$/.test(tokens[k].norm)) continue;
    const a = view.slotAt(k + 1);
    if (!a || tokens[a.last]?.norm !== 'and') continue;
    const b: Slot | undefined = view.slotAt(a.last + 1);
    if (!b || tokens[b.last]?.norm !== 'together') continue;
    out.push({ subject: a, object: b, predicate: 'ALLY_OF', trigger: [k, b.last + 1], rule: 'phrase/together', strength: 0.7 });
  }
  return out;
}

const NAMING = /^(described|describes|describing|called|calls|calling|hailed|hails|labelled|labeled|labels|branded|brands|termed|terms|dubbed)$/;
const GOOD = /^(partner|partners|ally|allies|friend|friends|hero|heroes|model|champion|asset|pillar|bulwark)$/;
const BAD = /^(terrorist|terrorists|threat|enemy|enemies|criminal|criminals|menace|puppet|puppets|rogue|thugs|bandits|traitors|mercenaries|aggressor|occupier|occupiers)$/;

/**
 * "described Pakistan as a phenomenal partner" (praise), "called the group
 * bandits" (accusation): naming someone with a judging noun.
 */
function characterizations(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!NAMING.test(tokens[k].norm)) continue;
    const target = view.slotAt(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
    if (!target || target.first > k + 2) continue;
    let j = target.last;
    if (tokens[j]?.norm === 'as') j++;
    // Over an article, adjectives and quotes to the judging noun: "as a “phenomenal partner”".
    for (let steps = 0; steps < 4 && j < tokens.length && !GOOD.test(tokens[j].norm) && !BAD.test(tokens[j].norm); steps++, j++) {
      const t = tokens[j];
      if (t.kind === 'word' ? t.upper : !/^["“”'‘’]$/.test(t.text)) break;
    }
    const noun = tokens[j]?.norm ?? '';
    const predicate = GOOD.test(noun) ? 'PRAISED' : BAD.test(noun) ? 'ACCUSED' : undefined;
    if (!predicate) continue;
    const speaker = subjectBefore(view, k)?.slots[0];
    if (!speaker || speaker.entity.id === target.entity.id) continue;
    out.push({ subject: speaker, object: target, predicate, trigger: [k, j + 1], rule: `phrase/characterize/${predicate === 'PRAISED' ? 'praise' : 'blame'}`, strength: 0.6, extent: [speaker.first, j + 1] });
  }
  return out;
}
