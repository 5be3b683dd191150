import { objectFrom } from './arguments.js';
import type { DocView, Slot } from './view.js';

const HARM = /^(killed|killing|kill|kills|wounded|wounding|injured|injuring|targeted|targeting|hit|struck|left)$/;
const RESULT = /^(resulted|resulting|result|results|led|leading)$/;

/**
 * Victims an incident's own clause names right after it: "the bombing which
 * killed 40 CRPF personnel", "strikes that resulted in the deaths of four PMF
 * fighters", "an ambush, killing six police officers". `from` is the first
 * token after the incident (its noun, its name or its object).
 */
export function victimsAfter(view: DocView, from: number): Slot[] {
  const { tokens } = view;
  const s = view.sentence(Math.min(from, tokens.length - 1));
  let k = from;
  // Over a short place or time phrase: "the attack in Kolofata on Sunday that killed".
  for (let steps = 0; k < s.last && steps < 8; steps++) {
    const t = tokens[k];
    if (/^(which|that|,)$/.test(t.norm) || HARM.test(t.norm) || RESULT.test(t.norm)) break;
    if (/^(in|on|at|near|last|this|early|late)$/.test(t.norm) || t.kind === 'number' || (t.upper && !view.slotAt(k)) || (view.slotAt(k)?.entity.type === 'Location')) { k = view.slotAt(k)?.last ?? k + 1; continue; }
    return [];
  }
  // ", in which five Indian Army soldiers were killed"
  if (tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'in' && tokens[k + 2]?.norm === 'which') {
    const victims = objectFrom(view, k + 3, 6);
    const end = victims.length ? victims[victims.length - 1].last : k + 3;
    let j = end;
    while (j < s.last && j < end + 4 && tokens[j].kind === 'word' && !tokens[j].upper && !HARM.test(tokens[j].norm)) j++;
    return HARM.test(tokens[j]?.norm ?? '') && j > end ? victims : [];
  }
  if (/^(which|that|,)$/.test(tokens[k]?.norm ?? '')) k++;
  if (/^(also|reportedly|allegedly)$/.test(tokens[k]?.norm ?? '')) k++;
  if (HARM.test(tokens[k]?.norm ?? '')) return withListed(view, objectFrom(view, k + 1, 10));
  if (RESULT.test(tokens[k]?.norm ?? '') && /^(in|to)$/.test(tokens[k + 1]?.norm ?? '')) {
    // "resulted in the deaths of X", "led to the killing of X"
    let j = k + 2;
    if (tokens[j]?.norm === 'the') j++;
    if (/^(death|deaths|killing|killings|injury|injuries|wounding)$/.test(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'of') return withListed(view, objectFrom(view, j + 2, 10));
  }
  return [];
}

/** Victims named one by one after a colon: "four members of the 47th Brigade: Commander X, Y, and Z". */
function withListed(view: DocView, victims: Slot[]): Slot[] {
  const { tokens } = view;
  if (!victims.length) return victims;
  const last = victims[victims.length - 1];
  // "four members of the 47th Brigade:", "three Hezbollah members:"
  let colon = last.last;
  if (/^(members|fighters|commanders|militants|soldiers|officers|operatives|leaders|troops|personnel)$/.test(tokens[colon]?.norm ?? '')) colon++;
  if (tokens[colon]?.text !== ':') return victims;
  const s = view.sentence(last.first);
  const out = [...victims];
  for (let j = colon + 1; j < s.last; j++) {
    const t = tokens[j];
    const p = view.slotAt(j);
    if (p) {
      if (p.entity.type === 'Person' && !out.includes(p)) out.push(p);
      j = p.last - 1;
      continue;
    }
    // Titles, commas, "and", and a bracketed nickname stay inside the list.
    if (t.text === ',' || t.norm === 'and' || t.text === '(' || t.text === ')' || (t.kind === 'word' && t.upper) || t.text === '.') continue;
    break;
  }
  return out;
}
