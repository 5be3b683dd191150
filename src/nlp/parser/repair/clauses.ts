/** Repairs of a clause's frame: its root, its subject, its objects. */
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
