import type { Claim, Entity, Evidence, NexusDocument, Predicate } from '../core/index.js';
import { SYMMETRIC } from '../core/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { derivedAccusations } from './accusations.js';
import { adjectiveClaims } from './adjective-rules.js';
import { affiliationClaims } from './affiliation.js';
import { amongClaims } from './among.js';
import { anaphoricIncidents } from './anaphora.js';
import { coalitionClaims } from './coalitions.js';
import { assetClaims } from './assets.js';
import { incidentClaims } from './incidents.js';
import { linkClaims } from './links.js';
import { placeClaims } from './places.js';
import { findFrames, framesAround, type Frame } from './attribution.js';
import { typesAllowed } from './constraints.js';
import { modalityOf, polarityOf } from './modality.js';
import { nounClaims } from './noun-rules.js';
import { phraseClaims } from './phrase-rules.js';
import { qualifiersOf } from './qualifiers.js';
import type { RawClaim } from './raw.js';
import { structureClaims } from './structure.js';
import { findTriggers, readsAsNoun } from './triggers.js';
import { verbClaims } from './verb-rules.js';
import { DocView } from './view.js';
import { readClaims } from './pipeline.js';
import { RULES } from './rules/registry.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';

// TEMPORARY while the parse-based claims are built beside the old ones.
let lexiconCache: Lexicon | undefined;

const MONEY_WORDS = /\b(money|funds?|funding|financ\w*|cash|sum|payments?|rupees?|dollars?|lakhs?|lacs?|crores?|euros?|naira|afghanis?)\b|[$€£₹]\s?\d/i;

/**
 * The claims stage: triggers with their subjects and objects, compound
 * adjectives and structural membership, then attribution, polarity,
 * modality, qualifiers and evidence; repeats of one claim become one claim
 * with several quotes.
 */
export function extractClaims(doc: NexusDocument, ctx: Pick<PipelineContext, 'kb' | 'clock'>): NexusDocument {
  if (process.env.NEXUS_CLAIMS === 'parse') {
    doc.claims = readClaims(doc, { kb: ctx.kb, rules: RULES, lexicon: (lexiconCache ??= loadLexicon()) });
    return doc;
  }
  const view = new DocView(doc);
  const frames = findFrames(view);
  const raws: RawClaim[] = [];
  for (const s of doc.sentences) {
    for (const m of findTriggers(doc.tokens, s.first, s.last, view.slotOf)) {
      const asNoun = readsAsNoun(doc.tokens, m.first, view.slotOf);
      if (m.kind === 'verb' && !asNoun) raws.push(...verbClaims(view, m, frames));
      if (m.kind === 'noun' && (asNoun || !m.verb)) raws.push(...nounClaims(view, m));
    }
  }
  raws.push(...adjectiveClaims(view), ...structureClaims(view, ctx.kb), ...phraseClaims(view), ...affiliationClaims(view), ...incidentClaims(view), ...placeClaims(view), ...linkClaims(view), ...assetClaims(view));
  raws.push(...coalitionClaims(raws, ctx.kb));
  raws.push(...anaphoricIncidents(view, raws), ...amongClaims(view, raws));
  // Relative dates ("on Sunday", "last year") resolve only against the document's own date.
  const reference = doc.source.published ? new Date(`${doc.source.published}T12:00:00Z`) : undefined;
  const cache = new Map();
  const claims: Claim[] = [];
  const byKey = new Map<string, Claim>();
  const actingStates = new Set<Entity | undefined>();
  for (const found of raws) {
    const raw = attackedCountry(found, doc, ctx.kb);
    if (raw.subject.entity.id === raw.object.entity.id) continue;
    const predicate = refine(view, raw);
    if (!needsObjectNoun(view, { ...raw, predicate })) continue;
    const objectKind = raw.object.entity.kbId ? ctx.kb.get(raw.object.entity.kbId)?.kind : undefined;
    const subjectKind = raw.subject.entity.kbId ? ctx.kb.get(raw.subject.entity.kbId)?.kind : undefined;
    // A country read as a place by the entities stage may still act: it is a state here.
    const asState = (type: typeof raw.subject.entity.type, kind?: string) => (type === 'Location' && kind === 'country' ? 'StateBody' : type);
    const subjectType = asState(raw.subject.entity.type, subjectKind);
    const objectType = predicate === 'BASED_IN' ? raw.object.entity.type : asState(raw.object.entity.type, objectKind);
    if (!typesAllowed(predicate, subjectType, objectType, objectKind)) continue;
    actingStates.add(subjectType !== raw.subject.entity.type ? raw.subject.entity : undefined);
    actingStates.add(objectType !== raw.object.entity.type ? raw.object.entity : undefined);
    // The author's own naming stands outside reports, unless it sits inside a speaker's quoted words.
    const around = (raw.naming ? framesAround(frames, raw.trigger[0]).filter((f) => f.kind === 'quote') : framesAround(frames, raw.trigger[0])).filter((f) => !(f.source && (f.source.entity.id === raw.subject.entity.id) && isSpeechAct(predicate)));
    // Two frames of one speaker ("X said ... in its statement that") are one link of the chain.
    const chain = ['author', ...around.map(sourceId).filter((x): x is string => !!x)].filter((x, i, all) => x !== all[i - 1]);
    if (raw.source && chain[chain.length - 1] !== raw.source.entity.id) chain.push(raw.source.entity.id);
    const named = [...chain].reverse().find((x) => !x.startsWith('source:')) ?? 'author';
    const polarity = raw.naming ? 'positive' : polarityOf(view, raw, around);
    const modality = modalityOf(view, raw, chain.length > 1);
    const evidence = evidenceOf(view, raw);
    const [subject, object] = SYMMETRIC.has(predicate) && raw.subject.entity.id > raw.object.entity.id ? [raw.object, raw.subject] : [raw.subject, raw.object];
    const key = `${subject.entity.id}|${predicate}|${object.entity.id}|${polarity}|${named}`;
    const known = byKey.get(key);
    if (known) {
      if (!known.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) known.evidence.push(evidence);
      known.confidence = Math.min(0.99, Math.max(known.confidence, raw.strength) + 0.05);
      continue;
    }
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      subject: subject.entity.id,
      predicate,
      object: object.entity.id,
      polarity,
      modality,
      attributedTo: named,
      chain,
      qualifiers: qualifiersOf(view, raw, reference, cache),
      evidence: [evidence],
      rule: raw.rule,
      trigger: textOf(view, raw.trigger[0], raw.trigger[1]),
      confidence: confidence(raw.strength, modality),
    };
    // Denials name who made the denied claim: that source asserted it.
    const claimant = around.find((f) => f.denial && f.claimant)?.claimant;
    byKey.set(key, claim);
    claims.push(claim);
    if (claimant && polarity === 'negative') {
      const positive: Claim = { ...claim, id: `c${claims.length + 1}`, polarity: 'positive', attributedTo: claimant.entity.id, chain: [...chain.slice(0, -1), claimant.entity.id], modality: 'reported', rule: `${raw.rule}+claimant` };
      byKey.set(`${subject.entity.id}|${predicate}|${object.entity.id}|positive|${claimant.entity.id}`, positive);
      claims.push(positive);
    }
  }
  for (const e of actingStates) if (e) e.type = 'StateBody';
  for (const c of derivedAccusations(view, claims, frames)) claims.push({ ...c, id: `c${claims.length + 1}` });
  doc.claims = claims;
  return doc;
}

const SUPPORT_NOUNS = /\b(safe havens?|havens?|sanctuar\w*|shelter|support|backing|weapons|arms|ammunition|training|protection|logistics?|assistance|aid|equipment|intelligence|cover|refuge|supplies|funds?|funding|money|cash|financ\w*)\b/i;

/** Verbs that support or fund only with what they give: "gave a safe haven to", "sent money to" (not "sent prisoners to"). */
function needsObjectNoun(view: DocView, raw: RawClaim): boolean {
  const word = view.tokens[raw.trigger[0]].norm;
  if (!/^(give|gave|given|gives|giving|provide|provided|provides|providing|offer|offered|offers|offering|grant|granted|grants|send|sent|sends|sending|transfer|transferred|transfers|channel|channelled|channeled|channels|supply|supplied|supplies|move|moved|moves|moving|funnel|funnelled|funneled|funnels|wire|wired|wires|remit|remitted|remits)$/.test(word)) return true;
  if (raw.trigger[1] - raw.trigger[0] > 1) return true;
  const s = view.sentence(raw.trigger[0]);
  const text = view.text(raw.trigger[0], Math.min(s.last, raw.trigger[1] + 8));
  return raw.predicate === 'FUNDS' ? MONEY_WORDS.test(text) : SUPPORT_NOUNS.test(text);
}

/**
 * "responsible for the attack on the Belgorod region": a raid from abroad on a
 * town or region is an attack on the state it lies in, when the text names that
 * state. An attacker at home ("the RSF shelled El Fasher") attacks the place.
 */
function attackedCountry(raw: RawClaim, doc: NexusDocument, kb: KnowledgeBase): RawClaim {
  const place = raw.object.entity;
  const attacker = raw.subject.entity.kbId ? kb.get(raw.subject.entity.kbId) : undefined;
  if (raw.predicate !== 'ATTACKED' || place.type !== 'Location' || !place.kbId || !attacker) return raw;
  const entry = kb.get(place.kbId);
  if (!entry || entry.kind === 'country') return raw;
  const country = kb.countryOf(entry);
  const home = kb.countryOf(attacker);
  if (!country || !home || home.id === country.id) return raw;
  const state = doc.entities.find((e) => e.kbId === country.id);
  return state ? { ...raw, object: { ...raw.object, entity: state } } : raw;
}

/** Support with money is funding ("gave a sum of Rupees 50 lacs", "financial support"). */
function refine(view: DocView, raw: RawClaim): Predicate {
  // Capturing people (or a group's fighters) is an arrest; capturing a post or a town is an attack.
  if (raw.predicate === 'ATTACKED' && /^(captur|seiz|nab)/.test(view.tokens[raw.trigger[0]].norm)) {
    const after = view.tokens[raw.object.last];
    if (raw.object.entity.type === 'Person' || (after && /^(fighters|militants|members|commanders|suspects|operatives|soldiers|troops|rebels|men)$/.test(after.norm))) return 'ARRESTED';
  }
  if (raw.predicate !== 'SUPPORTS') return raw.predicate;
  const s = view.sentence(raw.trigger[0]);
  const from = Math.max(s.first, raw.trigger[0] - 3);
  const to = Math.min(s.last, raw.trigger[1] + 6);
  return MONEY_WORDS.test(view.text(from, to)) ? 'FUNDS' : 'SUPPORTS';
}

/** Accusing, praising, pressing: the author reports the act; the speaker is the subject, not the source. */
function isSpeechAct(p: Predicate): boolean {
  return p === 'ACCUSED' || p === 'PRAISED' || p === 'PRESSURED';
}

function sourceId(f: Frame): string | undefined {
  if (f.source) return f.source.entity.id;
  return f.sourceText ? `source:${f.sourceText}` : undefined;
}

function textOf(view: DocView, first: number, last: number): Evidence {
  const { tokens } = view;
  const start = tokens[first].start, end = tokens[last - 1].end;
  return { start, end, text: view.doc.text.slice(start, end) };
}

/** The quote: from the first to the last of subject, trigger and object, within the sentence. */
function evidenceOf(view: DocView, raw: RawClaim): Evidence {
  const s = view.sentence(raw.trigger[0]);
  if (raw.naming) {
    // The naming itself, with both names when they stand in the same sentence ("Director General of Police Dilbag Singh").
    const near = [raw.subject, raw.object].filter((x) => view.sentenceOf[x.first] === view.sentenceOf[raw.trigger[0]] && Math.abs(x.first - raw.trigger[0]) < 12);
    const first = Math.min(raw.trigger[0], ...near.map((x) => x.first));
    const last = Math.max(raw.trigger[1], ...near.map((x) => x.last));
    return textOf(view, Math.max(first, s.first), Math.min(last, s.last));
  }
  const sameSentence = (slot: { first: number }) => view.sentenceOf[slot.first] === view.sentenceOf[raw.trigger[0]];
  const points = [raw.trigger[0], raw.trigger[1] - 1];
  for (const slot of [raw.subject, raw.object]) if (sameSentence(slot)) points.push(slot.first, slot.last - 1);
  if (raw.extent) points.push(raw.extent[0], raw.extent[1] - 1);
  const first = Math.max(s.first, Math.min(...points));
  const last = Math.min(s.last - 1, Math.max(...points));
  return textOf(view, first, last + 1);
}

function confidence(strength: number, modality: Claim['modality']): number {
  const factor = modality === 'asserted' ? 1 : modality === 'reported' ? 0.95 : modality === 'alleged' ? 0.8 : modality === 'hedged' ? 0.7 : 0.6;
  return Math.round(strength * factor * 100) / 100;
}
