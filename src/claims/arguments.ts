import type { Token } from '../core/index.js';
import type { DocView, Slot } from './view.js';
import { AUX, CHAIN, CLAUSE_WORDS, DETERMINERS, NEGATION, PARTITIVES, PREPOSITIONS, isAdverb } from './words.js';

/** Words that may sit between a subject and its verb: auxiliaries, adverbs, negation, chained verbs. */
export function isVerbGroupWord(t: Token): boolean {
  return t.kind === 'word' && !t.upper && (AUX.has(t.norm) || NEGATION.has(t.norm) || isAdverb(t.norm) || CHAIN.has(t.norm) || t.norm === 'to' || /n't$/.test(t.norm));
}

/** A slot and the slots coordinated with it ("X and Y", "X, Y and Z"), left to right. */
export function coordinated(view: DocView, slot: Slot, direction: 1 | -1): Slot[] {
  const out = [slot];
  const { tokens } = view;
  const s = view.sentence(slot.first);
  let edge = direction === 1 ? slot.last : slot.first - 1;
  for (;;) {
    let k = edge;
    let sawJoin = false;
    while (k >= s.first && k < s.last && (tokens[k].text === ',' || tokens[k].norm === 'and' || tokens[k].norm === 'or' || tokens[k].norm === 'nor' || tokens[k].norm === 'the' || tokens[k].norm === 'as' || tokens[k].norm === 'well')) {
      if (tokens[k].text === ',' || tokens[k].norm === 'and' || tokens[k].norm === 'or' || tokens[k].norm === 'nor') sawJoin = true;
      k += direction;
    }
    const next = k >= s.first && k < s.last ? view.slotAt(k) : undefined;
    if (!sawJoin || !next || next === out[out.length - 1]) break;
    // A comma alone joins a list only if an "and" follows somewhere (X, Y and Z); else it is an apposition.
    out.push(next);
    edge = direction === 1 ? next.last : next.first - 1;
  }
  return direction === 1 ? out : out.reverse();
}

/**
 * The subject of a verb group ending before token `a`: walk left over
 * auxiliaries, adverbs and chained verbs; take the slot there (with its
 * coordinated slots); jump over a comma-delimited apposition or relative
 * clause; follow a relative pronoun to its antecedent.
 */
export function subjectBefore(view: DocView, a: number): { slots: Slot[]; via: string } | undefined {
  const { tokens } = view;
  const s = view.sentence(a);
  let k = a - 1;
  while (k >= s.first) {
    const t = tokens[k];
    const slot = view.slotAt(k);
    if (slot) return { slots: coordinated(view, slot, -1), via: 'subject' };
    if (isVerbGroupWord(t)) { k--; continue; }
    if (t.norm === 'which' || t.norm === 'who' || t.norm === 'that') {
      let j = k - 1;
      if (tokens[j]?.text === ',') j--;
      const ante = j >= s.first ? view.slotAt(j) : undefined;
      return ante ? { slots: [ante], via: 'relative' } : undefined;
    }
    if (t.text === ',') {
      // "X, a former ISKP member who defected to Y, disclosed" / "The MNJTF, which comprises
      // troops from A, B and C, has vowed": skip back to the comma that opens the aside,
      // the one after a name and before "which", "who" or an article.
      for (let j = k - 1; j > s.first; j--) {
        if (tokens[j].text !== ',') continue;
        const head = view.slotAt(j - 1) ?? (tokens[j - 1].text === ')' ? slotBeforeBracket(view, j - 1) : undefined);
        const opener = tokens[j + 1]?.norm ?? '';
        if (head && /^(which|who|whose|a|an|the|one|also|then|former|currently|itself|its|his|her|their|until|once|now|like|along|together|including|based|backed|led|known|citing)$/.test(opener)) return { slots: coordinated(view, head, -1), via: 'apposition' };
      }
      return undefined;
    }
    // "The Islamic State West Africa Province (ISWAP) attacked": skip the acronym in brackets.
    if (t.text === ')' || t.text === ']') {
      const head = slotBeforeBracket(view, k);
      if (head) return { slots: coordinated(view, head, -1), via: 'subject' };
      return undefined;
    }
    // Verb coordination: "Pakistan apprehended and handed over X".
    if (t.norm === 'and' && k - 1 >= s.first && /(ed|ing)$/.test(tokens[k - 1].norm) && !view.slotAt(k - 1)) { k -= 2; continue; }
    return undefined;
  }
  return undefined;
}

/** Skippable words between a trigger (or preposition) and its object noun phrase. */
function skippable(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return t.text === '-' || t.text === '“' || t.text === '"' || t.text === '‘' || t.text === "'";
  if (t.upper) return false;
  return DETERMINERS.has(t.norm) || PARTITIVES.has(t.norm) || isAdverb(t.norm) || (!PREPOSITIONS.has(t.norm) && !CLAUSE_WORDS.has(t.norm) && !AUX.has(t.norm) && !/(ed|ing)$/.test(t.norm));
}

/** The object slots starting at token `k`: the first slot after skippable words, with its coordinated slots. */
export function objectFrom(view: DocView, k: number, window = 8): Slot[] {
  const { tokens } = view;
  const s = view.sentence(Math.min(k, tokens.length - 1));
  for (let steps = 0; k < s.last && steps < window; k++, steps++) {
    const slot = view.slotAt(k);
    if (slot) return coordinated(view, slot, 1);
    const t = tokens[k];
    if (t.norm === 'of' && k > 0 && PARTITIVES.has(tokens[k - 1].norm)) continue;
    if (!skippable(t)) return [];
  }
  return [];
}

/** The object after a preposition that follows the trigger within a short window ("declared war against X"). */
export function objectAfterPreposition(view: DocView, from: number, preps: string[], window = 8): { slots: Slot[]; prep: number } | undefined {
  const { tokens } = view;
  const s = view.sentence(Math.min(from, tokens.length - 1));
  for (let k = from, steps = 0; k < s.last && steps < window; k++, steps++) {
    const t = tokens[k];
    if (view.slotAt(k)) return undefined;
    if (preps.includes(t.norm)) {
      const slots = objectFrom(view, k + 1);
      return slots.length ? { slots, prep: k } : undefined;
    }
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') return undefined;
  }
  return undefined;
}

/** The slot before a bracketed acronym ending at `close` ("X (ACR)" -> X). */
export function slotBeforeBracket(view: DocView, close: number): Slot | undefined {
  const { tokens } = view;
  let j = close - 1;
  while (j > 0 && close - j < 8 && tokens[j].text !== '(' && tokens[j].text !== '[') j--;
  if (tokens[j]?.text !== '(' && tokens[j]?.text !== '[') return undefined;
  return view.slotAt(j - 1);
}
