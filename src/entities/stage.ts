import type { EntityType, NexusDocument, Token } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { findDefinitions } from './acronyms.js';
import { buildEntities, nameKey, spanText, type Resolved } from './build.js';
import type { Candidate } from './candidates.js';
import { findChunks } from './chunks.js';
import { classify, TRAILING_PLACE } from './classify.js';
import { resolveReferences } from './coref.js';
import { demonymActor } from './demonyms.js';
import { DocContext } from './kb-context.js';
import { scanKb } from './kb-scan.js';
import { actsAsActor, isPossessive } from './metonyms.js';
import { partsToCandidates, splitParts } from './segment.js';
import { mergeQuotedNicknames } from './nicknames.js';
import { placeGroups } from './place-groups.js';
import { linkRoles } from './roles.js';
import { linkShortNames } from './short-names.js';
import { resolveTitles } from './title-mentions.js';
import { splitNumberedUnits } from './units.js';
import { Union } from './union.js';

/**
 * The entities stage: knowledge-base names, discovered names, aliases the
 * text defines, short names, metonyms and demonyms, grouped into entities
 * with typed mentions that keep their spans.
 */
export function recognize(doc: NexusDocument, kb: KnowledgeBase): NexusDocument {
  const { tokens, sentences } = doc;
  const hits = scanKb(kb, tokens, sentences);
  const hitAt = new Map(hits.map((h) => [h.first, h]));
  const chunks = findChunks(tokens, sentences, new Set(hitAt.keys()));
  const cands: Resolved[] = [];
  for (const chunk of chunks) partsToCandidates(tokens, splitParts(tokens, chunk, hitAt), chunk.sentence, cands);
  // Names the knowledge base knows that start in lower case ("al-Shabaab") are not in any run.
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.first; k < c.last; k++) covered.add(k);
  for (const h of hits) if (!covered.has(h.first)) cands.push({ first: h.first, last: h.end, how: 'name', titles: [], rule: 'entity/kb', sentence: h.sentence, kb: h.names });
  addGenericPhrases(doc, cands, covered);
  mergeQuotedNicknames(doc, cands);
  cands.sort((a, b) => a.first - b.first);
  splitNumberedUnits(doc, cands);

  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  cands.forEach((c, i) => { startsAt.set(c.first, i); endsAt.set(c.last, i); });
  const defs = findDefinitions(tokens, cands, startsAt, endsAt);
  const base = cands.length;
  cands.push(...defs.created);
  const union = new Union(cands.length);
  const defined = new Set<number>();
  for (const l of defs.links) {
    const b = l.b < 0 ? base - l.b - 1 : l.b;
    union.join(l.a, b);
    defined.add(l.a).add(b);
  }
  // A foreign title glossed in brackets ("Nazim-e-Ala [supreme leader]") is not a name.
  for (const i of defs.titles) if (!cands[i].kb) cands[i].dropped = true;

  const sentenceOfToken = tokenSentences(doc);
  for (const [a, b] of linkRoles(tokens, cands, (k) => sentenceOfToken[k])) union.join(a, b);
  const ctx = resolveKnowledge(doc, kb, cands, union, defined);
  resolveGenericBodies(doc, kb, cands, ctx);
  for (const c of cands) {
    if (c.dropped || c.kbEntry) continue;
    c.type = classify(c, tokens, sentences[c.sentence]);
    addPlaceForm(doc, c);
  }
  placeGroups(doc, kb, cands);
  linkShortNames(doc, cands, union);
  resolveTitles(doc, kb, cands, union);
  buildEntities(doc, kb, cands, union, (group) => groupType(doc, kb, group));
  resolveReferences(doc, kb);
  return doc;
}

/** Chooses each candidate's knowledge-base entry, and reads metonyms and demonyms in context. */
function resolveKnowledge(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], union: Union, defined: Set<number>): DocContext {
  const { tokens, sentences } = doc;
  const ctx = new DocContext(kb, cands);
  // Definitions in the text override the knowledge base: both ends of a link share one entry.
  cands.forEach((c, i) => {
    if (c.dropped || !c.kb?.length) return;
    const s = sentences[c.sentence];
    const metonym = c.kb.find((n) => n.kind === 'metonym');
    if (metonym) {
      const place = c.kb.find((n) => kb.get(n.entry)?.type === 'Location');
      const actor = actsAsActor(tokens, c.first, c.last, s.first, s.last);
      if (actor || !place) { c.entry = metonym; c.how = 'metonym'; }
      else c.entry = place;
    } else {
      c.entry = ctx.choose(c, defined.has(i));
    }
    if (!c.entry) { c.kb = undefined; return; }
    if (c.entry.kind === 'demonym') {
      const country = kb.get(c.entry.entry)!;
      const use = demonymActor(kb, country, tokens, c.last, s.last);
      // A demonym in front of a title keeps pointing at its country ("Ukrainian President X").
      if (use) { c.last = use.end; c.kbEntry = use.entry.id; c.how = 'demonym'; }
      else if (cands.some((o) => o.roleOf === i)) { c.kbEntry = country.id; c.how = 'demonym'; }
      else c.dropped = true;
      return;
    }
    c.kbEntry = c.entry.entry;
    // "Ukraine intelligence", "US forces": a country's name before a body noun names that body.
    const named = kb.get(c.kbEntry);
    if (named?.kind === 'country') {
      const use = demonymActor(kb, named, tokens, c.last, s.last);
      if (use) { c.last = use.end; c.kbEntry = use.entry.id; }
    }
    if (c.entry.kind === 'acronym') c.how = 'acronym';
    else if (c.entry.kind === 'alias') c.how = 'alias';
  });
  // An unknown name defined by a known acronym (or the reverse) takes its entry.
  for (let pass = 0; pass < 2; pass++) {
    const entryOf = new Map<number, string>();
    cands.forEach((c, i) => { if (c.kbEntry && !c.dropped) entryOf.set(union.find(i), c.kbEntry); });
    cands.forEach((c, i) => {
      const e = entryOf.get(union.find(i));
      if (e && !c.kbEntry && defined.has(i)) c.kbEntry = e;
    });
  }
  return ctx;
}

/** Capitalised generic bodies and the kinds of knowledge-base entry they stand for. */
const GENERIC: Record<string, string[]> = {
  army: ['army', 'armed-forces'], military: ['armed-forces', 'army'], police: ['police'], navy: ['navy'], government: ['government', 'country'],
  junta: ['armed-forces', 'army', 'government'], intelligence: ['intelligence'], cabinet: ['government'],
};

/** Lower-case phrases that name a state's forces without naming the state ("junta soldiers", "government troops"). */
const GENERIC_PHRASES: Array<[string[], string[]]> = [
  [['junta'], ['armed-forces', 'army', 'government']],
  [['government', 'troops'], ['armed-forces', 'army']], [['government', 'soldiers'], ['armed-forces', 'army']],
  [['government', 'forces'], ['armed-forces', 'army']], [['military', 'government'], ['armed-forces', 'army', 'government']],
];

function addGenericPhrases(doc: NexusDocument, cands: Resolved[], covered: Set<number>): void {
  const { tokens } = doc;
  doc.sentences.forEach((s, si) => {
    for (let k = s.first; k < s.last; k++) {
      if (covered.has(k)) continue;
      for (const [words, kinds] of GENERIC_PHRASES) {
        if (words.every((w, j) => tokens[k + j]?.norm === w && !covered.has(k + j)) && k + words.length <= s.last) {
          // "Myanmar's military government" is already the country's; the phrase still names the body.
          cands.push({ first: k, last: k + words.length, how: 'description', titles: [], rule: 'entity/generic-body', sentence: si, generic: kinds });
          k += words.length - 1;
          break;
        }
      }
    }
  });
}

/**
 * "Army" or "Police" alone ("Army Chief Gen X", "the Army's media wing")
 * names the body of that kind of the country the document is most about.
 */
function resolveGenericBodies(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], ctx: DocContext): void {
  const countries = [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  for (const c of cands) {
    if (c.dropped || c.kbEntry || c.how === 'title') continue;
    const t = doc.tokens[c.first];
    const kinds = c.generic ?? (c.last - c.first === 1 && t.upper ? GENERIC[t.norm] : undefined);
    if (!kinds) continue;
    let found: string | undefined;
    for (const cc of countries.slice(0, 1)) {
      for (const kind of kinds) {
        const body = kb.bodyOf(cc, kind);
        if (body) { found = body.id; break; }
      }
    }
    if (found) { c.kbEntry = found; c.how = 'description'; c.rule = 'entity/generic-body'; }
    else c.dropped = true;
  }
}

/** "Mustang district", "Minbya township": the place word after a name is an alias form too. */
function addPlaceForm(doc: NexusDocument, c: Resolved): void {
  if (c.type !== 'Location') return;
  const next = doc.tokens[c.last];
  if (next && next.kind === 'word' && !next.upper && TRAILING_PLACE.has(next.norm) && doc.sentences[c.sentence].last > c.last) {
    (c.aliasForms ??= []).push(spanText(doc, doc.tokens, c.first, c.last + 1));
  }
}

/** The type of an entity: the knowledge base's, a country read as a place, or the mentions' vote. */
function groupType(doc: NexusDocument, kb: KnowledgeBase, group: Resolved[]): EntityType | undefined {
  const entryId = group.find((c) => c.kbEntry)?.kbEntry;
  const entry = entryId ? kb.get(entryId) : undefined;
  if (entry) {
    if (entry.kind === 'country' && group.every((c) => c.how !== 'demonym' && placeUse(doc, c))) return 'Location';
    return entry.type;
  }
  const votes = new Map<EntityType, number>();
  for (const c of group) if (c.type) votes.set(c.type, (votes.get(c.type) ?? 0) + (c.type === 'Person' && c.titles.length ? 3 : 1));
  let best: EntityType | undefined;
  for (const [t, v] of votes) if (!best || v > votes.get(best)!) best = t;
  if (!best && group.some((c) => c.how === 'acronym')) return 'Organization';
  return best;
}

const COUNTRY_AS_PLACE = new Set(['in', 'into', 'inside', 'across', 'throughout', 'within', 'near', 'at', 'towards', 'toward', 'entered', 'reached', 'crossed', 'fled']);

/** A country named as a place: "in Afghanistan", "Afghanistan's Kunar province", "into Bangladesh". */
function placeUse(doc: NexusDocument, c: Candidate): boolean {
  const { tokens } = doc;
  const s = doc.sentences[c.sentence];
  let k = c.first - 1;
  while (k > s.first && tokens[k].kind === 'word' && !tokens[k].upper && /^(the|neighbouring|neighboring|southern|northern|eastern|western|central|mainland|rural|war-torn|neighbour|neighbor)$/.test(tokens[k].norm)) k--;
  if (k >= s.first && COUNTRY_AS_PLACE.has(tokens[k].norm)) return true;
  const next = tokens[c.last];
  if (isPossessive(next)) {
    const after: Token | undefined = tokens[c.last + 1];
    const after2: Token | undefined = tokens[c.last + 2];
    return !!after && (after.upper || (after2?.upper ?? false) || TRAILING_PLACE.has(after.norm));
  }
  return false;
}

function tokenSentences(doc: NexusDocument): number[] {
  const out = new Array<number>(doc.tokens.length);
  doc.sentences.forEach((s, i) => { for (let k = s.first; k < s.last; k++) out[k] = i; });
  return out;
}

export { nameKey };
