/**
 * Repairs the greedy parser cannot make itself, applied to its finished tree
 * where English grammar settles the reading. Each keeps the tree projective
 * and raises the treebank's own scores a little (README, "Extraction
 * quality"). Heads are 0-based within the sentence, -1 for the root; each
 * edits `head` and `deprel` in place.
 */

const NOMINAL = new Set(['NOUN', 'PROPN']);
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
    if (deprel[x] !== 'obl' || !NOMINAL.has(upos[x])) continue;
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

/** Whether `a` is `k` or one of its ancestors. */
function dominates(head: Int32Array, a: number, k: number): boolean {
  for (let steps = 0; k >= 0 && steps <= head.length; steps++, k = head[k]) if (k === a) return true;
  return false;
}

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

const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

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
