/** Repairs of a clause's frame: its root, its subject, its objects. */
import { grammarWords } from '../../../lang/en/index.js';
import { dominates, FINITE, NOMINAL } from './tree.js';

/**
 * A noun phrase made the root with the finite verb after it hung on it
 * ("Egypt 's Ministry of Interior [root] said [parataxis] it ..."): the verb,
 * which has no subject of its own, is the root and the phrase its subject.
 * The greedy parser does this after long chains of proper nouns.
 */
export function repairRootedSubjects(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  const r = head.indexOf(-1);
  if (r < 0 || !NOMINAL.has(upos[r])) return;
  let v = -1;
  for (let k = r + 1; k < n; k++) if (head[k] === r && (deprel[k] === 'parataxis' || deprel[k] === 'dep' || deprel[k] === 'acl' || deprel[k] === 'list') && upos[k] === 'VERB' && FINITE.has(xpos[k])) { v = k; break; }
  if (v < 0) return;
  for (let k = 0; k < n; k++) if (head[k] === v && deprel[k].startsWith('nsubj')) return;
  // Nothing of the clause between the phrase and the verb but the phrase's own words.
  for (let k = r + 1; k < v; k++) if (!dominates(head, r, k) || dominates(head, v, k)) return;
  head[v] = -1;
  deprel[v] = 'root';
  head[r] = v;
  deprel[r] = 'nsubj';
  for (let k = v + 1; k < n; k++) if (head[k] === r) head[k] = v;
}

/**
 * A noun phrase before a verb that has no subject, taken as an oblique with
 * no preposition ("The Houthis ' main backer , Iran , denied"): it is the
 * subject. A bare oblique before the verb is a time ("Last week"), which the
 * treebank labels `obl:unmarked` or `obl:tmod`, not `obl`.
 */
export function repairBareObliques(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 0; x < n; x++) {
    const v = head[x];
    if (deprel[x] !== 'obl' || v <= x || !NOMINAL.has(upos[x]) || upos[v] !== 'VERB' || !FINITE.has(xpos[v])) continue;
    let bare = true;
    let subject = false;
    for (let k = 0; k < n; k++) {
      if (head[k] === x && deprel[k] === 'case') bare = false;
      if (head[k] === v && (deprel[k].startsWith('nsubj') || deprel[k].startsWith('csubj') || deprel[k] === 'expl')) subject = true;
    }
    if (bare && !subject) deprel[x] = 'nsubj';
  }
}

/**
 * Two objects of one verb, the first a name right before the second's
 * phrase ("drew US and British air strikes"): the name modifies the noun
 * after it, a compound. The treebank gives a verb one `obj` (a first object
 * of two is `iobj`); the greedy parser, having taken the name, closed it.
 */
export function repairDoubleObjects(upos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let a = 0; a < n; a++) {
    const v = head[a];
    if (deprel[a] !== 'obj' || v < 0 || upos[a] !== 'PROPN') continue;
    let b = -1;
    for (let k = a + 1; k < n; k++) if (head[k] === v && deprel[k] === 'obj') { b = k; break; }
    if (b < 0) continue;
    let last = a;
    let first = b;
    for (let k = 0; k < n; k++) {
      if (dominates(head, a, k) && k > last) last = k;
      if (dominates(head, b, k) && k < first) first = k;
    }
    // "branded X a terrorist group", "gave Hamas its weapons": a determiner opens a phrase of its own.
    if (last + 1 !== first || !NOMINAL.has(upos[b]) || upos[first] === 'DET' || upos[first] === 'PRON' || upos[first] === 'NUM') continue;
    head[a] = b;
    deprel[a] = 'compound';
  }
}

/**
 * A participle between commas taken for the root, with the sentence's
 * finite verb as its conjunct ("The SPLM-N , led by X , controls Y": "led"
 * root, "controls" its conjunct, the name an oblique): the finite verb is
 * the root, the noun phrase before the first comma its subject, and the
 * participle describes that phrase.
 */
export function repairParticipleRoots(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  const r = head.indexOf(-1);
  if (r < 2 || xpos[r] !== 'VBN' || xpos[r - 1] !== ',') return;
  let subject = -1;
  let verb = -1;
  for (let k = 0; k < n; k++) {
    if (head[k] !== r) continue;
    if (deprel[k].startsWith('nsubj') || deprel[k].startsWith('aux') || deprel[k] === 'cop') return;
    // The phrase before the comma, whatever the parser called it.
    if (k < r - 1 && NOMINAL.has(upos[k]) && subject < 0) subject = k;
    if (k > r && deprel[k] === 'conj' && upos[k] === 'VERB' && FINITE.has(xpos[k]) && xpos[k - 1] !== 'CC' && verb < 0) verb = k;
  }
  if (subject < 0 || verb < 0) return;
  // The phrase ends at the comma; the verb has no subject of its own.
  for (let k = subject + 1; k < r - 1; k++) if (!dominates(head, subject, k)) return;
  for (let k = 0; k < n; k++) if (head[k] === verb && (deprel[k].startsWith('nsubj') || deprel[k] === 'cc')) return;
  head[verb] = -1;
  deprel[verb] = 'root';
  head[subject] = verb;
  deprel[subject] = 'nsubj';
  head[r] = subject;
  deprel[r] = 'acl';
  // What hung on the participle before the comma is the phrase's ("The"); after the verb (the final stop), the verb's.
  for (let k = 0; k < r - 1; k++) if (head[k] === r) head[k] = subject;
  for (let k = verb + 1; k < n; k++) if (head[k] === r) head[k] = verb;
}

/**
 * A finite verb hung as a conjunct with no conjunction and no subject, right
 * after a noun phrase that opens with a preposition ("spoke in Kyiv , a day
 * after the Wagner Group attacked the town": "Group" taken as the object of
 * "after", "attacked" as a second verb of "spoke"): the phrase is the verb's
 * subject, the preposition its subordinator, and the verb's clause modifies
 * the verb it was coordinated with.
 */
export function repairSubordinateClauses(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[], lemma: readonly string[]): void {
  const n = upos.length;
  const subordinators = grammarWords().clausePrepositions;
  for (let v = 2; v < n; v++) {
    if (deprel[v] !== 'conj' || upos[v] !== 'VERB' || !FINITE.has(xpos[v]) || head[v] < 0 || head[v] > v || upos[head[v]] !== 'VERB') continue;
    let own = false;
    for (let k = 0; k < n && !own; k++) if (head[k] === v && (deprel[k] === 'cc' || deprel[k].startsWith('nsubj') || deprel[k] === 'punct' && k < v)) own = true;
    if (own) continue;
    // The phrase that ends right before the verb: up to the first noun with a preposition.
    const h = closingPhrase(upos, head, v - 1, (x) => caseOf(head, deprel, xpos, x) >= 0);
    const c = caseOf(head, deprel, xpos, h);
    // Only a preposition that may open a clause ("after", "since"); "any of her allies expresses" is a subject.
    if (c < 0 || !subordinators.has(lemma[c].toLowerCase()) || !NOMINAL.has(upos[h]) || dominates(head, h, v)) continue;
    head[h] = v;
    deprel[h] = 'nsubj';
    head[c] = v;
    deprel[c] = 'mark';
    deprel[v] = 'advcl';
  }
}

/** The preposition ("IN") that opens the phrase of `h`, or -1. */
function caseOf(head: Int32Array, deprel: readonly string[], xpos: readonly string[], h: number): number {
  for (let k = 0; k < h; k++) if (head[k] === h && deprel[k] === 'case' && xpos[k] === 'IN') return k;
  return -1;
}

/**
 * The head of the noun phrase whose last word is `end`: from that word up
 * through nominal heads to its left whose phrases end there too, stopping at
 * the first word `stop` accepts.
 */
function closingPhrase(upos: readonly string[], head: Int32Array, end: number, stop: (h: number) => boolean = () => false): number {
  let h = end;
  while (h >= 0 && !stop(h) && head[h] >= 0 && head[h] < h && NOMINAL.has(upos[head[h]]) && spanEnd(head, head[h]) === end) h = head[h];
  return h;
}

/** The last word of the subtree of `a` (its span is contiguous in a projective tree). */
function spanEnd(head: Int32Array, a: number): number {
  let end = a;
  for (let k = a + 1; k < head.length; k++) if (dominates(head, a, k)) end = k;
  return end;
}

/**
 * A word hung on a punctuation mark ("said Jules Ngongo ." with the name
 * taken as the subject of the full stop): punctuation heads nothing in the
 * treebank, so the word goes to the mark's own head, keeping its relation.
 */
export function repairPunctuationHeads(upos: readonly string[], head: Int32Array, deprel: string[]): void {
  for (let k = 0; k < upos.length; k++) {
    let h = head[k];
    if (h < 0 || upos[h] !== 'PUNCT' || upos[k] === 'PUNCT') continue;
    for (let steps = 0; h >= 0 && upos[h] === 'PUNCT' && steps < upos.length; steps++) h = head[h];
    if (h < 0) continue;
    head[k] = h;
    // A clause has one subject: a "subject" of the mark under a verb that has its own was some other phrase
    // ("planned with General X , who ..." with X taken for the subject of the full stop).
    if (deprel[k].startsWith('nsubj') && head.some((hk, j) => hk === h && j !== k && deprel[j].startsWith('nsubj'))) deprel[k] = 'obl';
  }
}

/**
 * A clause that opens with a relative pronoun right after a comma that
 * follows a noun phrase ("targeted Hezbollah , which Israel has accused of
 * ..."), hung as a second verb of the main clause: it is a relative clause
 * of that noun phrase.
 */
export function repairRelativeClauses(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let v = 3; v < n; v++) {
    if ((deprel[v] !== 'conj' && deprel[v] !== 'parataxis') || upos[v] !== 'VERB' || head[v] < 0 || head[v] > v) continue;
    // The clause's first word is its relative pronoun, after a comma that is the clause's own.
    let first = v;
    for (let k = 0; k < v; k++) if (k < first && dominates(head, v, k)) first = k;
    const r = xpos[first] === ',' ? first + 1 : -1;
    if (r < 0 || r >= v || (xpos[r] !== 'WDT' && xpos[r] !== 'WP') || head[r] !== v) continue;
    // The noun phrase that ends right before the comma.
    const h = closingPhrase(upos, head, first - 1);
    if (h < 0 || !NOMINAL.has(upos[h]) || spanEnd(head, h) !== first - 1 || dominates(head, v, h)) continue;
    head[v] = h;
    deprel[v] = 'acl:relcl';
  }
}
