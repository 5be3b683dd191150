import type { Entity, EntityType, Predicate } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { PREDICATE_FACTS } from '../schema/predicates.js';
import { isCountry, isNameHead, officeOf, parentNamed, roleClaims, wholeOf } from './args/structure.js';
import { homeStateOf } from './args/home.js';
import { actorsOf, type Arg } from './args/actors.js';
import { actorWords, grammarWords } from '../lang/en/index.js';
import { amongClaims } from './args/among.js';
import { fillsSlot, wordsFor } from './args/slots.js';
import type { ClaimGraph } from './graph.js';
import { triggerLexicon, type Lexicon } from './lexicon/load.js';
import type { LexEntry } from './lexicon/types.js';
import type { ClaimRule, Slot, Trigger } from './rules/types.js';

/** A claim as a rule finds it, before attribution, polarity and qualifiers. */
export interface Found {
  rule: string;
  predicate: Predicate;
  subject: Arg;
  object: Arg;
  /** The trigger word. */
  trigger: number;
  /** The lexicon entry that made the word a trigger, if any. */
  entry?: LexEntry;
  /** Who makes the claim, when the construction itself says. */
  source?: Arg;
  /** The construction says it did not happen ("ignored requests to hand over X"). */
  negated?: boolean;
  /** The construction itself says it happened, whatever governs the trigger ("X ignored Y's requests": Y asked). */
  affirmed?: boolean;
}

/** Runs every rule at every word of the document. */
export function findClaims(g: ClaimGraph, rules: readonly ClaimRule[], lexicon: Lexicon, kb: KnowledgeBase): Found[] {
  const out: Found[] = [];
  for (const rule of rules) if (rule.trigger.roles) out.push(...roleClaims(g, rule, lexicon, kb));
  for (const rule of rules) if (rule.trigger.among) out.push(...amongClaims(g, rule, lexicon));
  // The rules a word may trigger by its tag (mention rules whatever the tag), in the rules' order.
  const byUpos = new Map<string, ClaimRule[]>();
  const rulesFor = (upos: string) => {
    let list = byUpos.get(upos);
    if (!list) byUpos.set(upos, (list = rules.filter(({ trigger: t }) => !t.roles && !t.among && (t.mention || t.upos.includes(upos)))));
    return list;
  };
  for (let i = 0; i < g.words.length; i++) {
    const w = g.words[i];
    for (const rule of rulesFor(w.upos)) {
      const t = rule.trigger;
      if (t.mention && !isNameHead(g, i, t.mention)) continue;
      if (t.voice && voiceOf(g, i) !== t.voice) continue;
      if (t.noObject && g.tree.child(i, 'obj') >= 0) continue;
      // A role word inside a name ("Islamic State Khorasan Province", "the Quds Force") names no relation; in a description it does ("an affiliate of X").
      if (t.table === 'relations' && isNameWord(g, i)) continue;
      for (const entry of triggerEntries(g, i, t, lexicon)) {
        const predicate = rule.predicate ?? entry?.predicate;
        if (!predicate) continue;
        const subjects = argsFor(g, i, rule.subject, entry, predicate, kb, rule.pairwise || !entry?.reverse ? 'subject' : 'object');
        if (!subjects.length) continue;
        const objects = argsFor(g, i, rule.object, entry, predicate, kb, rule.pairwise ? 'subject' : entry?.reverse ? 'subject' : 'object');
        const source = rule.source ? argsFor(g, i, rule.source, entry, 'ACCUSED', kb, 'subject')[0] : undefined;
        const pairs: [Arg, Arg][] = [];
        if (rule.pairwise) {
          const all = [...subjects, ...objects];
          for (const a of all) for (const b of all) pairs.push([a, b]);
        } else for (const s of subjects) for (const o of objects) pairs.push(...(entry?.mutual ? [[s, o], [o, s]] as [Arg, Arg][] : [entry?.reverse ? [o, s] : [s, o]] as [Arg, Arg][]));
        for (const [s, o] of pairs) {
          if (s.entity.id === o.entity.id || !kindFits(s, entry?.subjectKind) || !kindFits(o, entry?.objectKind)) continue;
          out.push({ rule: rule.id, predicate, subject: s, object: o, trigger: i, ...(entry ? { entry } : {}), ...(source ? { source } : {}) });
        }
      }
    }
  }
  return out;
}

function isNameWord(g: ClaimGraph, i: number): boolean {
  // A title is a role said of a person ("a Pakistan researcher at X"): it still names the relation.
  const how = g.mention(i)?.how;
  return !!how && how !== 'description' && how !== 'pronoun' && how !== 'title';
}

/** The lexicon entries (or the one rule-fixed reading) a word triggers for a rule. */
function triggerEntries(g: ClaimGraph, i: number, t: Trigger, lexicon: Lexicon): (LexEntry | undefined)[] {
  const lemma = g.lemma(i);
  if (t.prefix) {
    const lower = g.words[i].form.toLowerCase();
    return lexicon.prefixes.filter((e) => e.form && lower.startsWith(e.form) && lower.length > e.form.length);
  }
  if (t.lemmas) return t.lemmas.includes(lemma) ? [undefined] : [];
  if (!t.table) return [undefined];
  const table = lexicon.tables[t.table];
  const entries = table.get(g.words[i].form.toLowerCase()) ?? table.get(lemma) ?? [];
  return entries.filter((e) => (!t.types || (e.type !== undefined && t.types.includes(e.type)))
    && (!t.symmetric || PREDICATE_FACTS[e.predicate].symmetric)
    && (!t.reciprocal || isReciprocal(g, i, e))
    && (!t.predicates || t.predicates.includes(e.predicate))
    && (t.speaker === undefined || t.speaker === !!e.speaker)
    && (!e.particle || hasParticle(g, i, e.particle))
    && (!e.with || hasObjectNoun(g, i, e.with))
    && (!e.intransitive || g.tree.child(i, 'obj') < 0)
    && (!t.transitive || (Array.isArray(e.object) && e.object.includes('obj'))));
}

/** A two-way sense whose partner would stand after "with", with no partner there ("X and Y clashed", not "X and Y clashed with Z"). */
function isReciprocal(g: ClaimGraph, i: number, e: LexEntry): boolean {
  if (reciprocalObject(g, i, e)) return true;
  if (!(PREDICATE_FACTS[e.predicate].symmetric || e.mutual) || !Array.isArray(e.object) || !e.object.includes('obl:with')) return false;
  return !wordsFor(g, i, '@object', e).some((w) => actorsOf(g, w).length > 0);
}

/**
 * "each other" or "one another" in the entry's object slot ("X and Y accused
 * each other of ...", "began shooting at one another"): the subjects did it
 * to one another, whatever the predicate.
 */
function reciprocalObject(g: ClaimGraph, i: number, e: LexEntry): boolean {
  if (!Array.isArray(e.object)) return false;
  const slots = new Set(e.object);
  return g.tree.children(i, (r) => r === 'obj' || r === 'obl' || r === 'iobj').some((c) => {
    if (!fillsSlot(g, c, slots)) return false;
    // The parser hangs the second word as "fixed" or as a determiner.
    const phrase = [c, ...g.tree.children(c, (r) => r === 'fixed' || r === 'det').filter((x) => x === c + 1)].map((w) => g.words[w].form.toLowerCase()).join(' ');
    return grammarWords().reciprocals.has(phrase);
  });
}

function hasParticle(g: ClaimGraph, i: number, particle: string): boolean {
  const first = particle.split(' ')[0];
  if (g.tree.children(i).some((c) => g.lemma(c) === first && c > i)) return true;
  return i + 1 < g.words.length && g.lemma(i + 1) === first;
}

/** Entity types that are forces where a trigger needs troops. */
const ARMED = new Set(['ArmedGroup', 'StateBody']);

/**
 * The noun a trigger needs in its object or nearby ("provide shelter", "take
 * hostage"), or a modifier of it; where money is needed, a sum of money will
 * do ("gave Rs 2 crore", "moved $20 million").
 */
function hasObjectNoun(g: ClaimGraph, i: number, nouns: string[]): boolean {
  const near = g.tree.children(i, (r) => r === 'obj' || r === 'obl' || r === 'nmod' || r === 'iobj' || r === 'nsubj:pass' || r === 'xcomp' || r === 'compound' || r === 'amod' || r === 'advmod');
  // The lists hold lemmas and plural forms alike ("troops", "soldiers"): either matches.
  // "thousands of rockets", "hundreds of millions of dollars", "a shipment of arms": a quantity names the noun it counts.
  const named = (c: number, depth = 0): boolean => nouns.includes(g.lemma(c)) || nouns.includes(g.words[c].form.toLowerCase())
    || (depth < 3 && (actorWords().quantityNouns.has(g.lemma(c)) || g.words[c].upos === 'NUM')
      && g.tree.children(c, (r) => r.startsWith('nmod')).some((x) => g.caseOf(x) === 'of' && named(x, depth + 1)));
  if (near.some((c) => named(c) || g.tree.children(c, (r) => r === 'compound' || r === 'conj' || r === 'amod').some((x) => named(x)))) return true;
  // Where forces are needed, an armed group or a state's body is forces: "Russia deployed Wagner to Mali",
  // "the Africa Corps has been deployed in Mali".
  if (nouns.includes('troops') && g.tree.children(i, (r) => r === 'obj' || r === 'nsubj:pass').some((c) => ARMED.has(g.entity(c)?.type ?? ''))) return true;
  if (!nouns.includes('money')) return false;
  return g.amountInObjects(i) !== undefined;
}

const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
const GROUP: ReadonlySet<EntityType> = new Set(['ArmedGroup', 'StateBody', 'Organization']);
const PLACE: ReadonlySet<EntityType> = new Set(['Location', 'StateBody']);

/** An argument of the kind a sense needs ("capture" a person is an arrest, a town a seizure). */
function kindFits(a: Arg, kind: LexEntry['objectKind']): boolean {
  if (!kind) return true;
  const t = a.entity.type;
  // "captured three ISIS fighters": people of the group.
  if (kind === 'person' && a.via === 'member') return true;
  return kind === 'person' ? PERSON.has(t) : kind === 'group' ? GROUP.has(t) : PLACE.has(t);
}

/** A place, or a capital standing in for its state ("the Kabul attack"): a country by its own name may be a doer ("a Nigeria-Chad operation"). */
function isPlace(g: ClaimGraph, w: number): boolean {
  const e = g.entity(w);
  return !!e && (e.type === 'Location' || g.mention(w)?.how === 'metonym');
}

/** Active or passive: an auxiliary of the passive, a passive subject, or a participle modifying a noun. */
export function voiceOf(g: ClaimGraph, i: number): 'active' | 'passive' {
  const w = g.words[i];
  if (g.tree.child(i, (r) => r === 'aux:pass' || r === 'nsubj:pass') >= 0) return 'passive';
  // A "by" phrase the parser took for an agent makes no passive of a verb with an active subject ("Iran stood by Hezbollah").
  if (g.tree.child(i, 'obl:agent') >= 0 && g.tree.child(i, 'nsubj') < 0) return 'passive';
  // A participle with an object of its own is a misread finite verb ("The statement accused X of ... and warned Y").
  if (w.xpos === 'VBN' && (w.deprel === 'amod' || w.deprel === 'acl') && g.tree.child(i, 'obj') < 0 && !isIntransitive(g.lemma(i))) return 'passive';
  return 'active';
}

/**
 * A verb the lexicon only knows without a direct object ("clash with", "operate
 * from"): it has no passive, so a participle of it is a misread finite verb
 * ("ISWAP fighters clashed with X" read as "fighters [who were] clashed").
 */
export function isIntransitive(lemma: string): boolean {
  const entries = triggerLexicon().tables.verbs.get(lemma);
  return !!entries?.length && entries.every((e) => !(Array.isArray(e.object) ? e.object : [e.object]).includes('obj'));
}

type Side = 'subject' | 'object';

/** Whether an entity can stand on this side of the predicate: a country is a state (FORMAT convention 2), and a place where BASED_IN wants one. */
export function sideFits(predicate: Predicate, side: Side, e: Entity, kb: KnowledgeBase): boolean {
  const facts = PREDICATE_FACTS[predicate];
  const country = isCountry(e, kb);
  const type = country ? (predicate === 'BASED_IN' && side === 'object' ? 'Location' : 'StateBody') : e.type;
  if (facts.notKinds && e.kbId && facts.notKinds.includes(kb.get(e.kbId)?.kind ?? '')) return false;
  return facts[side].includes(type);
}

/** Slots a mechanism fills with one actor the person or unit belongs to, not a dependency path. */
const WHOLE_ACTORS: Partial<Record<Slot, (g: ClaimGraph, word: number, kb: KnowledgeBase) => Arg | undefined>> = {
  '@parent': parentNamed,
  '@office': officeOf,
  '@whole': wholeOf,
  '@home': homeStateOf,
};

/** The actors of a slot list: the first slot that yields any. */
function argsFor(g: ClaimGraph, trigger: number, slots: Slot[], entry: LexEntry | undefined, predicate: Predicate, kb: KnowledgeBase, side: Side): Arg[] {
  const owners = predicate === 'ATTACKED' || predicate === 'HOSTILE_TO';
  const targets = side === 'object' && predicate === 'ATTACKED';
  const doers = PREDICATE_FACTS[predicate].speechAct;
  for (const slot of slots) {
    const mechanism = WHOLE_ACTORS[slot];
    if (mechanism) {
      const whole = mechanism(g, trigger, kb);
      if (whole) return [whole];
      continue;
    }
    let words = wordsFor(g, trigger, slot, entry);
    // "the Kabul attack", "a Pakistan bombing": a place named before an event noun is where it happened, not its doer (a demonym is: "Israeli strikes").
    if (slot === '@agent' && g.words[trigger].upos === 'NOUN') words = words.filter((w) => !(g.words[w].deprel === 'compound' && isPlace(g, w)));
    // A named incident takes no part in itself ("the 2013 Westgate mall attack" is not its own doer).
    const own = g.entity(trigger);
    // An actor of a kind the predicate does not take on this side does not fill the slot ("a stronghold of HTS": HTS holds it, it is no place).
    // Someone's members are not the someone where belonging is read ("members of X founded Y" makes no X member of Y; FORMAT convention 5).
    const members = side === 'subject' && (predicate === 'MEMBER_OF' || predicate === 'DEFECTED_TO') && !entry?.members;
    const demonyms = slot === '@agent' && g.words[trigger].upos === 'NOUN' && predicate !== 'BASED_IN' && predicate !== 'MEMBER_OF';
    const beneficiaries = side === 'object' && (predicate === 'FUNDS' || predicate === 'SUPPORTS');
    const args = words.flatMap((w) => actorsOf(g, w, { owners, doers, targets, demonyms, beneficiaries, containers: side === 'object' && predicate === 'BASED_IN' }))
      .filter((a) => (side === 'object' || own?.type !== 'Event' || a.entity.id !== own.id) && !(members && a.via === 'member') && sideFits(predicate, side, a.entity, kb));
    if (args.length) return args;
  }
  return [];
}
