/** Repairs of coordination: what "and" joins, and what a bare comma does not. */
import { dominates, FINITE, NOMINAL } from './tree.js';

const CLAUSAL = new Set(['nsubj', 'nsubj:pass', 'csubj', 'cop', 'aux', 'aux:pass', 'mark', 'obj', 'xcomp', 'ccomp']);

/**
 * A noun joined by "and" to a verb, with no verb, subject or object of its
 * own, after the verb's object: a second object ("accused Malian troops and
 * the Wagner Group of abuses"), which the greedy parser, having closed the
 * first object, coordinated with the verb instead.
 */
export function repairConjuncts(upos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 2; x < n; x++) {
    const v = head[x];
    if (deprel[x] !== 'conj' || v < 0 || v > x || upos[v] !== 'VERB' || !NOMINAL.has(upos[x])) continue;
    let clausal = false;
    let cc = false;
    for (let k = 0; k < n; k++) if (head[k] === x) { if (CLAUSAL.has(deprel[k])) clausal = true; if (deprel[k] === 'cc') cc = true; }
    if (clausal || !cc) continue;
    let obj = -1;
    for (let k = v + 1; k < x; k++) if (head[k] === v && (deprel[k] === 'obj' || deprel[k] === 'obl') && NOMINAL.has(upos[k])) obj = k;
    if (obj < 0) continue;
    head[x] = obj;
  }
}

/**
 * A participle joined by "and" to a finite or perfect verb, with no subject
 * or auxiliary of its own, right before a noun it took for its object,
 * after the verb's object: a modifier of a second object ("accused Kinshasa
 * and neighbouring Burundi of ..."). A verb cannot be coordinated with a
 * bare participle; the noun is the second object and the participle its
 * modifier, and what else hung on the participle goes back to the verb.
 */
export function repairParticipleConjuncts(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let v = 2; v + 1 < n; v++) {
    const h = head[v];
    if (deprel[v] !== 'conj' || xpos[v] !== 'VBG' || h < 0 || h > v || upos[h] !== 'VERB' || !(FINITE.has(xpos[h]) || xpos[h] === 'VBN')) continue;
    if (deprel[v - 1] !== 'cc' || head[v - 1] !== v || head[v + 1] !== v || deprel[v + 1] !== 'obj' || !NOMINAL.has(upos[v + 1])) continue;
    let own = false;
    for (let k = 0; k < n; k++) if (head[k] === v && (deprel[k].startsWith('nsubj') || deprel[k].startsWith('aux'))) own = true;
    let first = -1;
    for (let k = h + 1; k < v - 1; k++) if (head[k] === h && deprel[k] === 'obj' && NOMINAL.has(upos[k])) first = k;
    if (own || first < 0) continue;
    const noun = v + 1;
    for (let k = 0; k < n; k++) if (head[k] === v && k !== noun && k !== v - 1) head[k] = h;
    head[noun] = first;
    deprel[noun] = 'conj';
    head[v - 1] = noun;
    head[v] = noun;
    deprel[v] = 'amod';
  }
}

/**
 * A noun joined by a bare comma to the noun of a prepositional phrase, with
 * no "and" or "or" anywhere in the coordination, between commas: it names
 * the noun the phrase modifies ("Al-Qaeda 's affiliate in Mali , JNIM ,"),
 * an apposition, not a list of two.
 */
export function repairCommaConjuncts(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 2; x < n; x++) {
    const m = head[x];
    if (deprel[x] !== 'conj' || m < 0 || m > x || !NOMINAL.has(upos[x]) || upos[m] !== 'PROPN' || deprel[m] !== 'nmod') continue;
    let first = x;
    let last = x;
    let linked = false;
    for (let k = 0; k < n; k++) {
      // The phrase's words, not the commas hung on it.
      if (upos[k] !== 'PUNCT' && dominates(head, x, k)) { if (k < first) first = k; if (k > last) last = k; }
      // Any "and" or "or" of the coordination, on the first conjunct or another (conjuncts may nest).
      if (deprel[k] === 'cc' && head[k] >= 0 && inCoordination(head, deprel, m, head[k])) linked = true;
    }
    if (linked || xpos[first - 1] !== ',' || (last + 1 < n && xpos[last + 1] !== ',')) continue;
    const noun = head[m];
    if (noun < 0 || upos[noun] !== 'NOUN' || noun > m) continue;
    head[x] = noun;
    deprel[x] = 'appos';
    head[first - 1] = x;
  }
}

/** Whether `k` is `m` or reached from it through conjunct links only. */
function inCoordination(head: Int32Array, deprel: readonly string[], m: number, k: number): boolean {
  for (let steps = 0; k >= 0 && steps <= head.length; steps++) {
    if (k === m) return true;
    if (deprel[k] !== 'conj') return false;
    k = head[k];
  }
  return false;
}

/**
 * A common noun joined by a bare comma after a coordination that "and" or
 * "or" already closed ("Iran and Russia , Assad 's main backers ,"): it
 * describes the whole coordination, an apposition of its first conjunct,
 * not a third member.
 */
export function repairTrailingConjuncts(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 2; x < n; x++) {
    const h = head[x];
    if (deprel[x] !== 'conj' || h < 0 || h > x || upos[x] !== 'NOUN' || upos[h] !== 'PROPN') continue;
    let first = x;
    let last = x;
    let closed = false;
    for (let k = 0; k < n; k++) {
      if (upos[k] !== 'PUNCT' && dominates(head, x, k)) { if (k < first) first = k; if (k > last) last = k; }
      // An "and" of an earlier conjunct (its own "and" would make it a member).
      if (deprel[k] === 'cc' && head[k] >= 0 && head[k] !== x && head[k] < x && head[head[k]] === h && deprel[head[k]] === 'conj') closed = true;
    }
    if (!closed || xpos[first - 1] !== ',' || (last + 1 < n && xpos[last + 1] !== ',' && upos[last + 1] !== 'PUNCT')) continue;
    deprel[x] = 'appos';
    head[first - 1] = x;
  }
}

/**
 * A finite verb or participle joined by "and" to the object of a verb, with
 * no subject of its own ("condemned the attack and called on X to ..."
 * with "called" hung on "attack"): a second verb of that verb's clause.
 */
export function repairVerbConjuncts(upos: readonly string[], xpos: readonly string[], head: Int32Array, deprel: string[]): void {
  const n = upos.length;
  for (let x = 2; x < n; x++) {
    const noun = head[x];
    if (deprel[x] !== 'conj' || upos[x] !== 'VERB' || !(FINITE.has(xpos[x]) || xpos[x] === 'VBN') || noun < 0 || noun > x || !NOMINAL.has(upos[noun])) continue;
    if (deprel[noun] !== 'obj' || head[noun] < 0 || upos[head[noun]] !== 'VERB') continue;
    let cc = false;
    let subject = false;
    for (let k = 0; k < n; k++) if (head[k] === x) { if (deprel[k] === 'cc') cc = true; if (deprel[k].startsWith('nsubj')) subject = true; }
    if (!cc || subject) continue;
    head[x] = head[noun];
  }
}
