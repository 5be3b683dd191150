import type { Claim, NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { actorWords, attributionWords, grammarWords } from '../lang/en/index.js';
import { PREDICATE_FACTS } from '../schema/predicates.js';
import { evidenceOf, spanOfWord } from './evidence.js';
import type { Arg } from './args/actors.js';
import { isCountry } from './args/structure.js';
import { findClaims, type Found } from './find.js';
import { CLAIM_INFERENCES, FOUND_INFERENCES } from './infer.js';
import { framesOf } from './frames.js';
import { ClaimGraph } from './graph.js';
import type { Lexicon } from './lexicon/load.js';
import { modalityOf } from './modality.js';
import { polarityOf } from './polarity.js';
import type { ClaimRule } from './rules/types.js';
import { requested } from './requests.js';
import { mostSpecific } from './specific.js';
import { qualifiersOfFound } from './when.js';

export interface ClaimContext {
  kb: KnowledgeBase;
  rules: readonly ClaimRule[];
  lexicon: Lexicon;
}

/**
 * The claims stage on the parse: find (every rule at every trigger), filter
 * (argument types), attribute (frames on the tree), qualify (polarity,
 * modality, dates and amounts under the trigger), merge (one claim per
 * subject, predicate, object, polarity and source, with every quote).
 */
export function readClaims(doc: NexusDocument, ctx: ClaimContext): Claim[] {
  const g = new ClaimGraph(doc);
  const rulesById: ReadonlyMap<string, ClaimRule> = new Map(ctx.rules.map((r) => [r.id, r]));
  const raw = findClaims(g, ctx.rules, ctx.lexicon, ctx.kb).flatMap((f) => requested(g, f)).map((f) => personAsMember(intentional(g, f)));
  const read = raw.map((f) => officeOfPerson(f, raw, ctx.kb, g));
  const found = mostSpecific([...read, ...FOUND_INFERENCES.flatMap((i) => i.fromFound(read, ctx.kb, g))].filter((f) => typesFit(f, ctx)), rulesById, ctx.kb);
  const reference = doc.source.published ? new Date(`${doc.source.published}T12:00:00Z`) : undefined;
  const claims: Claim[] = [];
  const byKey = new Map<string, Claim>();
  for (const f of found) {
    const facts = PREDICATE_FACTS[f.predicate];
    const rule = rulesById.get(f.rule);
    // A speech act by its own speaker ("X accused Y") is not framed by X's saying so; the author's naming is framed by nothing, a speaker's naming inside quotation marks by the speaker.
    // The phrase that names a speaker is the author's ("X, a spokesman for the army, said ...": the author says X speaks for the army);
    // unless the parse hung the speech verb itself under the speaker's name.
    const frames = rule?.naming && !insideQuote(g, f.trigger) ? [] : framesOf(g, f.trigger)
      .filter((fr) => !(facts.speechAct && fr.speakers.some((s) => s.entity.id === f.subject.entity.id)))
      .filter((fr) => !fr.speakers.some((s) => { const phrase = g.tree.subtree(s.word); return phrase.includes(f.trigger) && !phrase.includes(fr.word); }));
    const chain = ['author'];
    for (const fr of frames) {
      const id = fr.speakers.length ? fr.speakers[0].entity.id : `source:${fr.unnamed}`;
      if (chain[chain.length - 1] !== id) chain.push(id);
    }
    // A construction that names its own source ("DEA agents linked X to Y"; "X claimed the attack").
    const own = f.source ?? claimant(g, f);
    if (own && chain[chain.length - 1] !== own.entity.id) chain.push(own.entity.id);
    const named = [...chain].reverse().find((x) => !x.startsWith('source:')) ?? 'author';
    const polarity = f.affirmed ? 'positive' : polarityOf(g, f.trigger, frames, f.entry, f.negated);
    const modality = modalityOf(g, f.trigger, frames);
    const [subject, object] = facts.symmetric && f.subject.entity.id > f.object.entity.id ? [f.object, f.subject] : [f.subject, f.object];
    const evidence = evidenceOf(g, f);
    const key = `${subject.entity.id}|${f.predicate}|${object.entity.id}|${polarity}|${named}`;
    const known = byKey.get(key);
    if (known) {
      if (!known.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) known.evidence.push(evidence);
      continue;
    }
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      subject: subject.entity.id,
      predicate: f.predicate,
      object: object.entity.id,
      polarity,
      modality,
      attributedTo: named,
      chain,
      qualifiers: qualifiersOfFound(g, f, reference),
      evidence: [evidence],
      rule: f.rule,
      trigger: spanOfWord(g, f.trigger),
      confidence: modality === 'asserted' ? 0.8 : modality === 'reported' ? 0.7 : 0.5,
    };
    byKey.set(key, claim);
    claims.push(claim);
  }
  for (const inference of CLAIM_INFERENCES) for (const c of inference.fromClaims(claims, g)) claims.push({ ...c, id: `c${claims.length + 1}` });
  return claims;
}

/**
 * "X vowed to attack Y", "threatened to strike": an attack announced, not
 * carried out, is hostility (FORMAT: vows retaliation is HOSTILE_TO).
 */
function intentional(g: ClaimGraph, f: Found): Found {
  if (f.predicate !== 'ATTACKED') return f;
  const intent = attributionWords().intentVerbs;
  let x = f.trigger;
  for (let guard = 0; guard < 4; guard++) {
    const w = g.words[x];
    if (w.head < 0) break;
    const governed = w.deprel === 'xcomp' || (w.upos === 'NOUN' && w.deprel === 'obj');
    if (!governed) break;
    x = w.head;
    if (intent.has(g.lemma(x))) return { ...f, predicate: 'HOSTILE_TO' };
  }
  return f;
}

/** "X claimed (responsibility for) the attack on Y": the attack is X's own word. */
function claimant(g: ClaimGraph, f: Found): Arg | undefined {
  let x = f.trigger;
  const w = g.words[x];
  if (w.deprel.startsWith('nmod') && w.head >= 0 && actorWords().responsibilityWords.has(g.lemma(w.head))) x = w.head;
  const up = g.words[x];
  const verb = up.head >= 0 && up.deprel === 'obj' ? up.head : g.lemma(f.trigger) === 'claim' ? f.trigger : -1;
  return verb >= 0 && g.lemma(verb) === 'claim' && f.predicate === 'ATTACKED' ? f.subject : undefined;
}

/**
 * A member "of" a person ("an adviser to President X", "a commander of
 * Shekau") belongs to that person's body: the state or group the knowledge
 * base seats them in, or the one the text makes them a member of.
 */
function officeOfPerson(f: Found, found: Found[], kb: KnowledgeBase, g: ClaimGraph): Found {
  if (f.predicate !== 'MEMBER_OF' || f.object.entity.type !== 'Person') return f;
  const person = f.object.entity;
  const seat = person.kbId ? kb.get(person.kbId)?.memberOf : undefined;
  const office = (seat ? [...g.entities.values()].find((e) => e.kbId === seat) : undefined)
    ?? found.find((x) => x.predicate === 'MEMBER_OF' && x.subject.entity.id === person.id && x.object.entity.type !== 'Person')?.object.entity;
  return office && office.id !== f.subject.entity.id ? { ...f, object: { ...f.object, entity: office } } : f;
}

/** A person allied, linked or associated with a group belongs to it ("a militant associated with LJ-A"). */
function personAsMember(f: Found): Found {
  if (f.predicate !== 'ALLY_OF') return f;
  const group = (t: string) => t === 'ArmedGroup' || t === 'Organization' || t === 'StateBody';
  if (f.subject.entity.type === 'Person' && group(f.object.entity.type)) return { ...f, predicate: 'MEMBER_OF' };
  if (f.object.entity.type === 'Person' && group(f.subject.entity.type)) return { ...f, predicate: 'MEMBER_OF', subject: f.object, object: f.subject };
  return f;
}

/** The entity types each side may have: the predicate's, narrowed by the rule's. */
function typesFit(f: Found, ctx: ClaimContext): boolean {
  const facts = PREDICATE_FACTS[f.predicate];
  const rule = ctx.rules.find((r) => r.id === f.rule);
  // No relation holds between an actor and itself ("Rwanda's army, the Rwanda Defence Force": one body named twice).
  if (f.subject.entity.id === f.object.entity.id) return false;
  // A country is a state whatever the text does with it (FORMAT convention 2), though the entities stage may have read it as a place.
  const typeOf = (e: Found['subject']['entity']) => (isCountry(e, ctx.kb) ? 'StateBody' : e.type);
  const st = typeOf(f.subject.entity), ot = f.predicate === 'BASED_IN' && isCountry(f.object.entity, ctx.kb) ? 'Location' : typeOf(f.object.entity);
  if (!facts.subject.includes(st) || !facts.object.includes(ot)) return false;
  if (rule?.types?.subject && !rule.types.subject.includes(st)) return false;
  if (rule?.types?.object && !rule.types.object.includes(ot)) return false;
  // "based in Pakistan" names the country as a place, not one of its bodies.
  if (f.predicate === 'BASED_IN' && ot === 'StateBody') return false;
  return true;
}

export type { Found };


/** Whether a word stands between quotation marks of its sentence (an odd number of them before it). */
function insideQuote(g: ClaimGraph, word: number): boolean {
  const { first } = g.sentenceOf(word);
  let n = 0;
  for (let k = first; k < word; k++) if (grammarWords().quotationMarks.has(g.words[k].form)) n++;
  return n % 2 === 1;
}
