import type { Token } from '../core/index.js';
import type { Candidate } from './candidates.js';
import { isCue } from './chunks.js';
import { ROLE_NOUNS, TITLE_WORDS } from './words.js';

export interface Link {
  a: number;
  b: number;
  rule: string;
}


/** "LeT", "ISPK", "LJ-A", "JeM", "RNDDH": one glued run with two or more capitals. */
export function acronymShaped(tokens: Token[], first: number, last: number): boolean {
  if (last <= first || last - first > 5) return false;
  for (let k = first + 1; k < last; k++) if (!tokens[k].glued) return false;
  const text = tokens.slice(first, last).map((t) => t.text).join('');
  // "Urus-Martan", "Guinea-Bissau": hyphenated words, each capitalised and then in lower case, are a name.
  if (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u.test(text)) return false;
  return /^[\p{Lu}][\p{L}\d&.-]*$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && text.length <= 12;
}

/**
 * Aliases the text defines: "Islamic State of Khorasan Province [ISPK]",
 * "(TTP)", "ISI (Inter-Services Intelligence)", "the Arakan Army, or AA,".
 * A bracketed gloss in lower case ("Nazim-e-Ala [supreme leader]") is a
 * translation: the word before it is a foreign title, not a name.
 */
export function findDefinitions(tokens: Token[], cands: Candidate[], startsAt: Map<number, number>, endsAt: Map<number, number>): { links: Link[]; created: Candidate[]; titles: number[] } {
  const links: Link[] = [];
  const created: Candidate[] = [];
  const titles: number[] = [];
  for (let p = 0; p < tokens.length; p++) {
    const open = tokens[p].text;
    const close = open === '(' ? ')' : open === '[' ? ']' : undefined;
    if (close) {
      let q = p + 1;
      while (q < tokens.length && q - p <= 12 && tokens[q].text !== close) q++;
      if (tokens[q]?.text !== close) continue;
      let before = endsAt.get(p);
      if (before === undefined) continue;
      const inner = startsAt.get(p + 1);
      // "the Movement for Democracy and Justice in Chad (MDJT)": an acronym whose first letter the
      // place before it does not start is the name before "in" or "of".
      const b = cands[before];
      if (acronymShaped(tokens, p + 1, q) && b.last - b.first === 1 && tokens[b.first].text[0].toLowerCase() !== tokens[p + 1].text[0].toLowerCase() && /^(in|of)$/.test(tokens[b.first - 1]?.norm ?? '')) {
        const owner = endsAt.get(b.first - 1);
        if (owner !== undefined && tokens[cands[owner].first].text[0].toLowerCase() === tokens[p + 1].text[0].toLowerCase()) before = owner;
      }
      if (acronymShaped(tokens, p + 1, q)) {
        // "Amhara Fano National Movement (AFNM)": known names inside the expansion are parts of it.
        const whole = expansion(tokens, cands, endsAt, before, p + 1, q);
        if (whole) {
          created.push(whole);
          before = -created.length;
        }
        if (before < 0 && inner !== undefined && cands[inner].last === q) links.push({ a: before, b: inner, rule: 'alias/bracket-acronym' });
        else if (before < 0) {
          created.push({ first: p + 1, last: q, how: 'acronym', titles: [], rule: 'alias/bracket-acronym', sentence: whole!.sentence });
          links.push({ a: before, b: -created.length, rule: 'alias/bracket-acronym' });
        } else if (inner !== undefined && cands[inner].last === q) links.push({ a: before, b: inner, rule: 'alias/bracket-acronym' });
        else {
          created.push({ first: p + 1, last: q, how: 'acronym', titles: [], rule: 'alias/bracket-acronym', sentence: cands[before].sentence });
          links.push({ a: before, b: -created.length, rule: 'alias/bracket-acronym' });
        }
      } else if (inner !== undefined && cands[inner].last === q && cands[before].how === 'name' && acronymShaped(tokens, cands[before].first, cands[before].last)) {
        links.push({ a: before, b: inner, rule: 'alias/bracket-expansion' });
      } else if (inner !== undefined && cands[inner].last === q && q - (p + 1) <= 4 && (cands[before].type === 'Person' || /^(abu|umm|ibn|el|al)$/.test(tokens[p + 1].norm))) {
        // "Commander Ahmed Najm Abdul Zahra (Abu Hassan)": a kunya or nom de guerre.
        links.push({ a: before, b: inner, rule: 'alias/nickname' });
      } else if (inner !== undefined && cands[inner].last === q && q === p + 2 && !cands[inner].kb && longOrgName(tokens, cands[before])) {
        // "the National Commission for Development and Life without Drugs (Devida)": a body's short
        // name in its own language, one capitalised word after its long name.
        links.push({ a: before, b: inner, rule: 'alias/bracket-short-name' });
      } else if (isGloss(tokens, p + 1, q)) {
        titles.push(before);
      }
      continue;
    }
    // "the Arakan Army, or AA," / "Daesh, or ISIS,"
    if (tokens[p].text === ',' && tokens[p + 1]?.norm === 'or') {
      const before = endsAt.get(p);
      const after = startsAt.get(p + 2);
      if (before !== undefined && after !== undefined && (acronymShaped(tokens, cands[after].first, cands[after].last) || acronymShaped(tokens, cands[before].first, cands[before].last))) {
        const end = cands[after].last;
        if (tokens[end]?.text === ',' || tokens[end]?.text === ')' || tokens[end]?.text === '.') links.push({ a: before, b: after, rule: 'alias/or-acronym' });
      }
    }
  }
  return { links, created, titles };
}

/** Capital initials of the words in a span ("National Movement" -> "NM"), connectors left out. */
function initials(tokens: Token[], first: number, last: number): string {
  return tokens.slice(first, last).filter((t) => t.kind === 'word' && t.upper).map((t) => t.text[0].toUpperCase()).join('');
}

/**
 * When an acronym spells more than the name just before it, and the names
 * right before that one complete its letters, the whole run is one name: a
 * new candidate over it, the parts dropped.
 */
function expansion(tokens: Token[], cands: Candidate[], endsAt: Map<number, number>, before: number, first: number, last: number): Candidate | undefined {
  const letters = tokens.slice(first, last).map((t) => t.text).join('').replace(/[^\p{Lu}]/gu, '');
  const b = cands[before];
  let have = initials(tokens, b.first, b.last);
  if (letters.length <= have.length || !letters.endsWith(have)) return undefined;
  const parts = [before];
  let start = b.first;
  while (have.length < letters.length) {
    const prev = endsAt.get(start);
    if (prev === undefined || cands[prev].dropped) return undefined;
    have = initials(tokens, cands[prev].first, cands[prev].last) + have;
    if (!letters.endsWith(have)) return undefined;
    parts.push(prev);
    start = cands[prev].first;
  }
  if (have !== letters) return undefined;
  for (const i of parts) cands[i].dropped = true;
  return { first: start, last: b.last, how: 'name', titles: [], rule: 'entity/acronym-expansion', sentence: b.sentence };
}

/** A long organisation's name: four words or more, one of them a cue word ("Commission", "Service"). */
function longOrgName(tokens: Token[], c: Candidate): boolean {
  if (c.how !== 'name' || c.kb || c.type === 'Person' || c.type === 'Location') return false;
  const words = tokens.slice(c.first, c.last).filter((t) => t.kind === 'word');
  return words.length >= 4 && words.some((t) => t.upper && isCue(t.norm));
}

/** "[supreme leader]", "(commander)": a translation of a title in lower case. */
function isGloss(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last).filter((t) => t.kind === 'word');
  return words.length > 0 && words.every((t) => !t.upper) && words.some((t) => ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm));
}
