/** Repairs of appositions: a phrase set off by commas names the one before it. */
import { dominates, NOMINAL } from './tree.js';

const ARGUMENT = new Set(['obj', 'nsubj', 'nsubj:pass', 'iobj', 'obl', 'nmod']);

/** Relations of a noun phrase hung on a verb with no preposition. */
const BARE = new Set(['obl:unmarked', 'obl:npmod', 'nmod:unmarked', 'nmod:npmod', 'dep']);

/**
 * A noun phrase set off by commas right after a nominal argument, with no
 * preposition, is in apposition to it ("accused the ISI, Pakistan 's spy
 * agency, of ..."): the greedy parser, having attached the argument, often
 * hangs the second phrase on the verb as a bare oblique instead.
 */
export function repairAppositions(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  // "seized the capital Sanaa": a name right after a common noun argument, hung beside it on the verb
  // as a bare noun phrase, names what that noun describes.
  for (let x = 1; x < n; x++) {
    const prev = x - 1;
    if (upos[x] !== 'PROPN' || !BARE.has(deprel[x]) || upos[prev] !== 'NOUN' || head[prev] !== head[x] || !ARGUMENT.has(deprel[prev])) continue;
    head[x] = prev;
    deprel[x] = 'appos';
  }
  for (let x = 2; x < n; x++) {
    // News has no one addressed: a "vocative" after a comma is such a phrase too ("put pressure on the group , Hamas , to"),
    // and so is a noun "coordinated" with a verb with no conjunction.
    const stray = deprel[x] === 'vocative' || (deprel[x] === 'conj' && upos[head[x]] === 'VERB' && !head.some((hk, k) => hk === x && deprel[k] === 'cc'));
    if ((deprel[x] !== 'obl' && !stray) || !NOMINAL.has(upos[x])) continue;
    let first = x;
    let hasCase = false;
    for (let k = 0; k < n; k++) {
      if (!dominates(head, x, k)) continue;
      if (k < first) first = k;
      if (head[k] === x && deprel[k] === 'case') hasCase = true;
    }
    if (hasCase) continue;
    const comma = xpos[first] === ',' ? first : xpos[first - 1] === ',' ? first - 1 : -1;
    if (comma < 1) continue;
    // The argument the comma follows: climb from the word before it to the verb's dependent.
    let h = comma - 1;
    for (let steps = 0; steps < n && h >= 0 && head[h] !== head[x]; steps++) h = head[h];
    if (h < 0 || h >= comma || head[h] !== head[x] || !NOMINAL.has(upos[h]) || !ARGUMENT.has(deprel[h])) continue;
    head[x] = h;
    deprel[x] = 'appos';
  }
  // "The head of the DEA , Terry Cole ,": a name after a comma hung on a noun with no preposition names that noun.
  for (let x = 2; x < n; x++) {
    const h = head[x];
    if (deprel[x] !== 'nmod' || upos[x] !== 'PROPN' || h < 0 || h > x || !NOMINAL.has(upos[h])) continue;
    let first = x;
    let hasCase = false;
    for (let k = 0; k < n; k++) {
      if (upos[k] !== 'PUNCT' && dominates(head, x, k) && k < first) first = k;
      if (head[k] === x && deprel[k] === 'case') hasCase = true;
    }
    if (!hasCase && xpos[first - 1] === ',') deprel[x] = 'appos';
  }
}

/**
 * Two subjects of one verb, the second a noun phrase between commas right
 * after the first ("Boko Haram 's media wing , Al-Urwa , released"): the
 * second names the noun before its comma, an apposition. A clause has one subject; the greedy
 * parser, having seen the comma, hung the name on the verb too.
 */
export function repairDoubleSubjects(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 2; x < n; x++) {
    const v = head[x];
    if (deprel[x] !== 'nsubj' || v <= x || !NOMINAL.has(upos[x])) continue;
    let first = x;
    let last = x;
    for (let k = 0; k < n; k++) if (upos[k] !== 'PUNCT' && dominates(head, x, k)) { if (k < first) first = k; if (k > last) last = k; }
    // Between commas: one before the phrase, one after it, before the verb.
    if (xpos[first - 1] !== ',' || xpos[last + 1] !== ',' || last + 1 >= v) continue;
    let s = first - 2;
    for (let steps = 0; steps < n && s >= 0 && head[s] !== v; steps++) s = head[s];
    if (s < 0 || s >= first || deprel[s] !== 'nsubj' || !NOMINAL.has(upos[s])) continue;
    // It names the nearest noun phrase: "members of Ecuador 's gangs , Los Choneros ," names the gangs.
    head[x] = NOMINAL.has(upos[first - 2]) ? first - 2 : s;
    deprel[x] = 'appos';
    // The commas belong to the apposition now, as the treebank hangs them.
    head[first - 1] = x;
    head[last + 1] = x;
  }
}

/**
 * A name taken for a compound of a noun after a comma ("General X , who
 * heads Niger 's junta , the National Council ... , expressed"): nothing of
 * a compound stands between it and its head, let alone a clause and a
 * comma. The name keeps the relation its supposed head had, and the phrase
 * after the comma names the noun phrase before it, an apposition.
 */
export function repairCompoundsAcrossCommas(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 0; x < n; x++) {
    const h = head[x];
    if (deprel[x] !== 'compound' || h <= x || !NOMINAL.has(upos[x]) || !NOMINAL.has(upos[h])) continue;
    let last = x;
    for (let k = x + 1; k < n; k++) if (dominates(head, x, k) && upos[k] !== 'PUNCT') last = k;
    if (last === x || xpos[last + 1] !== ',' || last + 2 > h) continue;
    let whole = true;
    for (let k = last + 2; k < h; k++) if (!dominates(head, h, k)) whole = false;
    if (!whole) continue;
    // The noun phrase that ends at the comma: from its last word up to the highest noun within the name's words.
    let prev = last;
    while (head[prev] > prev && head[prev] <= last && NOMINAL.has(upos[head[prev]])) prev = head[prev];
    if (!NOMINAL.has(upos[prev])) continue;
    head[x] = head[h];
    deprel[x] = deprel[h];
    head[h] = prev;
    deprel[h] = 'appos';
    head[last + 1] = h;
  }
}

