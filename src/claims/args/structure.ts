import type { Entity, EntityType } from '../../core/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { ClaimGraph } from '../graph.js';
import type { Found } from '../find.js';
import type { Lexicon } from '../lexicon/load.js';
import type { ClaimRule } from '../rules/types.js';
import type { Arg } from './actors.js';
import { actorWords, grammarWords } from '../../lang/en/index.js';
import { describerOf } from '../frames.js';

/** A country, whatever type the text gave it: a country is a state (FORMAT convention 2). */
export function isCountry(e: Entity, kb: KnowledgeBase): boolean {
  return !!e.kbId && kb.get(e.kbId)?.kind === 'country';
}

/** The head word of a name of an entity of these types: the mention's word whose head lies outside it. */
export function isNameHead(g: ClaimGraph, word: number, types: EntityType[]): boolean {
  const m = g.mention(word);
  if (!m || m.how === 'pronoun' || m.how === 'description') return false;
  const e = g.entities.get(m.entity);
  if (!e || !types.includes(e.type)) return false;
  const h = g.words[word].head;
  return h < 0 || g.mentionAt[h] !== g.mentionAt[word];
}

/**
 * The state (or parent body) a body's own name carries, when the document
 * names that parent too: "the Nigerian Army" and Nigeria, "Pakistan's ISI"
 * (a possessor), "the Kenyan navy". FORMAT convention 3.
 */
export function parentNamed(g: ClaimGraph, word: number, kb: KnowledgeBase): Arg | undefined {
  const m = g.mention(word);
  const e = m && g.entities.get(m.entity);
  if (!m || !e) return undefined;
  // A state is no one's body ("a joint Niger-Mali operation").
  if (isCountry(e, kb)) return undefined;
  // A one-word organisation name the knowledge base lacks is often a name cut in two ("National Action | Party").
  if (e.type === 'Organization' && !e.kbId && !/\s/.test(m.text.trim())) return undefined;
  // An organisation belongs only to a body like it ("the UN's Panel of Experts", "the group's TV"), not to a
  // country it works in ("Kenya's Red Cross").
  const fits = (p: Entity) => (e.type === 'Organization' ? (p.type === 'Organization' || p.type === 'ArmedGroup') && !isCountry(p, kb)
    : p.type === 'StateBody' || p.type === 'ArmedGroup' || p.type === 'Organization' || isCountry(p, kb));
  // A possessor or a name before the body: "Pakistan's army", "the Afghan Taliban's ministry".
  for (const c of g.tree.children(word, (r) => r === 'nmod:poss' || r === 'compound' || r === 'amod')) {
    const p = g.entity(c);
    if (p && p.id !== e.id && fits(p)) return { entity: p, word: c, via: 'mention' };
  }
  // A description in apposition that names the owner: "the ISI, Pakistan's spy agency"; "Niger's junta, the CNSP".
  const w = g.words[word];
  for (const a of [...g.tree.children(word, 'appos'), ...(w.deprel === 'appos' && w.head >= 0 ? [w.head] : [])]) {
    if (g.words[a].upos !== 'NOUN' || (g.entity(a) && g.entity(a)!.id !== e.id)) continue;
    for (const c of g.tree.children(a, 'nmod:poss')) {
      const p = g.entity(c);
      if (p && p.id !== e.id && isCountry(p, kb)) return { entity: p, word: c, via: 'mention' };
    }
    // "the UN peacekeeping mission in Congo, MONUSCO": an organisation the description names as the owner.
    if (e.type === 'Organization') {
      for (const c of g.tree.children(a, (r) => r === 'nmod:poss' || r === 'compound')) {
        const p = g.entity(c);
        if (p && p.id !== e.id && fits(p)) return { entity: p, word: c, via: 'mention' };
      }
    }
  }
  const entry = e.kbId ? kb.get(e.kbId) : undefined;
  const text = m.text.toLowerCase().replace(/^the\s+/, '');
  // A body the knowledge base lacks, named with its country: "Kenyan Joint Task Force", "Rwandan Defence Force";
  // an organisation, with the international body it is part of: "the UN Panel of Experts on Sudan".
  if (!entry) {
    if (m.how !== 'name' || text.split(/\s+/).length < 2) return undefined;
    for (const x of g.entities.values()) {
      const c = x.kbId ? kb.get(x.kbId) : undefined;
      if (!c || x.id === e.id || (e.type === 'Organization' ? !INTERNATIONAL.has(c.kind ?? '') : c.kind !== 'country')) continue;
      const names = [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? [])].map((n) => n.toLowerCase());
      if (names.some((n) => n.length > 1 && text.startsWith(`${n} `))) return { entity: x, word, via: 'mention' };
    }
    return undefined;
  }
  // The parent chain (army -> armed forces -> state): the first ancestor the
  // document names whose name, alias or demonym opens the body's name.
  let parent = entry.parent ? kb.get(entry.parent) : undefined;
  for (let depth = 0; parent && depth < 5; depth++) {
    const present = [...g.entities.values()].find((x) => x.kbId === parent!.id && x.id !== e.id);
    const names = [parent.name, ...(parent.aliases ?? []), ...(parent.demonyms ?? [])].map((n) => n.toLowerCase());
    // An organisation's parent may stand anywhere in its name ("Office of the UN High Commissioner").
    const named = (n: string) => (e.type === 'Organization' ? ` ${text} `.includes(` ${n} `) : text.startsWith(n));
    if (present && names.some((n) => n.length > 1 && named(n))) return { entity: present, word, via: 'mention' };
    parent = parent.parent ? kb.get(parent.parent) : undefined;
  }
  return undefined;
}

/** Kinds of knowledge-base entry whose name may open the name of a body that is part of them ("UN", "AU", "EU"). */
const INTERNATIONAL = new Set(['international', 'alliance']);

/** A head of state or government named with a title ("President X"): the state the knowledge base seats them in, when the document names it. */
export function officeOf(g: ClaimGraph, word: number, kb: KnowledgeBase): Arg | undefined {
  const e = g.entity(word);
  const entry = e?.kbId ? kb.get(e.kbId) : undefined;
  if (!e || !entry?.memberOf || !/^(head-of-state|head-of-government|group-leader)$/.test(entry.kind ?? '')) return undefined;
  const office = [...g.entities.values()].find((x) => x.kbId === entry.memberOf);
  if (!office || office.id === e.id) return undefined;
  // Only when the text gives a title or role: a compound or apposition on the name, or a "flat" title.
  const titled = g.tree.children(word, (r) => r === 'compound' || r === 'appos' || r === 'nmod:desc').length > 0 || g.mention(word)!.text.split(/\s+/).length > (entry.name.split(/\s+/).length);
  return titled ? { entity: office, word, via: 'mention' } : undefined;
}

/**
 * Roles the entities stage found ("TTP commander Muslim Khan", "Pakistan's
 * army chief X"): the member belongs to the organisation, or to the body of
 * it the role names when the text names that body ("army chief" and the
 * Pakistan Army); a role the relation lexicon reads otherwise ("financier")
 * gives that relation instead.
 */
export function roleClaims(g: ClaimGraph, rule: ClaimRule, lexicon: Lexicon, kb: KnowledgeBase): Found[] {
  const out: Found[] = [];
  for (const r of g.doc.roles) {
    const member = g.entities.get(r.member), org = g.entities.get(r.org);
    if (!member || !org || member.id === org.id) continue;
    const words = wordsIn(g, r.start, r.end);
    if (!words.length) continue;
    const lastWord = r.role.trim().split(/\s+/).pop()!.toLowerCase();
    const roleWord = words.find((w) => g.words[w].form.toLowerCase() === lastWord);
    const lemma = roleWord === undefined ? lastWord : g.words[roleWord].lemma.toLowerCase();
    // "a Sudan researcher": the country is what the researcher studies.
    if (actorWords().topicRoles.has(lemma) && (org.type === 'Location' || isCountry(org, kb))) continue;
    const entry = lexicon.tables.relations.get(lemma)?.[0];
    const predicate = entry && entry.predicate !== 'MEMBER_OF' ? entry.predicate : rule.predicate ?? 'MEMBER_OF';
    const body = predicate === 'MEMBER_OF' ? bodyInRole(g, kb, org, r.role) : undefined;
    const target = body ?? org;
    if (target.type === 'Location' && kb.get(target.kbId ?? '')?.kind !== 'country') continue;
    // "whom they described as a commander of Y": the describer names the role.
    const source = roleWord === undefined ? undefined : describerOf(g, roleWord);
    out.push({ rule: rule.id, predicate, subject: { entity: member, word: words[words.length - 1], via: 'mention' }, object: { entity: target, word: words[0], via: 'mention' }, trigger: words[0], ...(source ? { source } : {}) });
    // "JNIM's Mopti commander": a role over a place says the organisation is there.
    for (const w of words) {
      const place = g.entity(w);
      // A country before a role is whose body it is ("Iraq's Counter-Terrorism Service"), not where it sits.
      if (place?.type === 'Location' && !isCountry(place, kb) && place.id !== member.id && org.type !== 'Location') out.push({ rule: rule.id, predicate: 'BASED_IN', subject: { entity: org, word: words[0], via: 'mention' }, object: { entity: place, word: w, via: 'mention' }, trigger: words[0] });
    }
  }
  return out;
}

/** The words lying within [start, end): found from the first word starting at `start` (words are in text order). */
function wordsIn(g: ClaimGraph, start: number, end: number): number[] {
  const { words } = g;
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < words.length && words[i].start <= end; i++) if (words[i].end <= end) out.push(i);
  return out;
}

function bodyInRole(g: ClaimGraph, kb: KnowledgeBase, org: Entity, role: string): Entity | undefined {
  const country = org.kbId ? kb.get(org.kbId) : undefined;
  if (!country || country.kind !== 'country') return undefined;
  const words = role.toLowerCase().split(/\s+/);
  for (const word of words) {
    for (const kind of actorWords().roleBodies.get(word) ?? []) {
      const body = kb.bodyOf(country.id, kind);
      const present = body && [...g.entities.values()].find((e) => e.kbId === body.id);
      if (present) return present;
    }
  }
  return undefined;
}

/**
 * The body a named body is part of: "the 47th Brigade of the X Command",
 * "Pakistan's ISI", "its East Asia Province". Only when the part's own name
 * ends in a unit word ("Brigade", "Department", "Province") or the
 * knowledge base places it under the whole.
 */
export function wholeOf(g: ClaimGraph, word: number, kb: KnowledgeBase): Arg | undefined {
  const e = g.entity(word);
  if (!e) return undefined;
  const unit = actorWords().unitNouns.has(g.lemma(word)) || actorWords().unitNouns.has(g.words[word].form.toLowerCase());
  const ancestors = new Set<string>();
  for (let p = e.kbId ? kb.get(e.kbId) : undefined, depth = 0; p?.parent && depth < 6; depth++) { ancestors.add(p.parent); p = kb.get(p.parent); }
  for (const c of g.tree.children(word, (r) => r === 'nmod:poss' || r === 'nmod')) {
    if (g.words[c].deprel === 'nmod' && !grammarWords().wholeCases.has(g.caseOf(c) ?? '')) continue;
    const whole = g.entity(c);
    if (!whole || whole.id === e.id || (whole.type === 'Location' && !isCountry(whole, kb)) || whole.type === 'Person' || whole.type === 'Event' || whole.type === 'Publication') continue;
    if (unit || (whole.kbId && ancestors.has(whole.kbId))) return { entity: whole, word: c, via: 'mention' };
  }
  return undefined;
}
