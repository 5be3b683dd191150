import type { Token } from '../core/index.js';
import type { Link } from './acronyms.js';
import type { Candidate } from './candidates.js';
import { ROLE_NOUNS } from './words.js';

/** Adverbs that may sit between the comma and "known as" ("also", "better", "formerly"). */
const HEDGES = new Set(['also', 'better', 'widely', 'commonly', 'locally', 'popularly', 'formerly', 'previously', 'once', 'now', 'sometimes', 'often', 'simply', 'more']);
/** Group heads of an apposition the name can be said of ("X, a faction known as Y"). */
const GROUP_HEADS = new Set(['group', 'faction', 'movement', 'outfit', 'militia', 'organisation', 'organization', 'network', 'cell', 'wing', 'unit', 'brigade', 'force']);
const QUOTES = new Set(['“', '"', '‘', "'", '«']);

/**
 * A second name the text gives in so many words: "X, known as Y", "X, also
 * known as Y", "X, formerly known as Y", "X, alias “Y”", "X (a.k.a. Y)",
 * "X, nicknamed Y", and through an apposition whose head is a role or a
 * group noun ("X, the brigade's commander known as Y"). The two names are
 * one entity. Only where both sides are names already found: the words after
 * "known as" decide nothing on their own.
 */
export function knownAsLinks(tokens: Token[], cands: Candidate[], startsAt: Map<number, number>, endsAt: Map<number, number>): Link[] {
  const links: Link[] = [];
  for (let p = 0; p < tokens.length; p++) {
    const after = markerEnd(tokens, p);
    if (after === undefined) continue;
    let q = after;
    while (QUOTES.has(tokens[q]?.text ?? '') || tokens[q]?.norm === 'the') q++;
    const right = startsAt.get(q);
    if (right === undefined || cands[right].dropped || cands[right].last - cands[right].first > 8) continue;
    const left = leftName(tokens, cands, endsAt, p);
    if (left === undefined || left === right || cands[left].sentence !== cands[right].sentence) continue;
    links.push({ a: left, b: right, rule: 'alias/known-as' });
  }
  return links;
}

/** The token after a marker starting at p ("known as", "referred to as", "alias", "aka", "a.k.a.", "nicknamed"), if one starts there. */
function markerEnd(tokens: Token[], p: number): number | undefined {
  const w = tokens[p].norm;
  if ((w === 'known' || w === 'called') && tokens[p + 1]?.norm === 'as') return p + 2;
  if (w === 'referred' && tokens[p + 1]?.norm === 'to' && tokens[p + 2]?.norm === 'as') return p + 3;
  if (w === 'alias' || w === 'aka' || w === 'nicknamed') return p + 1;
  if (/^a\.?k\.?a\.?$/.test(w) && w.length > 3) return p + 1;
  return undefined;
}

/** The name the marker at p speaks of: right before a comma or bracket, or before an apposition headed by a role or group noun. */
function leftName(tokens: Token[], cands: Candidate[], endsAt: Map<number, number>, p: number): number | undefined {
  let k = p - 1;
  while (k >= 0 && HEDGES.has(tokens[k].norm)) k--;
  if (k < 0) return undefined;
  if (tokens[k].text === ',' || tokens[k].text === '(') return live(cands, endsAt.get(k));
  // "X, the Suleiman Shah commander known as Y": the apposition's head is a role or group noun right before the marker.
  if (!ROLE_NOUNS.has(tokens[k].norm) && !GROUP_HEADS.has(tokens[k].norm)) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const t = tokens[j].text;
    if (t === '.' || t === ';' || t === ':' || t === ')' || t === '(') return undefined;
    if (t !== ',') continue;
    // The apposition opens with a determiner or a possessor ("the", "a", "its", "the group's").
    if (!/^(the|a|an|its|his|their|her)$/.test(tokens[j + 1]?.norm ?? '')) return undefined;
    return live(cands, endsAt.get(j));
  }
  return undefined;
}

function live(cands: Candidate[], i: number | undefined): number | undefined {
  return i !== undefined && !cands[i].dropped ? i : undefined;
}
