import type { Weights } from '../perceptron/weights.js';
import { A, ATOMS, paddedAtoms, writeWordAtoms } from './atoms.js';
import { contextFeatures, MAX_TAG_FEATURES, tagFeatures, wordFeatures, xposFeatures } from './features.js';

/**
 * What a trained tagger holds: the tags ("UPOS XPOS" pairs seen in
 * training), two passes over universal tags, a classifier for the
 * treebank's own tag given the universal one, a tag dictionary.
 */
export interface TaggerModel {
  /** Every "UPOS XPOS" pair seen in training: the tag ids the tagger returns. */
  tags: string[];
  first: Weights;
  second: Weights;
  xpos: Weights;
  /** Frequent words seen (almost) always with one tag: tagged without scoring. */
  dict: Map<string, number>;
  /** Lower-case words seen in training: others share the atoms of unknown words. */
  vocab: Set<string>;
}

/** The universal and treebank tag sets behind the pairs, and which pairs exist. */
export interface TagSets {
  upos: string[];
  xpos: string[];
  /** Per UPOS id, the XPOS ids it was seen with. */
  xposFor: Int32Array[];
  /** Pair id of (UPOS id, XPOS id): pairId[u * xpos.length + x], -1 if never seen. */
  pairId: Int32Array;
  /** UPOS id and XPOS id of each pair. */
  uposOf: Int32Array;
  xposOf: Int32Array;
}

export function tagSets(tags: string[]): TagSets {
  const upos = [...new Set(tags.map((t) => t.split(' ')[0]))].sort();
  const xpos = [...new Set(tags.map((t) => t.split(' ')[1]))].sort();
  const pairId = new Int32Array(upos.length * xpos.length).fill(-1);
  const uposOf = new Int32Array(tags.length), xposOf = new Int32Array(tags.length);
  const xposFor: number[][] = upos.map(() => []);
  tags.forEach((t, i) => {
    const [u, x] = t.split(' ');
    const ui = upos.indexOf(u), xi = xpos.indexOf(x);
    pairId[ui * xpos.length + xi] = i;
    uposOf[i] = ui;
    xposOf[i] = xi;
    xposFor[ui].push(xi);
  });
  return { upos, xpos, xposFor: xposFor.map((l) => Int32Array.from(l)), pairId, uposOf, xposOf };
}

/** What the tagger keeps of a word type: its atoms and the scores of its word features in each pass. */
interface TypeEntry { atoms: Int32Array; first: Int32Array; second: Int32Array }

/**
 * How close a noun's score must come to the verb's, as a share of its own,
 * for a verbless sentence to take it as its verb. Chosen on EWT dev (0.2:
 * UAS 84.54 to 84.57) and confirmed on test (84.85 to 84.87); web text has
 * many verbless fragments ("Great service !"), news few.
 */
const VERBLESS_MARGIN = 0.2;
/**
 * The same for a relative clause with no finite verb ("which US officials
 * accuse of ..."): the clause's own structure is the stronger evidence, so
 * the noun may outscore the verb by up to its own score. The treebank has no
 * such clause the tagger gets wrong (EWT dev and test unchanged from 0.5 to 5).
 */
const RELATIVE_MARGIN = 1;

/** Word types kept at most; past that the cache starts again (a long tail of names would grow it without end). */
const TYPES = 100_000;

/**
 * Tags words: the universal tag in two passes (left to right with the tags
 * before, then again with the first pass's tags after as well), then the
 * treebank tag among those the universal tag allows. Few classes per pass
 * keep the scoring cheap. A word's own features (a third of them) do not
 * depend on its place, so their scores are summed once per word type and
 * kept (the first word of a sentence, whose flags differ, is scored in
 * full): fewer table lookups, fewer cache misses. Returns pair ids (into
 * `model.tags`).
 */
export class Tagger {
  private feats = new Int32Array(MAX_TAG_FEATURES);
  private scores: Int32Array;
  private xscores: Int32Array;
  private atoms: Int32Array = new Int32Array(0);
  private types = new Map<string, TypeEntry>();
  private entries: (TypeEntry | undefined)[] = [];
  readonly sets: TagSets;

  constructor(readonly model: TaggerModel) {
    this.sets = tagSets(model.tags);
    this.scores = new Int32Array(this.sets.upos.length);
    this.xscores = new Int32Array(this.sets.xpos.length);
  }

  /**
   * `fixed` gives a word's tag ("PUNCT HYPH") where the text settles it
   * beyond what the words show (see `spacingTags`), or its universal tag
   * alone ("VERB"); the passes then read it as context like any other tag.
   */
  tag(words: readonly string[], fixed?: readonly (string | undefined)[], verbForms?: Uint8Array): Int32Array {
    const n = words.length;
    const { sets, model, entries } = this;
    const atoms = this.atoms = paddedAtoms(n, this.atoms);
    entries.length = n;
    if (n > 0) { writeWordAtoms(words[0], true, model.vocab, atoms, 2 * ATOMS); entries[0] = undefined; }
    for (let i = 1; i < n; i++) {
      const e = entries[i] = this.entry(words[i]);
      atoms.set(e.atoms, (i + 2) * ATOMS);
    }
    const first = new Int32Array(n), upos = new Int32Array(n), out = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const d = (fixed?.[i] !== undefined ? this.pairOf(fixed[i]!) : undefined) ?? model.dict.get(words[i]);
      if (d !== undefined) out[i] = d;
    }
    // Words whose tag the dictionary or the text settled: never taken for a sentence's missing verb.
    const settled = out.map((x) => (x >= 0 ? 1 : 0));
    // A universal tag alone ("VERB"): both passes keep it, the treebank tag is still chosen.
    const forced = new Int32Array(n).fill(-1);
    if (fixed) for (let i = 0; i < n; i++) if (out[i] < 0 && fixed[i] !== undefined) forced[i] = sets.upos.indexOf(fixed[i]!);
    for (let i = 0; i < n; i++) {
      first[i] = out[i] >= 0 ? sets.uposOf[out[i]] : forced[i] >= 0 ? forced[i] : this.best(model.first, entries[i]?.first, atoms, n, i, i > 0 ? first[i - 1] + 1 : 0, i > 1 ? first[i - 2] + 1 : 0, -1, -1);
    }
    for (let i = 0; i < n; i++) {
      if (out[i] >= 0) { upos[i] = sets.uposOf[out[i]]; continue; }
      if (forced[i] >= 0) { upos[i] = forced[i]; continue; }
      const n1 = i + 1 < n ? first[i + 1] + 1 : 0;
      const n2 = i + 2 < n ? first[i + 2] + 1 : 0;
      upos[i] = this.best(model.second, entries[i]?.second, atoms, n, i, i > 0 ? upos[i - 1] + 1 : 0, i > 1 ? upos[i - 2] + 1 : 0, n1, n2);
    }
    const g = this.grammar;
    for (let i = 0; i < n; i++) {
      if (out[i] >= 0) continue;
      let x = this.treebankTag(atoms, i, upos);
      // After a possessive determiner ("its", "their") comes a noun phrase: a participle may open it
      // ("their proposed deal"), a finite or bare verb may not ("its affiliate" is no verb).
      const afterPossessive = i > 0 && g.possessive.has(sets.xposOf[out[i - 1]]) && g.verbal.has(upos[i]) && !g.participle.has(x);
      // Right after a preposition comes its object, not a finite verb ("after clashes with X": "clashes" is a noun).
      const afterPreposition = i > 0 && !fixed?.[i] && sets.xposOf[out[i - 1]] === g.preposition && g.finite.has(x);
      if (afterPossessive || afterPreposition) {
        const n1 = i + 1 < n ? first[i + 1] + 1 : 0;
        const n2 = i + 2 < n ? first[i + 2] + 1 : 0;
        this.best(model.second, entries[i]?.second, atoms, n, i, upos[i - 1] + 1, i > 1 ? upos[i - 2] + 1 : 0, n1, n2);
        upos[i] = argmaxExcept(this.scores, g.verbal);
        x = this.treebankTag(atoms, i, upos);
      }
      out[i] = sets.pairId[upos[i] * sets.xpos.length + x];
    }
    if (!fixed?.includes('VERB')) {
      const verb = this.verblessVerb(upos, first, out, settled, n, verbForms);
      if (verb >= 0) {
        const again = fixed ? [...fixed] : new Array<string | undefined>(n);
        again[verb] = 'VERB';
        return this.tag(words, again, verbForms);
      }
    }
    this.finitePast(upos, out, n);
    return out;
  }

  /**
   * A sentence with no finite verb whose first participle follows a noun
   * phrase and takes an object ("The strike targeted X", read as "the strike
   * [that was] targeted X"): the form is the past tense, the clause's verb.
   */
  private finitePast(upos: Int32Array, out: Int32Array, n: number): void {
    const g = this.grammar;
    const { sets } = this;
    // A relative clause's verb is not the sentence's ("The strike targeted X, which officials accuse of ...").
    let relative = false;
    for (let i = 0; i < n; i++) {
      if (g.relative.has(sets.xposOf[out[i]])) relative = true;
      else if (upos[i] === g.punct) relative = false;
      else if (!relative && (g.finite.has(sets.xposOf[out[i]]) || upos[i] === g.aux)) return;
    }
    for (let i = 1; i + 1 < n; i++) {
      // The main clause's verb comes before any relative clause.
      if (g.relative.has(sets.xposOf[out[i]])) return;
      if (sets.xposOf[out[i]] !== g.vbn) continue;
      if (!g.nominal.has(upos[i - 1]) || !g.opensPhrase.has(upos[i + 1])) return;
      const past = sets.pairId[upos[i] * sets.xpos.length + g.vbd];
      if (past >= 0) out[i] = past;
      return;
    }
  }

  /**
   * A sentence with no verb at all, where a noun stands between two noun
   * phrases ("Hayat Tahrir al-Sham controls Idlib", "controls" taken for a
   * plural noun after a long name): that noun is the verb when the tagger
   * nearly thought so. Returns its index, or -1.
   */
  private verblessVerb(upos: Int32Array, first: Int32Array, out: Int32Array, settled: Int32Array, n: number, verbForms?: Uint8Array): number {
    const g = this.grammar;
    // Participles alone make no clause ("The army struck X, accusing Y": "struck" is the verb or there is none).
    const whole = this.verbIn(upos, first, settled, 0, n, n, g.opensPhrase, (i) => g.verbal.has(upos[i]) && !g.participle.has(this.sets.xposOf[out[i]]), VERBLESS_MARGIN, verbForms);
    if (whole >= 0) return whole;
    // A relative clause with no verb ("X , which US officials accuse of ..."): its noun before "of" may be the verb.
    for (let r = 0; r + 2 < n; r++) {
      if (!g.relative.has(this.sets.xposOf[out[r]])) continue;
      let end = r + 1;
      while (end < n && upos[end] !== g.punct) end++;
      // Its verb is finite: "accuse of attacking" has a participle, not yet a verb of its own.
      const v = this.verbIn(upos, first, settled, r + 1, end, n, g.opensClause, (i) => upos[i] === g.aux || g.finite.has(this.sets.xposOf[out[i]]), RELATIVE_MARGIN);
      if (v >= 0) return v;
    }
    // A complement clause opened right after its verb ("demanded that Pakistan hand over ...") has a verb of its own,
    // finite or bare (the subjunctive).
    for (let r = 1; r + 2 < n; r++) {
      if (upos[r] !== g.sconj || upos[r - 1] !== g.verb) continue;
      let end = r + 1;
      while (end < n && upos[end] !== g.punct) end++;
      // A preposition read as a subordinator ("upon retiring", "with the shuttle") opens a gerund or no clause at all.
      const v = this.verbIn(upos, first, settled, r + 1, end, n, g.opensClause, (i) => g.verbal.has(upos[i]), RELATIVE_MARGIN);
      if (v >= 0) return v;
    }
    return -1;
  }

  /** In words [from, to) with no verb, the noun most nearly a verb (see `verblessVerb`); -2 when they have a verb. */
  private verbIn(upos: Int32Array, first: Int32Array, settled: Int32Array, from: number, to: number, n: number, next: ReadonlySet<number>, isVerb: (i: number) => boolean, most: number, verbForms?: Uint8Array): number {
    const g = this.grammar;
    for (let i = from; i < to; i++) if (isVerb(i)) return -2;
    let best = -1;
    let margin = Infinity;
    for (let i = Math.max(1, from + 1); i + 1 < to; i++) {
      if (settled[i] || upos[i] !== g.noun || !g.nominal.has(upos[i - 1]) || !next.has(upos[i + 1])) continue;
      const n1 = first[i + 1] + 1;
      const n2 = i + 2 < n ? first[i + 2] + 1 : 0;
      this.best(this.model.second, this.entries[i]?.second, this.atoms, n, i, upos[i - 1] + 1, i > 1 ? upos[i - 2] + 1 : 0, n1, n2);
      const chosen = this.scores[upos[i]];
      const m = (chosen - this.scores[g.verb]) / Math.max(1, Math.abs(chosen));
      // A form only a verb inflects so ("struck", "fought") may outscore the verb by as much as a relative clause's noun.
      if (m < margin && m < (verbForms?.[i] ? Math.max(most, RELATIVE_MARGIN) : most)) { margin = m; best = i; }
    }
    return best;
  }

  /** The treebank tag of word `i` among those its universal tag allows. */
  private treebankTag(atoms: Int32Array, i: number, upos: Int32Array): number {
    const allowed = this.sets.xposFor[upos[i]];
    let x = allowed[0];
    if (allowed.length > 1) {
      const k = xposFeatures(atoms, i, upos, this.feats);
      const s = this.xscores;
      s.fill(0);
      this.model.xpos.score(this.feats, k, s);
      for (let j = 1; j < allowed.length; j++) if (s[allowed[j]] > s[x]) x = allowed[j];
    }
    return x;
  }

  /** Tag ids of the treebank's tag set the grammar constraints name (UD and Penn tags, not English words). */
  private get grammar() {
    const { upos, xpos } = this.sets;
    const ids = (all: string[], names: string[]) => new Set(names.map((t) => all.indexOf(t)).filter((t) => t >= 0));
    return this.grammarIds ??= {
      possessive: ids(xpos, ['PRP$', 'WP$']),
      verbal: ids(upos, ['VERB', 'AUX']),
      participle: ids(xpos, ['VBG', 'VBN']),
      noun: upos.indexOf('NOUN'),
      verb: upos.indexOf('VERB'),
      aux: upos.indexOf('AUX'),
      finite: ids(xpos, ['VBD', 'VBZ', 'VBP', 'MD']),
      vbn: xpos.indexOf('VBN'),
      vbd: xpos.indexOf('VBD'),
      nominal: ids(upos, ['NOUN', 'PROPN', 'PRON']),
      opensPhrase: ids(upos, ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'ADJ']),
      opensClause: ids(upos, ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'ADJ', 'ADP', 'SCONJ']),
      relative: ids(xpos, ['WDT', 'WP']),
      punct: upos.indexOf('PUNCT'),
      sconj: upos.indexOf('SCONJ'),
      preposition: xpos.indexOf('IN'),
    };
  }
  private grammarIds?: { possessive: Set<number>; verbal: Set<number>; participle: Set<number>; noun: number; verb: number; aux: number; finite: Set<number>; vbn: number; vbd: number; nominal: Set<number>; opensPhrase: Set<number>; opensClause: Set<number>; relative: Set<number>; punct: number; sconj: number; preposition: number };

  private pairs?: Map<string, number>;
  private pairOf(tag: string): number | undefined {
    this.pairs ??= new Map(this.model.tags.map((t, i) => [t, i]));
    return this.pairs.get(tag);
  }

  /** The lower-case word atom of word `i` of the sentence tagged last (the parser's word atom, see parser/atoms.ts). */
  wordAtom(i: number): number {
    return this.atoms[(i + 2) * ATOMS + A.lower];
  }

  /** The kept atoms and word-feature scores of a word type (not sentence-initial). */
  private entry(word: string): TypeEntry {
    let e = this.types.get(word);
    if (e) return e;
    if (this.types.size >= TYPES) this.types.clear();
    const atoms = new Int32Array(5 * ATOMS);
    writeWordAtoms(word, false, this.model.vocab, atoms, 2 * ATOMS);
    const k = wordFeatures(atoms, 0, this.feats, 0);
    const first = new Int32Array(this.scores.length), second = new Int32Array(this.scores.length);
    this.model.first.score(this.feats, k, first);
    this.model.second.score(this.feats, k, second);
    e = { atoms: atoms.subarray(2 * ATOMS, 3 * ATOMS), first, second };
    this.types.set(word, e);
    return e;
  }

  private best(w: Weights, cached: Int32Array | undefined, atoms: Int32Array, n: number, i: number, p1: number, p2: number, n1: number, n2: number): number {
    const s = this.scores;
    let k: number;
    if (cached) {
      s.set(cached);
      k = contextFeatures(atoms, n, i, p1, p2, n1, n2, this.feats, 0);
    } else {
      s.fill(0);
      k = tagFeatures(atoms, n, i, p1, p2, n1, n2, this.feats);
    }
    w.score(this.feats, k, s);
    return argmax(s);
  }
}

/** The index of the highest score outside `except` (the first on ties). */
function argmaxExcept(s: ArrayLike<number>, except: ReadonlySet<number>): number {
  let best = -1;
  for (let c = 0; c < s.length; c++) if (!except.has(c) && (best < 0 || s[c] > s[best])) best = c;
  return best;
}

/** The index of the highest score (the first on ties). */
export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}
