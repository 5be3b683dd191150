import type { Entity, Mention, NexusDocument } from '../../core/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { DocTree } from '../../nlp/tree.js';
import { entityWords } from '../../lang/en/index.js';

/** A mention as reference resolution sees it: its entity, its head word in the parse and that word's role. */
export interface PoolMention {
  mention: Mention;
  entity: Entity;
  /** Index of the head word in doc.words (-1 when the span holds no word). */
  head: number;
  sentence: number;
  role: Role;
}

/** The grammatical role of a mention, as salience weighs it. */
export type Role = 'subject' | 'object' | 'possessor' | 'oblique' | 'other';

/**
 * The entities' mentions in text order, with their place in the parse, and
 * what resolution needs to read the parse around a reference. Resolved
 * references are added as they are found, so a later pronoun may follow a
 * description ("the group ... its fighters").
 */
export class ReferenceContext {
  readonly pool: PoolMention[] = [];
  /** The longest mention's length, which bounds how far back an overlapping mention can start. */
  private longest = 0;
  /** Indexes kept as mentions arrive, so that each reference costs little however long the text. */
  private readonly byHead = new Map<number, PoolMention>();
  private readonly startsOf = new Map<string, number[]>();
  private readonly placeList: Array<{ entry: string; sentence: number }> = [];
  readonly byId: Map<string, Entity>;
  private readonly wordStarts: number[];

  /** Gender the text gave a person through the pronouns resolved to them so far. */
  readonly gender = new Map<string, 'm' | 'f'>();
  /** Countries the document is about, most mentioned first. */
  countries: string[] = [];

  /** Nouns the text put in apposition to a name ("X, a taxi driver", "X, a separatist body"), by lemma, with the entities. */
  private readonly appositives = new Map<string, Set<string>>();

  /** Words of a dateline ("KYIV -", "BEIRUT (Reuters) —"): a place heading the report, no actor of its first sentence. */
  readonly datelines = new Set<number>();

  constructor(readonly doc: NexusDocument, readonly kb: KnowledgeBase, readonly tree: DocTree) {
    this.byId = new Map(doc.entities.map((e) => [e.id, e]));
    this.wordStarts = doc.words.map((w) => w.start);
    for (const s of doc.sentences) for (const i of datelineWords(doc, s.wordFirst)) this.datelines.add(i);
    for (const m of doc.mentions.slice().sort((a, b) => a.start - b.start)) this.add(m);
  }

  add(mention: Mention): PoolMention | undefined {
    const entity = this.byId.get(mention.entity);
    if (!entity) return undefined;
    let head = this.headWord(mention.start, mention.end);
    // "the Mai-Mai Yakutumba militia", "TTP fighters": a name that modifies the noun right after it heads that noun phrase.
    const words = this.doc.words;
    const next = this.wordAt(mention.end);
    if (head >= 0 && next < words.length && words[head].deprel === 'compound' && words[head].head === next && (words[next].upos === 'NOUN' || words[next].upos === 'PROPN')) head = next;
    let role: Role = head >= 0 ? this.role(head) : 'other';
    // Not a place: one opening its sentence outside the parse's subject is a dateline or a fronted setting.
    if (role === 'other' && head >= 0 && entity.type !== 'Location' && this.opensSentence(mention.start, words[head].sentence)) role = 'subject';
    // A dateline is where the report was filed, whatever role a parse gave it.
    if (head >= 0 && this.datelines.has(head)) role = 'other';
    const p: PoolMention = { mention, entity, head, sentence: head >= 0 ? this.doc.words[head].sentence : this.sentenceAt(mention.start), role };
    this.longest = Math.max(this.longest, mention.end - mention.start);
    if (head >= 0 && !this.byHead.has(head)) this.byHead.set(head, p);
    const starts = this.startsOf.get(entity.id) ?? [];
    if (!starts.length || starts[starts.length - 1] <= mention.start) starts.push(mention.start);
    else starts.splice(upperBound(starts.length, (k) => starts[k], mention.start), 0, mention.start);
    this.startsOf.set(entity.id, starts);
    if (entity.type === 'Location' && entity.kbId) this.placeList.push({ entry: entity.kbId, sentence: p.sentence });
    if (entity.type !== 'Location' && head >= 0 && (mention.how === 'name' || mention.how === 'acronym')) this.noteAppositives(head, entity.id);
    // Keep text order: references arrive in order, so this is nearly always a push.
    const last = this.pool[this.pool.length - 1];
    if (!last || last.mention.start <= mention.start) this.pool.push(p);
    else this.pool.splice(upperBound(this.pool.length, (k) => this.pool[k].mention.start, mention.start), 0, p);
    return p;
  }

  /** "X, a 34-year-old taxi driver", "X, a pro-Islamic State network": the singular noun in apposition to a name. */
  private noteAppositives(head: number, id: string): void {
    const words = this.doc.words;
    const nouns = [...this.tree.children(head, 'appos'), ...(words[head].deprel === 'appos' ? [words[head].head] : [])];
    for (const n of nouns) {
      if (n < 0 || words[n].upos !== 'NOUN' || words[n].xpos === 'NNS') continue;
      const lemma = words[n].lemma.toLowerCase();
      const set = this.appositives.get(lemma) ?? new Set<string>();
      set.add(id);
      this.appositives.set(lemma, set);
    }
  }

  /** Is the noun in apposition to a person's name? */
  isAppositiveNoun(lemma: string): boolean {
    return [...(this.appositives.get(lemma) ?? [])].some((id) => this.byId.get(id)?.type === 'Person');
  }

  appositiveNouns(id: string): Set<string> {
    const out = new Set<string>();
    for (const [lemma, ids] of this.appositives) if (ids.has(id)) out.add(lemma);
    return out;
  }

  /**
   * Does a mention open its sentence, with only a title or determiner before it
   * ("Major General X, the junta's spokesman, rejected ...")? Such a name is the
   * subject whatever a parse confused by the title and apposition made of it.
   */
  private opensSentence(start: number, sentence: number): boolean {
    const words = this.doc.words;
    const first = this.doc.sentences[sentence]?.wordFirst ?? -1;
    if (first < 0) return false;
    for (let i = first; i < words.length && words[i].start < start; i++) {
      if (!/^(DET|ADJ|PROPN|NOUN)$/.test(words[i].upos) || !(/^\p{Lu}/u.test(words[i].form) || /^(the|a|an)$/i.test(words[i].form)) || /^(in|on|at|after|before|during|when|as|since|while|for)$/i.test(words[i].form)) return false;
    }
    const next = words[this.wordAt(start)];
    return !!next && next.sentence === sentence;
  }

  /**
   * "X, a nurse at Y", "X, its head nurse": the head of the noun phrase a
   * determiner or possessive word opens right after a comma at offset `end`
   * (read from the words, for a parse that hung the apposition elsewhere), or -1.
   */
  appositionAfter(end: number): number {
    const words = this.doc.words;
    const comma = this.wordAt(end);
    if (words[comma]?.form !== ',' || words[comma].start !== end) return -1;
    const det = comma + 1;
    const d = words[det];
    if (!d || d.sentence !== words[comma].sentence || !(d.upos === 'DET' || d.xpos === 'PRP$')) return -1;
    const noun = d.head;
    if (noun <= det || noun > det + 4 || words[noun].upos !== 'NOUN') return -1;
    for (let i = det + 1; i < noun; i++) if (words[i].upos === 'PUNCT' || words[i].upos === 'VERB') return -1;
    return noun;
  }

  /**
   * Can the entity speak and own as a body? Any actor; a place only when its
   * name is headed by an institution noun ("X General Hospital").
   */
  actsAsBody(e: Entity): boolean {
    if (e.type === 'Person') return false;
    if (e.type !== 'Location') return true;
    return entityWords().institutions.has(e.name.toLowerCase().split(/\s+/).pop() ?? '');
  }

  /** The first word starting at or after a text offset. */
  wordAt(pos: number): number {
    let lo = 0, hi = this.wordStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.wordStarts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The word of a span whose head lies outside it (the span's head), or -1. */
  headWord(start: number, end: number): number {
    const words = this.doc.words;
    let first = this.wordAt(start);
    // A mention may start inside a word ("al" of "al-Shabaab" is one token but several words, or the reverse).
    if (first > 0 && words[first - 1].end > start) first--;
    let best = -1;
    for (let i = first; i < words.length && words[i].start < end; i++) {
      const h = words[i].head;
      if (h < 0 || words[h].start < start || words[h].start >= end) {
        if (best < 0) best = i;
        // Prefer the one that is not punctuation.
        else if (words[best].upos === 'PUNCT' && words[i].upos !== 'PUNCT') best = i;
      }
    }
    return best;
  }

  /** The role of a word: over flat names, compounds and conjunctions to the noun phrase's role. */
  role(word: number): Role {
    const words = this.doc.words;
    let w = word;
    for (let guard = 0; guard < 4; guard++) {
      const rel = words[w].deprel;
      if ((rel === 'conj' || rel === 'flat' || rel === 'appos') && words[w].head >= 0) { w = words[w].head; continue; }
      break;
    }
    const rel = words[w].deprel;
    if (rel.startsWith('nsubj')) {
      // A subject hung on punctuation is a parse gone wrong ("planned with General X, who ..."): a noun
      // right after a preposition is that preposition's object.
      const gov = words[w].head >= 0 ? words[words[w].head] : undefined;
      if (gov && gov.upos === 'PUNCT') return this.afterPreposition(w) ? 'oblique' : 'other';
      return 'subject';
    }
    if (rel === 'obj' || rel === 'iobj') return 'object';
    if (rel === 'nmod:poss') return 'possessor';
    // "TTP fighters attacked": a name inside the subject noun phrase is nearly a subject.
    if (rel === 'compound' && words[w].head >= 0 && words[words[w].head].deprel.startsWith('nsubj')) return 'possessor';
    if (rel.startsWith('obl') || rel.startsWith('nmod')) return 'oblique';
    return 'other';
  }

  /** Does the noun phrase of word w follow a preposition (over its determiners, modifiers and title words)? */
  private afterPreposition(w: number): boolean {
    const words = this.doc.words;
    for (let i = w - 1; i >= 0 && words[i].sentence === words[w].sentence; i--) {
      if (words[i].upos === 'ADP') return true;
      if (!/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(words[i].upos) || !this.tree.dominates(w, i) && words[i].head !== w) return false;
    }
    return false;
  }

  /** The subject of a clause, a dateline aside. */
  subjectOf(clause: number): number {
    const subj = this.tree.children(clause, (r) => r.startsWith('nsubj')).find((k) => !this.datelines.has(k));
    if (subj !== undefined) return subj;
    // "..., Islamic State said its fighters ...": a parse that left a speech verb without its subject
    // (hanging the name elsewhere) - the name right before the verb is the one speaking.
    const words = this.doc.words;
    const before = words[clause - 1];
    if (words[clause].upos !== 'VERB' || !before || before.sentence !== words[clause].sentence || !entityWords().speechVerbs.has(words[clause].lemma.toLowerCase())) return -1;
    const p = this.covering(before.start, before.end);
    if (!p || p.mention.end !== before.end || p.head < 0 || p.entity.type === 'Location' || this.role(p.head) === 'subject') return -1;
    return p.head;
  }

  sentenceAt(pos: number): number {
    const s = this.doc.sentences;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The clause a word belongs to: its nearest clause head. */
  clauseOf(word: number): number {
    return this.tree.clause(word);
  }

  /** Mentions before `pos` from sentence `from` on (text order). */
  before(pos: number, from: number): PoolMention[] {
    const out: PoolMention[] = [];
    // The pool is in text order, so its sentences never decrease: start at the first of sentence `from`
    // (a scan from the start for every reference made long documents quadratic).
    for (let i = this.firstOfSentence(from); i < this.pool.length; i++) {
      const p = this.pool[i];
      if (p.mention.start >= pos) break;
      if (p.sentence >= from) out.push(p);
    }
    return out;
  }

  /** Index of the first pool mention in sentence `s` or later. */
  firstOfSentence(s: number): number {
    let lo = 0, hi = this.pool.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pool[mid].sentence < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many mentions of the entity precede `pos`. */
  countBefore(id: string, pos: number): number {
    const starts = this.startsOf.get(id) ?? [];
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first mention whose head word is `word`. */
  atHead(word: number): PoolMention | undefined {
    return this.byHead.get(word);
  }

  /**
   * The document's entity for a knowledge-base entry, only when the text
   * named it: a reference to a body never named ("the interior ministry" in a
   * text that names no ministry) stays unresolved rather than adding an actor
   * the text does not name.
   */
  entityFor(kbId: string): Entity | undefined {
    return this.doc.entities.find((e) => e.kbId === kbId);
  }

  /** Known places mentioned so far, with their sentences. */
  places(): Array<{ entry: string; sentence: number }> {
    return this.placeList;
  }

  /** The country a word names or qualifies ("Pakistani", "Mali", "Malian"), if any. */
  countryOfWord(form: string): string | undefined {
    return countryWords(this.kb).get(form.toLowerCase());
  }

  isCapital(id: string): boolean {
    return capitals(this.kb).has(id);
  }

  /** Is a text offset inside a mention already? */
  covered(start: number, end: number): boolean {
    return this.covering(start, end) !== undefined;
  }

  /** A mention overlapping the span, if any: a binary search, then back over the few that start before it. */
  covering(start: number, end: number): PoolMention | undefined {
    let lo = 0, hi = this.pool.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pool[mid].mention.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const p = this.pool[i];
      if (p.mention.end > start) return p;
      if (p.mention.start < start - this.longest) break;
    }
    return undefined;
  }
}

/**
 * The words of a dateline opening a sentence: a place in capitals ("KYIV",
 * "SAN SALVADOR"), maybe a bracketed source, then a dash or a colon.
 */
function datelineWords(doc: NexusDocument, first: number): number[] {
  const words = doc.words;
  const out: number[] = [];
  let i = first;
  while (i < words.length && /\p{Lu}{2}/u.test(words[i].form) && !/\p{Ll}/u.test(words[i].form) && words[i].sentence === words[first].sentence) out.push(i++);
  if (!out.length) return [];
  let j = i;
  // "BEIRUT (Reuters) -"
  if (words[j]?.form === '(') {
    while (j < words.length && words[j].form !== ')' && j - i < 6) j++;
    if (words[j]?.form === ')') j++;
  }
  const dash = words[j];
  // A spaced dash or a colon: "KYIV - ", "DOHA:"; not the hyphen of "ISIS-Somalia".
  if (!dash || !(dash.form === ':' || /^[-\u2013\u2014]$/.test(dash.form) && dash.start > words[j - 1].end)) return [];
  return out;
}

const byWord = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Lower-case one-word country names, aliases and demonyms -> country id. */
function countryWords(kb: KnowledgeBase): Map<string, string> {
  let map = byWord.get(kb);
  if (map) return map;
  map = new Map();
  for (const e of kb.entries.values()) {
    if (e.kind !== 'country') continue;
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) if (!/\s/.test(n.trim())) map.set(n.toLowerCase(), e.id);
  }
  byWord.set(kb, map);
  return map;
}

const capitalSets = new WeakMap<KnowledgeBase, Set<string>>();

function capitals(kb: KnowledgeBase): Set<string> {
  let set = capitalSets.get(kb);
  if (!set) {
    set = new Set();
    for (const e of kb.entries.values()) if (e.kind === 'country' && e.capital) set.add(e.capital);
    capitalSets.set(kb, set);
  }
  return set;
}

/** The first of n sorted values (value(k) for k < n) greater than x, or n. */
function upperBound(n: number, value: (k: number) => number, x: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
