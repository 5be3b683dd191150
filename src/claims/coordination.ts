import { TITLE_WORDS } from '../entities/words.js';
import type { DocView, Slot } from './view.js';

/** Words that join list items ("X and Y", "X, Y and Z", "X, including Y", "X as well as Y"). */
const JOINERS = new Set(['and', 'or', 'nor', 'the', 'as', 'well', 'including', 'especially', 'notably', 'also', 'both', 'former']);

/** Does an "and"/"or" close the list the slot belongs to, further on in the same direction? */
function listCloses(view: DocView, slot: Slot, direction: 1 | -1): boolean {
  const { tokens } = view;
  const s = view.sentence(slot.first);
  let k = direction === 1 ? slot.last : slot.first - 1;
  for (let steps = 0; k >= s.first && k < s.last && steps < 6; steps++) {
    const t = tokens[k];
    if (t.norm === 'and' || t.norm === 'or') return true;
    if (t.text !== ',' && !view.slotAt(k)) return false;
    k = view.slotAt(k) ? (direction === 1 ? view.slotAt(k)!.last : view.slotAt(k)!.first - 1) : k + direction;
  }
  return false;
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
    while (k >= s.first && k < s.last && (tokens[k].text === ',' || JOINERS.has(tokens[k].norm))) {
      if (tokens[k].text === ',' || tokens[k].norm === 'and' || tokens[k].norm === 'or' || tokens[k].norm === 'nor' || tokens[k].norm === 'including' || tokens[k].norm === 'well') sawJoin = true;
      k += direction;
    }
    // "Colonel X and Major Y": over the next name's titles.
    while (direction === 1 && sawJoin && k < s.last && !view.slotAt(k) && ((tokens[k].upper && TITLE_WORDS.has(tokens[k].norm)) || (tokens[k].text === '.' && tokens[k].glued))) k++;
    let next = k >= s.first && k < s.last ? view.slotAt(k) : undefined;
    // "Los Lobos and their allies Los Tiguerones": past a possessive and its noun to the name.
    if (next && direction === 1 && next.mention.how === 'pronoun' && /^(its|their|his|her)$/i.test(next.mention.text)) {
      let j = next.last;
      while (j < s.last && j - next.last < 3 && tokens[j].kind === 'word' && !tokens[j].upper) j++;
      const named = view.slotAt(j);
      if (named && j > next.last) next = named;
    }
    if (!sawJoin || !next || next === out[out.length - 1]) break;
    // A comma alone is a list only if "and" or "or" closes it ("X, Y and Z"); else it is an aside ("X, police said").
    const joiners = tokens.slice(Math.min(edge, k) , Math.max(edge, k) + 1).map((t) => t.norm);
    if (!joiners.some((w) => w === 'and' || w === 'or' || w === 'nor' || w === 'including' || w === 'well') && !listCloses(view, next, direction)) break;
    // A comma alone joins a list only if an "and" follows somewhere (X, Y and Z); else it is an apposition.
    out.push(next);
    edge = direction === 1 ? next.last : next.first - 1;
  }
  return direction === 1 ? out : out.reverse();
}
