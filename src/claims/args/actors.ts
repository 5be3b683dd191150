import { statementMakers } from './statements.js';
import type { Entity } from '../../core/index.js';
import { actorWords, entityWords, grammarWords, type DescriptionInfo } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import { incidentTargets, isIncident } from './events.js';
import { apposedSibling } from './slots.js';
import { relativeReferent } from './subjects.js';

/** An argument of a claim: the entity, the word that stands for it, and how. */
export interface Arg {
  entity: Entity;
  word: number;
  /** How the word stands for the entity: its own mention, a member noun ("ELN fighters"), an apposition, a facility's owner, a word containing it. */
  via: 'mention' | 'member' | 'appos' | 'owner' | 'inner';
}

export interface ActorOptions {
  /** A facility stands for its owner ("an army post", "the group's hideout"), an act for its doer: for attacks. */
  owners?: boolean;
  /** A deed stands for its doer ("condemned the Houthi attack", "criticised Pakistan's role"): for speech acts. */
  doers?: boolean;
  /** An incident whose phrase names its target stands for that target ("the incident, in which five soldiers were killed"): for the objects of attacks. */
  targets?: boolean;
  /** A place named with the state it lies in ("Mali's Mopti region") stands for both: for where a group is based. */
  containers?: boolean;
  /** A statement stands for whoever made it ("according to the statement", "the statement accused X"): for speakers and speech acts. */
  statements?: boolean;
  /** A demonym stands for its state: for the doers of an act noun ("Israeli strikes"), not for people ("Russian fighters" may fight Russia). */
  demonyms?: boolean;
  /** A thing given to someone's own ("Hezbollah's reconstruction fund", "Pakistan's economy") stands for its owner: for those funded or supported. */
  beneficiaries?: boolean;
}

// Relations by which a member noun ("fighters", "troops") names whose it is.
const OWNER_RELS = new Set(['compound', 'nmod:poss', 'amod', 'flat']);

/**
 * The actors a word stands for, distributed over its conjuncts ("X and Y
 * attacked": two subjects) and over the names a list adds ("fighters,
 * including X"): the entity of its mention; else through the noun phrase:
 * a member noun ("ELN fighters", "troops from Chad") or a facility ("an army
 * post") names its owner, a quantity ("hundreds of them", "parts of the
 * TTP") what it counts, a place noun ("the Wulgo area") its place, "the
 * group known as ISM" its name, an apposition its name.
 */
export function actorsOf(g: ClaimGraph, word: number, opts: ActorOptions = {}): Arg[] {
  const out: Arg[] = [];
  const add = (a: Arg | undefined) => { if (a && !out.some((o) => o.entity.id === a.entity.id)) out.push(a); };
  for (const c of conjunctsFrom(g, word)) {
    // "a series of killings that ...": the incident a quantity counts.
    const counted = actorWords().quantityNouns.has(g.lemma(c)) ? g.tree.children(c, (r) => r.startsWith('nmod')).find((x) => g.caseOf(x) === 'of') ?? c : c;
    if (opts.targets && isIncident(g, counted)) {
      const targets = incidentTargets(g, counted).flatMap((t) => actorsOf(g, t, { owners: true }));
      if (targets.length) { for (const t of targets) add(t); continue; }
    }
    // "Mali's Mopti region": every place the place noun names.
    if (!g.entity(c) && actorWords().placeNouns.has(g.lemma(c))) {
      const places = g.tree.children(c, (r) => r === 'compound' || r === 'nmod:poss' || r === 'flat' || (r === 'nmod' && g.caseOf(c) === 'of')).map((x) => g.entity(x)).filter((e) => e && (e.type === 'Location' || e.type === 'StateBody'));
      if (places.length > 1) { for (const e of places) add({ entity: e!, word: c, via: 'member' }); continue; }
    }
    // "three Hezbollah members: A, B and C", "its arm, the FiF": the names apposed, every one of them.
    const apposed = g.words[c].upos === 'NOUN' && !g.entity(c) ? g.tree.children(c, 'appos').filter((x) => g.entity(x)) : [];
    if (apposed.length) { for (const x of apposed) for (const a of actorsOf(g, x, opts)) add(a); continue; }
    // Where a group is based: "operates from bases in X", "seized a key town in X", "captured the port of X".
    const places = opts.containers ? containedPlaces(g, c, counted) : [];
    if (places.length) { for (const p of places) add(p); continue; }
    const found = actorOf(g, c, opts);
    add(found);
    // "Malian and Russian forces", "Ugandan and Congolese troops": coordinated owners before a member noun each own it.
    if (found && actorWords().memberNouns.has(g.lemma(c))) for (const e of coordinatedOwners(g, c)) add({ entity: e, word: c, via: 'member' });
    if (opts.containers && found?.entity.type === 'Location') for (const p of g.tree.children(found.word, 'nmod:poss')) if (g.entity(p) && g.entity(p) !== found.entity) add({ entity: g.entity(p)!, word: p, via: 'mention' });
    // "Hamas and Islamic Jihad fighters": the owner's own conjuncts own the members too.
    if (found && (found.via === 'member' || found.via === 'owner') && found.word !== c) for (const x of conjunctsFrom(g, found.word).slice(1)) add(actorOf(g, x, {}, 1));
    for (const i of g.tree.children(c, (r) => r === 'nmod' || r === 'obl')) if (g.caseOf(i) === 'including') for (const x of conjunctsFrom(g, i)) add(actorOf(g, x, opts));
  }
  return out;
}

/** The actors named by modifiers of a noun joined by "and" or "or" ("Malian and Russian forces"): none unless they are coordinated. */
function coordinatedOwners(g: ClaimGraph, noun: number): Entity[] {
  const mods = g.tree.children(noun, (r) => r === 'amod' || r === 'compound').filter((m) => m < noun);
  const all = mods.flatMap((m) => [m, ...g.tree.children(m, 'conj')]);
  const joined = all.length > 1 && (g.tree.child(noun, 'cc') >= 0 || all.some((m) => g.tree.child(m, 'cc') >= 0));
  if (!joined) return [];
  const out: Entity[] = [];
  for (const m of all) { const e = g.entity(m); if (e && (e.type === 'StateBody' || e.type === 'ArmedGroup') && !out.includes(e)) out.push(e); }
  return out;
}

/**
 * The word and the words coordinated under it ("X, Y and Z" from X). In a
 * list of names the parser often hangs the middle ones as appositions ("Musa
 * Kasereka, Jamil Baluku and Seka Mukulu"): a name in apposition to a name
 * of the same type is one more conjunct.
 */
export function conjunctsFrom(g: ClaimGraph, word: number): number[] {
  const out = [word];
  const type = g.entity(word)?.type;
  for (let k = 0; k < out.length; k++) {
    for (const c of g.tree.children(out[k], 'conj')) out.push(c);
    if (type) for (const c of g.tree.children(out[k], 'appos')) if (g.entity(c)?.type === type && g.entity(c) !== g.entity(word)) out.push(c);
    // "Nigeria-Chad": two names hyphenated, which the parser may read as one (flat).
    if (type) for (const c of g.tree.children(out[k], 'flat')) if (g.entity(c) && g.entity(c) !== g.entity(out[k])) out.push(c);
    // ... or as a compound, when a hyphen joins them.
    if (type) for (const c of g.tree.children(out[k], 'compound')) if (g.entity(c)?.type === type && g.entity(c) !== g.entity(out[k]) && g.tree.children(c, 'punct').some((p) => g.words[p].form === '-' && p > c)) out.push(c);
  }
  return out;
}

function actorOf(g: ClaimGraph, word: number, opts: ActorOptions, depth = 0): Arg | undefined {
  const own = g.entity(word);
  // A description with its name beside it ("the militant group, Hamas"): the name says who, whatever the description was resolved to.
  const how = g.mention(word)?.how;
  if (own && (how === 'description' || how === 'pronoun')) {
    for (const c of g.tree.children(word, 'appos')) {
      const e = g.entity(c);
      if (e) return { entity: e, word: c, via: 'appos' };
    }
  }
  // "the ADF, a Ugandan rebel group based in Congo": a description in apposition to a name is that name,
  // not the names inside it.
  if (!own && g.words[word].upos === 'NOUN' && g.words[word].deprel === 'appos' && g.words[word].head >= 0) {
    const named = g.entity(g.words[word].head);
    // The description must fit the name: "a commander" is no group, "a group" no person.
    const fits = (d: DescriptionInfo | undefined) => !d || (d.person ? named?.type === 'Person' : !d.types || d.types.includes(named!.type));
    if (named && named.type !== 'Location' && fits(entityWords().descriptions.get(g.lemma(word)))) return { entity: named, word: g.words[word].head, via: 'appos' };
  }
  const hyphenated = own && g.hyphenatedName(word);
  if (hyphenated) return { entity: hyphenated, word, via: 'inner' };
  if (own) return { entity: own, word, via: 'mention' };
  const state = opts.demonyms ? g.demonym(word) : undefined;
  if (state) return { entity: state, word, via: 'mention' };
  if (depth > 3) return undefined;
  if (opts.statements || opts.doers) {
    for (const m of statementMakers(g, word)) {
      const a = actorOf(g, m, {}, depth + 1);
      if (a) return { ...a, word: m };
    }
  }
  // "Colonel Musa" parsed with the title as head and the name flat beneath it.
  for (const c of g.tree.children(word, 'flat')) {
    const e = g.entity(c);
    if (e?.type === 'Person') return { entity: e, word: c, via: 'mention' };
  }
  // "its charity arm, the FiF", "a local militia, CODECO": the noun stands for the name apposed to it.
  if (g.words[word].upos === 'NOUN') {
    for (const c of [...g.tree.children(word, 'appos'), ...(g.words[word].deprel === 'conj' ? apposedSibling(g, word) : [])]) {
      const e = g.entity(c);
      if (e) return { entity: e, word: c, via: 'appos' };
    }
  }
  // "the Hamas-led attack": a leading participle stands for its leader.
  if (actorWords().leaderParticiples.has(g.lemma(word))) {
    const leader = g.tree.children(word).map((d) => g.entity(d)).find((x) => x);
    if (leader) return { entity: leader, word, via: 'member' };
  }
  // A relative word stands for the noun its clause describes ("of which the AA is a member").
  for (const r of relativeReferent(g, word)) {
    const a = actorOf(g, r, opts, depth + 1);
    if (a) return a;
  }
  const w = g.words[word];
  if (w.upos !== 'NOUN' && w.upos !== 'PROPN' && w.upos !== 'PRON' && w.upos !== 'ADJ' && w.upos !== 'NUM' && w.upos !== 'DET') return undefined;
  const words = actorWords();
  const lemma = g.lemma(word);
  const member = words.memberNouns.has(lemma) || words.placeNouns.has(lemma);
  // Where attacks are read, any thing stands for its owner ("Ukraine's power grid", "a Hezbollah weapons depot", "Houthi targets").
  const facility = opts.owners && (words.facilityNouns.has(lemma) || w.upos === 'NOUN');
  const owned = opts.beneficiaries && w.upos === 'NOUN';
  if (member || facility || owned) {
    for (const c of g.tree.children(word)) {
      const rel = g.words[c].deprel;
      // Only the possessor owns what is given ("Hamas's salaries"): "Hezbollah weapons" is no gift to Hezbollah.
      if (owned && !member && !facility && rel !== 'nmod:poss') continue;
      // "a spokesman for X": a member speaks or acts for the one it belongs to.
      const cs = g.caseOf(c) ?? '';
      if (!OWNER_RELS.has(rel) && !(rel.startsWith('nmod') && (grammarWords().ownerCases.has(cs) || (member && cs === 'for')))) continue;
      // A name inside a word ("anti-Taliban forces") says what the forces oppose, not whose they are: whole mentions only.
      // "Ukrainian positions" under attack: a demonym stands for the state that holds a facility, once the
      // text names the state (not for people: "Chinese engineers", "Russian fighters" against Moscow).
      const e = g.entity(c) ?? (rel === 'amod' && !member && opts.owners && words.facilityNouns.has(lemma) ? g.demonym(c) : undefined);
      if (e) return { entity: e, word: c, via: member ? 'member' : 'owner' };
      // "US-led forces": the forces stand for their leader (not for a backer: "Iran-backed forces").
      if (rel === 'amod' && words.leaderParticiples.has(g.lemma(c))) {
        const leader = g.tree.children(c).map((d) => g.entity(d)).find((x) => x);
        if (leader) return { entity: leader, word: c, via: 'member' };
      }
      // "members of the gang Viv Ansanm": the owner's own phrase may name it by apposition.
      if (rel.startsWith('nmod') || rel === 'nmod:poss') {
        const deeper = actorOf(g, c, {}, depth + 1);
        if (deeper) return { ...deeper, via: member ? 'member' : 'owner' };
      }
    }
  }
  // "properties belonging to X", "a camp run by X".
  if (facility || member) {
    for (const c of g.tree.children(word, 'acl')) {
      if (!words.ownerVerbs.has(g.lemma(c))) continue;
      for (const o of g.tree.children(c, (r) => r === 'obl' || r === 'obl:agent')) {
        const cs = g.caseOf(o);
        if (cs !== 'to' && cs !== 'by') continue;
        const owner = actorOf(g, o, {}, depth + 1);
        if (owner) return { ...owner, via: 'owner' };
      }
    }
  }
  // "gunmen loyal to X", "units subordinate to the ministry": the members of the one they answer to.
  if (member) {
    for (const c of g.tree.children(word, 'amod')) {
      if (!words.ownerAdjectives.has(g.lemma(c))) continue;
      for (const o of g.tree.children(c, (r) => r === 'obl' || r.startsWith('nmod'))) {
        const owner = g.caseOf(o) === 'to' ? actorOf(g, o, {}, depth + 1) : undefined;
        if (owner) return { ...owner, via: 'member' };
      }
    }
  }
  // "hundreds of them", "parts of the TTP", "five of the militants".
  if (words.quantityNouns.has(lemma) || w.upos === 'NUM') {
    for (const c of g.tree.children(word, (r) => r.startsWith('nmod'))) {
      if (g.caseOf(c) !== 'of') continue;
      const counted = actorOf(g, c, opts, depth + 1);
      if (counted) return counted;
    }
  }
  // "the group known as ISM", "a faction called X".
  for (const c of g.tree.children(word, (r) => r === 'acl')) {
    if (!words.aliasVerbs.has(g.lemma(c))) continue;
    for (const n of g.tree.children(c, (r) => r === 'obl' || r === 'xcomp' || r === 'obj')) {
      const e = g.entity(n);
      if (e) return { entity: e, word: n, via: 'appos' };
    }
  }
  // An act stands for its doer where hostility is read ("battling an incursion by X", "repelled an attack by X").
  if (opts.owners && w.upos === 'NOUN') {
    // The parser may hang "by X" on the active verb that takes the act as its object.
    const onVerb = w.deprel === 'obj' && w.head >= 0 && g.tree.child(w.head, (r) => r === 'aux:pass' || r === 'nsubj:pass') < 0 ? g.tree.children(w.head, 'obl') : [];
    for (const c of [...g.tree.children(word, (r) => r.startsWith('nmod')), ...onVerb]) {
      if (g.caseOf(c) !== 'by') continue;
      const doer = actorOf(g, c, {}, depth + 1);
      if (doer) return { ...doer, via: 'member' };
    }
  }
  if (opts.doers && w.upos === 'NOUN') {
    for (const c of g.tree.children(word)) {
      const rel = g.words[c].deprel;
      const cs = g.caseOf(c);
      // "the killing of X": an incident's "of" is its victim, not its doer.
      if (rel === 'nmod:poss' || rel === 'compound' || rel === 'amod' || (rel.startsWith('nmod') && (cs === 'by' || (cs === 'of' && !isIncident(g, word))))) {
        const e = g.entity(c);
        if (e) return { entity: e, word: c, via: 'member' };
      }
    }
  }
  for (const c of g.tree.children(word, 'appos')) {
    const e = g.entity(c);
    if (e) return { entity: e, word: c, via: 'appos' };
  }
  const inner = g.innerEntity(word);
  if (inner) return { entity: inner, word, via: 'inner' };
  return undefined;
}

/**
 * The named places a place, a facility or a part lies in ("a key town in X",
 * "the port of X"); an event names none ("held a rally in X"). Through a part
 * to what it is a part of ("much of the countryside in the Mopti region"),
 * with the place phrase hung on either ("much | in the Sahel region").
 */
function containedPlaces(g: ClaimGraph, c: number, counted: number): Arg[] {
  const holder = counted !== c && isContainer(g, counted) ? counted : c;
  if (!isContainer(g, holder)) return [];
  const around = holder === c ? g.tree.children(c, (r) => r.startsWith('nmod'))
    : [...g.tree.children(holder, (r) => r.startsWith('nmod')), ...g.tree.children(c, (r) => r.startsWith('nmod') || r === 'obl')];
  const out: Arg[] = [];
  for (const x of around) {
    const place = containerCase(g, holder, x) ? placeOf(g, x) : undefined;
    if (place) out.push({ entity: place, word: x, via: 'mention' });
  }
  return out;
}

/** A noun that may stand for the place it lies in: a place, a facility, or a part of something. */
function isContainer(g: ClaimGraph, c: number): boolean {
  if (g.entity(c) || g.words[c].upos !== 'NOUN') return false;
  const w = actorWords(), lemma = g.lemma(c);
  return w.placeNouns.has(lemma) || w.facilityNouns.has(lemma) || w.quantityNouns.has(lemma);
}

/**
 * "a town in X", and for a facility "the port of X" (a place noun's "of" is
 * its name, "the town of Gao", which the mention carries; "parts of the
 * group" counts).
 */
function containerCase(g: ClaimGraph, c: number, x: number): boolean {
  const cs = g.caseOf(x) ?? '';
  if (grammarWords().placeCases.has(cs)) return true;
  const w = actorWords(), lemma = g.lemma(c);
  return cs === 'of' && w.facilityNouns.has(lemma) && !w.placeNouns.has(lemma);
}

/** The named place a word is, or a place noun names ("the Mopti region": Mopti). */
function placeOf(g: ClaimGraph, x: number): Entity | undefined {
  const own = g.entity(x);
  if (own) return own.type === 'Location' ? own : undefined;
  if (!actorWords().placeNouns.has(g.lemma(x))) return undefined;
  return g.tree.children(x, (r) => r === 'compound' || r === 'flat' || r === 'nmod:poss').map((c) => g.entity(c)).find((e) => e?.type === 'Location');
}
