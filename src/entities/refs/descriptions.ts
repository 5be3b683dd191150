import type { Entity, EntityType } from '../../core/index.js';
import type { KbEntry } from '../../kb/index.js';
import { entityWords, type DescriptionInfo } from '../../lang/en/index.js';
import { nameKey } from '../build.js';
import type { PoolMention, ReferenceContext } from './context.js';
import type { Resolution } from './pronouns.js';
import { rankEntities } from './salience.js';
import { countryOfPhrase, mainCountryBody, nameHolds, specificCountryBody, specificWords, stateBody } from './state-bodies.js';

/** A definite description found in the parse: "the (militant) outfit". */
export interface Description {
  /** Word indices of the determiner and the head noun. */
  first: number;
  head: number;
  info: DescriptionInfo;
  /** Modifiers between them, lower case ("militant", "Pakistani"). */
  modifiers: number[];
}

const APPOSITIVE: DescriptionInfo = { person: true };

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * A definite noun phrase whose head is a description noun, with only
 * modifiers between its determiner and its head, that names no one by
 * itself: "the group", "this terrorist group", "the Pakistani spy agency".
 * Not "the group known as X" or "the group of fighters".
 */
export function descriptionAt(ctx: ReferenceContext, w: number): Description | undefined {
  const { words } = ctx.doc;
  const x = words[w];
  if (x.upos !== 'NOUN' && x.upos !== 'PROPN') return undefined;
  const table = entityWords().descriptions;
  const form = x.form.toLowerCase();
  // "the armed forces", "the security forces": a two-word head is read before the one-word one.
  const pair = w > 0 && words[w - 1].sentence === x.sentence ? table.get(`${words[w - 1].form.toLowerCase()} ${form}`) : undefined;
  // "X, a taxi driver, ... the taxi driver": a noun the text put in apposition to a person is a role of theirs.
  const info = pair ?? table.get(form) ?? (x.upos === 'NOUN' ? table.get(x.lemma.toLowerCase()) ?? (ctx.isAppositiveNoun(x.lemma.toLowerCase()) ? APPOSITIVE : undefined) : undefined);
  if (!info) return undefined;
  // A capitalised head is part of a name ("the Army", "the Group of Seven") unless the sentence opens with it.
  if (x.upos === 'PROPN' || /^\p{Lu}/u.test(x.form)) return undefined;
  let det = ctx.tree.child(w, 'det');
  // "the army spokesman", "the group leader": a body noun modifying the phrase's head names the body.
  if (det < 0 && x.deprel === 'compound' && x.head > w && words[x.head].upos === 'NOUN' && (info.kinds || info.types?.includes('ArmedGroup'))) {
    det = ctx.tree.child(x.head, 'det');
    if (det > w) det = -1;
  }
  // "his government", "their army": a state body owned by a pronoun is that owner's state's (countryOfPhrase reads it).
  const owner = ctx.tree.child(w, 'nmod:poss');
  // Not "whose troops": a relative's owner is the noun its clause hangs on, which has its own mention.
  if (det < 0 && info.kinds && owner >= 0 && owner < w && (words[owner].upos === 'PRON' && words[owner].form.toLowerCase() !== 'whose' || ctx.countryOfWord(words[owner].form))) det = owner;
  else if (det < 0 || !DEFINITE.has(words[det].form.toLowerCase())) return undefined;
  const modifiers: number[] = [];
  for (let i = det + 1; i < (pair ? w - 1 : w); i++) {
    const m = words[i];
    // "the Islamic State group": a name before the head makes the phrase a name, not a description.
    // But "the al-Qaeda-linked group", "the Iran-backed militia": a name inside a hyphenated modifier describes.
    if (m.upos === 'PROPN' && !ctx.countryOfWord(m.form) && !hyphenatedModifier(words, i, w)) return undefined;
    if (m.upos === 'NUM' || m.upos === 'PUNCT' && m.form !== '-') return undefined;
    modifiers.push(i);
  }
  // "the group known as X", "the group of fighters", "the faction led by X"? The last still refers.
  const next = words[w + 1];
  if (next && next.sentence === x.sentence && entityWords().nonReferring.has(next.form.toLowerCase())) return undefined;
  // "the head of the agency" is someone the phrase goes on to say, not the person once called "head".
  if (info === APPOSITIVE && next && next.sentence === x.sentence && next.upos === 'ADP') return undefined;
  if (ctx.tree.child(w, 'appos') >= 0 && words[ctx.tree.child(w, 'appos')].upos === 'PROPN') return undefined;
  // "the anti-Pakistan group TTP", "the militia al-Shabaab": the name right after the head is what it means.
  if (next && next.sentence === x.sentence && next.start <= x.end + 1 && ctx.covered(next.start, next.end)) return undefined;
  return { first: det, head: w, info, modifiers };
}

/** Is word i part of a modifier like "al-Qaeda-linked" (a hyphen, then a lower-case participle or adjective, before the head)? */
function hyphenatedModifier(words: ReadonlyArray<{ form: string; upos: string; xpos: string }>, i: number, head: number): boolean {
  for (let j = i + 1; j < head; j++) {
    if ((words[j - 1].xpos === 'HYPH' || words[j - 1].form === '-') && /^\p{Ll}/u.test(words[j].form) && (words[j].upos === 'VERB' || words[j].upos === 'ADJ')) return true;
  }
  return false;
}

/**
 * The entity a description stands for. A state body is read from its own
 * noun phrase first ("the Pakistani army", "Mali's army", "the army of Mali"),
 * then from a body of that kind the text named, then from the document's
 * country (police of the province the text is about, never another's). A
 * role ("the spokesman") is the person the text gave that role. Otherwise the
 * most salient entity of a fitting type, the head noun matched against its
 * name and kind; a description is not its own clause's subject.
 */
export function resolveDescription(ctx: ReferenceContext, d: Description, exclude: ReadonlySet<string> = new Set()): Resolution | undefined {
  const { words } = ctx.doc;
  const head = words[d.head];
  const si = head.sentence;
  const headWord = head.form.toLowerCase();
  const modifierWords = d.modifiers.map((i) => words[i].form.toLowerCase());
  const armed = modifierWords.some((m) => entityWords().armedModifiers.has(m));
  const own = ctx.clauseOf(d.head);
  // "caught between the militants and the militias": conjuncts are different referents.
  const conjunct = head.deprel === 'conj' && head.head >= 0 && head.head < d.head ? ctx.atHead(head.head) : undefined;
  if (conjunct) exclude = new Set([...exclude, conjunct.entity.id]);
  // Not its own clause's subject, nor a name inside its own modifiers ("the al-Qaeda-linked group" is not al-Qaeda).
  const notSubjectHere = (p: PoolMention) => !exclude.has(p.entity.id) && !(p.sentence === si && p.role === 'subject' && p.head >= 0 && ctx.clauseOf(p.head) === own);

  // "the Counter-Terrorism Service (CTS), the US-trained elite force that ...": a description in apposition
  // to a name is that name.
  if (head.deprel === 'appos' && head.head >= 0 && head.head < d.head) {
    const named = ctx.atHead(head.head);
    if (named && !exclude.has(named.entity.id) && (d.info.person ? named.entity.type === 'Person' : (d.info.types ?? []).includes(named.entity.type))) {
      return { entity: named.entity, rule: 'coref/apposition' };
    }
  }

  if (d.info.person) {
    const words2 = [headWord, ...(d.info.titles ?? [])];
    const fits = (p: PoolMention) => p.entity.type === 'Person' && (words2.some((x) => holdsRole(p.entity, x)) || ctx.appositiveNouns(p.entity.id).has(head.lemma.toLowerCase())) && notSubjectHere(p);
    const ranked = rankEntities(ctx, words[d.first].start, si, { window: 12, decay: 0.7, accept: fits });
    return ranked[0] ? { entity: ranked[0].entity, rule: 'coref/role' } : undefined;
  }

  if (d.info.kinds) {
    const body = stateBody(ctx, d);
    if (body) return body;
    // "Ukraine's intelligence services" in a text that names no Ukrainian service: no other country's will do.
    if (countryOfPhrase(ctx, d)) return undefined;
  }

  let types: EntityType[] = d.info.types ?? [];
  if (armed && types.includes('ArmedGroup')) types = ['ArmedGroup'];
  const kinds = d.info.kinds;
  const accept = (p: PoolMention) => {
    if (!types.includes(p.entity.type) || !notSubjectHere(p)) return false;
    // "the army", "the government": a body of that kind, or a name with that head word.
    if (kinds && p.entity.type === 'StateBody') {
      const entry = p.entity.kbId ? ctx.kb.get(p.entity.kbId) : undefined;
      if (!(entry && kinds.includes(entry.kind ?? '')) && !nameHasWord(p.entity, headWord)) return false;
    }
    if (p.entity.type === 'Location' && !placeFits(ctx, p.entity, headWord)) return false;
    // "the agency" is no hospital: a name headed by a noun that refers only by itself ("X General Hospital") is
    // described by that noun alone.
    if (selfDescribed(p.entity, headWord)) return false;
    if (d.info.notKinds && p.entity.kbId && d.info.notKinds.includes(ctx.kb.get(p.entity.kbId)?.kind ?? '')) return false;
    return true;
  };
  // The types a head noun lists are in order of likelihood: "the group" in a report on fighting is the armed one.
  // "X, a pro-Islamic State network ... the network": a head noun the text put in apposition to the name counts as its name's.
  const apposed = (p: PoolMention) => ctx.appositiveNouns(p.entity.id).has(head.lemma.toLowerCase());
  const bonus = (p: PoolMention) => (nameHasWord(p.entity, headWord) || apposed(p) ? 60 : 0) + Math.min(ctx.countBefore(p.entity.id, words[d.first].start), 6) * 15
    + (types.length > 1 && p.entity.type === types[0] ? 30 : 0);
  let ranked = rankEntities(ctx, words[d.first].start, si, { window: 8, decay: 0.7, accept, bonus });
  // "the network" after "the Haqqani Network": a candidate whose name holds the head noun wins over mere salience,
  // however long ago the text named it ("the coalition" pages after "the US-led coalition").
  let named = d.info.generic ? [] : ranked.filter((r) => nameHasWord(r.entity, headWord));
  if (!d.info.generic && !named.length) {
    named = rankEntities(ctx, words[d.first].start, si, { window: si, decay: 0.7, accept: (p) => accept(p) && nameHasWord(p.entity, headWord), bonus });
  }
  if (named.length) ranked = named;
  else if (d.info.namedOnly) return undefined;
  // "the interior ministry": a body whose name holds the specific words, in the text or else the document country's.
  const wanted = kinds ? specificWords(ctx, d) : [];
  if (wanted.length) {
    const holding = ranked.filter((r) => nameHolds([r.entity.name, ...r.entity.aliases], wanted));
    if (holding.length) ranked = holding;
    else {
      const own = specificCountryBody(ctx, d);
      if (own) return own === 'unnamed' ? undefined : own;
    }
  }
  if (!ranked.length) return kinds ? mainCountryBody(ctx, d) : undefined;
  const [best, second] = ranked;
  if (second && best.score - second.score < 0.08 * best.score) return undefined;
  return { entity: best.entity, rule: 'coref/description' };
}

/** Is the entity's name headed by a description noun that stands only for names holding it, other than `word`? */
function selfDescribed(e: Entity, word: string): boolean {
  const last = nameKey(e.name).split(' ').pop() ?? '';
  return last !== word && last !== word.replace(/s$/, '') && !!entityWords().descriptions.get(last)?.namedOnly;
}

/** "the spokesman" for a person introduced as spokesman (a role, a title or an alias with the word). */
function holdsRole(e: Entity, word: string): boolean {
  return [...e.roles, ...e.aliases].some((r) => r.toLowerCase().split(/[^a-z]+/).includes(word));
}

function nameHasWord(e: Entity, word: string): boolean {
  // Singular or plural on either side: "the force" for the Popular Mobilization Forces.
  const w = word.replace(/s$/, '');
  return [e.name, ...e.aliases].some((n) => nameKey(n).split(' ').some((x) => x === word || x === w || x.replace(/s$/, '') === w));
}

const PLACE_KINDS: Record<string, string[]> = {
  town: ['city', 'town'], city: ['city'], village: ['city', 'town', 'village'], capital: ['city'],
  province: ['region'], region: ['region'], district: ['district'], lake: ['water'], valley: ['area'],
};

/** "the town" for a town, "the province" for a province: the place's kind, its alias ("Kunar province"), or no kind known. */
function placeFits(ctx: ReferenceContext, e: Entity, word: string): boolean {
  if (nameHasWord(e, word)) return true;
  const entry: KbEntry | undefined = e.kbId ? ctx.kb.get(e.kbId) : undefined;
  if (!entry) return word !== 'capital' && word !== 'lake';
  if (entry.kind === 'country') return false;
  if (word === 'capital') return ctx.isCapital(entry.id);
  return (PLACE_KINDS[word] ?? []).includes(entry.kind ?? '');
}
