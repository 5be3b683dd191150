import type { DocView, Slot } from './view.js';
import { HYPHEN_ADJECTIVES } from './lexicon.js';
import type { RawClaim } from './raw.js';
import { ACTORS } from './view.js';

/** The first actor slot within a few lower-case words to the right ("Pakistan-backed [Kashmiri] militants of LeT"). */
function headAfter(view: DocView, k: number, limit = 4): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(k);
  for (let j = k, steps = 0; j < s.last && steps < limit; j++, steps++) {
    const slot = view.slotAt(j);
    if (slot) return slot;
    const t = tokens[j];
    // "US-led forces hunted the Taliban": the compound's head ends before a verb.
    if (steps > 0 && t.kind === 'word' && !t.upper && /(ed|ing)$/.test(t.norm) && tokens[j - 1]?.kind === 'word' && !/(ed|ing)$/.test(tokens[j - 1].norm)) return undefined;
    if (t.kind !== 'word' || t.upper && !view.slotAt(j)) {
      if (t.text !== '-' && t.text !== '“' && t.text !== '"') return undefined;
    }
  }
  return undefined;
}

const GROUP_NOUNS = /^(group|militia|movement|gang|faction|organisation|organization|militants|fighters|insurgents|rebels|jihadists|network)$/;

/**
 * "Al-Shabaab stormed a base. The al Qaeda-linked group said ...": a compound
 * before "group" (after "the") describes the armed group named last, in this
 * or the two sentences before.
 */
function describedGroup(view: DocView, k: number, left: Slot): Slot | undefined {
  const { tokens } = view;
  if (!GROUP_NOUNS.test(tokens[k]?.norm ?? '') || tokens[left.first - 1]?.norm !== 'the') return undefined;
  const si = view.sentenceOf[k];
  for (let j = left.first - 1; j >= 0 && si - view.sentenceOf[j] <= 2; j--) {
    const slot = view.slotAt(j);
    // Not a name that is itself the modifier of a compound ("al Qaeda-linked").
    if (slot && slot.entity.type === 'ArmedGroup' && slot.mention.how !== 'pronoun' && slot.entity.id !== left.entity.id && tokens[slot.last]?.text !== '-') return slot;
  }
  return undefined;
}

/**
 * Claims carried by compound adjectives: "Pakistan-backed LeT" (SUPPORTS),
 * "junta-affiliated Border Guard Police" (MEMBER_OF), "anti-Pakistan group TTP"
 * (HOSTILE_TO), and the unhyphenated "the Pakistan backed LeT".
 */
export function adjectiveClaims(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const adj = HYPHEN_ADJECTIVES.get(t.norm);
    if (adj) {
      const hyphen = tokens[k - 1].text === '-' && tokens[k - 1].glued && t.glued;
      const left = hyphen ? view.slotAt(k - 2) : tokens[k - 2]?.norm === 'the' ? view.slotAt(k - 1) : undefined;
      if (!left) continue;
      const right = (view.slotAt(k + 2) ? undefined : describedGroup(view, k + 1, left)) ?? headAfter(view, k + 1);
      if (!right || right === left || !ACTORS.has(right.entity.type)) continue;
      const [subject, object] = adj.reverse ? [right, left] : [left, right];
      out.push({ subject, object, predicate: adj.predicate, trigger: [k - (hyphen ? 1 : 0), k + 1], rule: `adjective/${t.norm}`, strength: 0.75 });
      continue;
    }
    if (t.norm === 'anti' && tokens[k + 1]?.text === '-' && view.slotAt(k + 2)) {
      const target = view.slotAt(k + 2)!;
      const head = headAfter(view, target.last, 5);
      if (head && head !== target && ACTORS.has(head.entity.type)) {
        out.push({ subject: head, object: target, predicate: 'HOSTILE_TO', trigger: [k, target.last], rule: 'adjective/anti', strength: 0.7 });
      }
    }
  }
  return out;
}
