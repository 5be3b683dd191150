/** Repairs of possessors: the phrase after "'s" owns it. */
import { NOMINAL } from './tree.js';

/** Words that may stand inside the noun phrase between the "'s" and its head. */
const PHRASE_INNER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'ADV', 'VERB']);

/**
 * A possessor ("Chad 's", "the army 's") always modifies the noun phrase
 * after its "'s". The greedy parser sometimes hangs it on the clause's verb
 * beside that phrase ("Chad 's Interior Ministry announced": two subjects),
 * most often before a chain of proper nouns: it goes to the phrase's head.
 */
export function repairPossessors(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let s = 1; s < n - 1; s++) {
    if (xpos[s] !== 'POS') continue;
    const owner = head[s];
    if (owner < 0 || owner >= s || deprel[owner] === 'nmod:poss') continue;
    const h = phraseHead(upos, head, s + 1, n);
    if (h < 0 || h === owner || head[owner] !== head[h]) continue;
    head[owner] = h;
    deprel[owner] = 'nmod:poss';
    // The preposition the parser gave the possessor ("to al-Qaeda 's leaders") marks the whole phrase.
    for (let k = 0; k < owner; k++) if (head[k] === owner && deprel[k] === 'case' && upos[k] === 'ADP') head[k] = h;
  }
  // A possessor owns the whole phrase, not a noun compounded into it ("the Houthis ' prisoners committee":
  // the committee is theirs). The treebank hangs 2 of 3,688 possessors on a compound.
  for (let k = 0; k < n; k++) {
    if (deprel[k] !== 'nmod:poss') continue;
    let h = head[k];
    while (h > k && deprel[h] === 'compound' && head[h] > h) h = head[h];
    head[k] = h;
  }
}

/** The head of the noun phrase opening at `first`: climb rightward heads while they stay nominal and near. */
function phraseHead(upos: readonly string[], head: Int32Array, first: number, n: number): number {
  let h = first;
  for (let steps = 0; steps < 8; steps++) {
    const p = head[h];
    if (p <= h || p >= n || p - first > 8 || !NOMINAL.has(upos[p])) break;
    if (!PHRASE_INNER.has(upos[h])) return -1;
    h = p;
  }
  return NOMINAL.has(upos[h]) ? h : -1;
}

/**
 * Two hyphenated modifiers before one noun, with a comma between ("the
 * US-backed , Kurdish-led forces"): the first, hung on the second as a
 * clause, modifies the noun as the second does.
 */
export function repairHyphenModifiers(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let k = 2; k < n; k++) {
    const m = head[k];
    if (xpos[k - 1] !== 'HYPH' || (deprel[k] !== 'advcl' && deprel[k] !== 'conj' && deprel[k] !== 'dep') || m <= k || deprel[m] !== 'amod') continue;
    const noun = head[m];
    if (noun <= m || !NOMINAL.has(upos[noun])) continue;
    head[k] = noun;
    deprel[k] = 'amod';
  }
}
