import { table } from '../core/index.js';
import type { EntityType, NexusDocument, Token } from '../core/index.js';
import { nameTokens, type KnowledgeBase } from '../kb/index.js';
import { findDefinitions } from './acronyms.js';
import { findEvents } from './events.js';
import { findTitledWorks } from './publications.js';
import { buildEntities, nameKey, spanText, type Resolved } from './build.js';
import { sortCandidates, type Candidate } from './candidates.js';
import { findChunks } from './chunks.js';
import { classify, TRAILING_PLACE } from './classify.js';
import { resolveReferences } from './coref.js';
import { FOLLOWERS, demonymActor } from './demonyms.js';
import { DocContext } from './kb-context.js';
import { scanKb } from './kb-scan.js';
import { actsAsActor, isPossessive } from './metonyms.js';
import { partsToCandidates, splitParts } from './segment.js';
import { mergeQuotedNicknames } from './nicknames.js';
import { placeGroups } from './place-groups.js';
import { linkImplicitAcronyms, lowercaseRoleTitles } from './implicit.js';
import { linkRoles } from './roles.js';
import { linkShortNames, linkShortOrgNames } from './short-names.js';
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
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) covered.fill(1, c.first, c.last);
  for (const h of hits) if (!covered[h.first]) cands.push({ first: h.first, last: h.end, how: 'name', titles: [], rule: 'entity/kb', sentence: h.sentence, kb: h.names });
  addGenericPhrases(doc, cands, covered);
  // Titled works and incidents cover the names inside them ("the report titled “The Islamic State-Khorasan ...”").
  const works = findTitledWorks(doc);
  for (const w of works) for (const c of cands) if (c.first >= w.first && c.last <= w.last) c.dropped = true;
  cands.push(...works);
  cands.push(...findEvents(doc, kb, cands.filter((c) => !c.dropped)));
  mergeQuotedNicknames(doc, cands);
  sortCandidates(cands);
  splitNumberedUnits(doc, cands);

  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  // Where two candidates end together ("President of the US" and "US"), the longer one is the name before a bracket.
  cands.forEach((c, i) => {
    startsAt.set(c.first, i);
    const prev = endsAt.get(c.last);
    if (prev === undefined || cands[prev].last - cands[prev].first < c.last - c.first) endsAt.set(c.last, i);
  });
  const defs = findDefinitions(tokens, cands, startsAt, endsAt);
  const base = cands.length;
  cands.push(...defs.created);
  cands.push(...lowercaseRoleTitles(doc, kb, cands));
  const union = new Union(cands.length);
  const defined = new Set<number>();
  for (const l of defs.links) {
    // Negative indices are candidates the definitions created (an acronym, or a name it expands).
    const a = l.a < 0 ? base - l.a - 1 : l.a;
    const b = l.b < 0 ? base - l.b - 1 : l.b;
    // "Kivu Defence Front (KDF)": the text's own expansion beats the knowledge base's other KDF.
    const [name, acr] = cands[a].kb ? [cands[b], cands[a]] : [cands[a], cands[b]];
    if (!name.kb && acr.kb && !acr.kb.some((n) => similarName(kbNames(kb, n.entry), nameKey(spanText(doc, tokens, name.first, name.last))))) acr.kb = undefined;
    union.join(a, b);
    defined.add(a).add(b);
  }
  // A foreign title glossed in brackets ("Nazim-e-Ala [supreme leader]") is not a name.
  for (const i of defs.titles) if (!cands[i].kb) cands[i].dropped = true;

  const sentenceOfToken = tokenSentences(doc);
  for (const [a, b] of linkRoles(tokens, cands, (k) => sentenceOfToken[k])) union.join(a, b);
  const ctx = resolveKnowledge(doc, kb, cands, union, defined);
  resolveGenericBodies(doc, kb, cands, ctx, union);
  for (const c of cands) {
    if (c.dropped || c.kbEntry) continue;
    c.type = classify(c, tokens, sentences[c.sentence]);
  }
  propagateListTypes(doc, cands);
  unitsOfArmedGroups(doc, kb, cands);
  joinCountryAndBody(kb, cands);
  for (const c of cands) if (!c.dropped) addPlaceForm(doc, kb, c);
  placeGroups(doc, kb, cands);
  linkShortNames(doc, cands, union);
  linkShortOrgNames(doc, cands, union, kb);
  linkImplicitAcronyms(doc, cands, union);
  resolveTitles(doc, kb, cands, union);
  buildEntities(doc, kb, cands, union, (group) => groupType(doc, kb, group));
  resolveReferences(doc, kb);
  return doc;
}

/** The same name give or take a word form ("Rwandan Defence Force" and "Rwanda Defence Force"): most words shared. */
function similarName(names: Set<string>, key: string): boolean {
  const words = key.split(' ');
  for (const n of names) {
    const other = new Set(n.split(' '));
    const shared = words.filter((w) => other.has(w)).length;
    if (shared / Math.max(words.length, other.size) >= 0.6) return true;
  }
  return false;
}

function kbNames(kb: KnowledgeBase, id: string): Set<string> {
  const e = kb.get(id);
  return new Set(e ? [e.name, ...(e.aliases ?? [])].map(nameKey) : []);
}

/** Chooses each candidate's knowledge-base entry, and reads metonyms and demonyms in context. */
function resolveKnowledge(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], union: Union, defined: Set<number>): DocContext {
  const { tokens, sentences } = doc;
  // A name spelled from pieces ("Nemesio Oseguera Cervantes" around a nickname) may be a known one.
  for (const c of cands) {
    if (c.dropped || c.kb || !c.name) continue;
    const nameToks = nameTokens(c.name);
    const m = kb.trie.match(nameToks, 0);
    if (m && m.end === nameToks.length) c.kb = m.names;
  }
  const ctx = new DocContext(kb, cands);
  const mentionedIds = new Set(cands.filter((c) => c.kb?.length === 1).map((c) => c.kb![0].entry));
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
      const use = demonymActor(kb, country, tokens, c.last, s.last, mentionedIds);
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
      const use = demonymActor(kb, named, tokens, c.last, s.last, mentionedIds);
      if (use) { c.last = use.end; c.kbEntry = use.entry.id; }
    }
    if (c.entry.kind === 'acronym') c.how = 'acronym';
    else if (c.entry.kind === 'alias') c.how = 'alias';
  });
  // One node per actor as analysts see it: a country's government is the country,
  // its armed forces are its army when the knowledge base has one.
  for (const c of cands) if (c.kbEntry) c.kbEntry = canonicalEntry(kb, c.kbEntry, doc.text.slice(tokens[c.first].start, tokens[c.last - 1].end));
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

/**
 * The entry that stands for what a mention names: "the Government of Pakistan"
 * and "Pakistani authorities" are Pakistan; "US forces" and "Russian troops"
 * are the country acting; "the Philippine military" is the Philippine Army.
 */
function canonicalEntry(kb: KnowledgeBase, id: string, text: string): string {
  const entry = kb.get(id);
  if (!entry) return id;
  const country = entry.kind === 'country' ? undefined : kb.countryOf(entry);
  if (!country) return id;
  if (entry.kind === 'government' || entry.kind === 'presidency') return country.id;
  // "US forces", "Russian troops" (two words: a country and a generic noun), not "Sudanese Armed Forces".
  if (/^\S+\s+(forces|troops|soldiers)$/i.test(text.trim()) && /^(armed-forces|army|government)$/.test(entry.kind ?? '')) return country.id;
  // Only the country's armed forces as a whole (not a command such as CENTCOM) become its army.
  if (entry.kind === 'armed-forces' && (entry.parent === country.id || !entry.parent) && /armed forces|military|defen[cs]e forces|tatmadaw|army/i.test([entry.name, ...(entry.aliases ?? [])].join(' '))) {
    const army = kb.bodyOf(country.id, 'army');
    return army && /\barmy\b/i.test(army.name) ? army.id : id;
  }
  return id;
}

/** The body of a kind the text named last before a candidate, in the document's main country. */
function lastNamed(kb: KnowledgeBase, cands: Resolved[], c: Resolved, kind: string, country: string | undefined, word?: string): string | undefined {
  let best: Resolved | undefined;
  let bestWord = false;
  for (const o of cands) {
    if (o.dropped || o.first >= c.first || o.kb?.length !== 1) continue;
    const e = kb.get(o.kb[0].entry);
    if (!e || e.kind !== kind || (country && kb.countryOf(e)?.id !== country)) continue;
    // "police" after "the CTD of Balochistan Police": a body called by that word beats one merely of that kind.
    const called = !!word && e.name.toLowerCase().split(/\s+/).pop() === word;
    if (!best || (called && !bestWord) || (called === bestWord && o.first > best.first)) { best = o; bestWord = called; }
  }
  return best?.kb?.[0].entry;
}

/** Capitalised generic bodies and the kinds of knowledge-base entry they stand for. */
const GENERIC = table<string[]>({
  army: ['army', 'armed-forces'], military: ['army', 'armed-forces'], police: ['police'], navy: ['navy'], government: ['government', 'country'],
  junta: ['armed-forces', 'army', 'government'], cabinet: ['government'],
});

/** Lower-case phrases that name a state's forces without naming the state ("junta soldiers", "government troops"). */
const GENERIC_PHRASES: Array<[string[], string[]]> = [
  [['junta'], ['army', 'armed-forces', 'government']],
  [['government', 'troops'], ['armed-forces', 'army']], [['government', 'soldiers'], ['armed-forces', 'army']],
  [['government', 'forces'], ['armed-forces', 'army']], [['military', 'government'], ['armed-forces', 'army', 'government']],
  [['police'], ['police']],
  [['federal', 'forces'], ['army', 'armed-forces']], [['federal', 'troops'], ['army', 'armed-forces']], [['federal', 'government'], ['country']],
  [['security', 'forces'], ['army', 'armed-forces', 'police']],
];

const GENERIC_FIRST = new Set(GENERIC_PHRASES.map(([w]) => w[0]));

function addGenericPhrases(doc: NexusDocument, cands: Resolved[], covered: Uint8Array): void {
  const { tokens } = doc;
  doc.sentences.forEach((s, si) => {
    for (let k = s.first; k < s.last; k++) {
      if (!GENERIC_FIRST.has(tokens[k].norm) || covered[k]) continue;
      for (const [words, kinds] of GENERIC_PHRASES) {
        const follower = tokens[k + words.length];
        const modifier = follower && k + words.length < s.last && follower.kind === 'word' && !follower.upper && !FOLLOWERS.test(follower.norm) && !/ed$/.test(follower.norm);
        if (words.every((w, j) => tokens[k + j]?.norm === w && !covered[k + j]) && k + words.length <= s.last && !(words[0] === 'police' && modifier)) {
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
function resolveGenericBodies(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], ctx: DocContext, union?: Union): void {
  const countries = [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  const counts = new Map<string, number>();
  for (const c of cands) if (!c.dropped && c.kbEntry) counts.set(c.kbEntry, (counts.get(c.kbEntry) ?? 0) + 1);
  // Bodies of the document's main country that the document already names.
  const mentioned = new Map<string, string>();
  for (const [id] of [...counts].sort((a, b) => b[1] - a[1])) {
    const entry = kb.get(id);
    if (entry?.kind && !mentioned.has(entry.kind) && kb.countryOf(entry)?.id === countries[0]) mentioned.set(entry.kind, id);
  }
  for (const c of cands) {
    if (c.dropped || c.kbEntry || c.how === 'title') continue;
    const t = doc.tokens[c.first];
    const kinds = c.generic ?? (c.last - c.first === 1 && t.upper ? GENERIC.get(t.norm) : undefined);
    if (!kinds) continue;
    // "an encounter with police" after "Balochistan Police": the named force the text already introduced.
    if (union && c.last - c.first === 1) {
      const named = cands.filter((o, oi) => !o.dropped && o !== c && o.how !== 'title' && o.first < c.first && !o.kbEntry && o.last - o.first >= 2 && doc.tokens[o.last - 1].norm === t.norm && oi >= 0);
      const nearest = named[named.length - 1];
      if (nearest) { union.join(cands.indexOf(nearest), cands.indexOf(c)); c.how = 'description'; c.rule = 'entity/generic-body'; c.type = nearest.type ?? 'StateBody'; continue; }
    }
    // A body of that kind the document already names wins ("the Pakistan military ... the Army's media wing"),
    // the one named last before it first ("the CTD of Balochistan Police ... an encounter with police").
    let found = kinds.map((kind) => lastNamed(kb, cands, c, kind, countries[0], doc.tokens[c.last - 1].norm)).find((x) => x) ?? kinds.map((kind) => mentioned.get(kind)).find((x) => x);
    for (const cc of found ? [] : countries.slice(0, 1)) {
      for (const kind of kinds) {
        const body = kb.bodyOf(cc, kind);
        if (body) { found = body.id; break; }
      }
    }
    if (found) found = canonicalEntry(kb, found, '');
    if (found) { c.kbEntry = found; c.how = 'description'; c.rule = 'entity/generic-body'; }
    else c.dropped = true;
  }
}

/**
 * "Mustang district", "Minbya township", "CAGAYAN DE ORO CITY", "the Hazara
 * community": the place (or community) word after a name is an alias form too,
 * and so is "Mustang district of Balochistan".
 */
function addPlaceForm(doc: NexusDocument, kb: KnowledgeBase, c: Resolved): void {
  const { tokens } = doc;
  const type = c.kbEntry ? kb.get(c.kbEntry)?.type : c.type;
  // "Belgorod region", "Kunar province": the place is also called by its name alone.
  const end = tokens[c.last - 1];
  if (type === 'Location' && c.last - c.first >= 2 && TRAILING_PLACE.has(end.norm) && !end.upper && tokens[c.last - 2].upper) (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, c.last - 1));
  const next = tokens[c.last];
  if (!next || next.kind !== 'word' || doc.sentences[c.sentence].last <= c.last) return;
  const media = c.kbEntry ? kb.get(c.kbEntry)?.kind === 'media' : false;
  const cue = type === 'Location' && (TRAILING_PLACE.has(next.norm) || next.upper && /^(city|district|province|state|region|township|county|valley)$/.test(next.norm))
    || type === 'Organization' && /^(community|tribe|clan)$/.test(next.norm)
    || media && /^(television|tv|radio|newspaper|daily|channel|website|broadcaster)$/.test(next.norm);
  if (!cue) return;
  (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, c.last + 1));
  if (tokens[c.last + 1]?.norm === 'of' && doc.sentences[c.sentence].last > c.last + 2 && tokens[c.last + 2].upper) {
    let j = c.last + 2;
    while (j < doc.sentences[c.sentence].last && tokens[j].upper && tokens[j].kind === 'word') j++;
    (c.aliasForms ??= []).push(spanText(doc, tokens, c.first, j));
  }
}

/**
 * A unit of an armed group is an armed group: "the Al-Jazira Operations
 * Command of the Popular Mobilization Forces", then "the 47th Brigade of the
 * Al-Jazira Operations Command". Every mention of the same name follows.
 */
function unitsOfArmedGroups(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[]): void {
  const { tokens } = doc;
  const startsAt = new Map<number, Resolved>();
  for (const c of cands) if (!c.dropped) startsAt.set(c.first, c);
  const typeOf = (c: Resolved) => (c.kbEntry ? kb.get(c.kbEntry)?.type : c.type);
  const armed = new Set<string>();
  for (let pass = 0; pass < 3; pass++) {
    for (const c of cands) {
      if (c.dropped || c.kbEntry || (c.type !== 'StateBody' && c.type !== 'Organization')) continue;
      const key = nameKey(spanText(doc, tokens, c.first, c.last));
      let k = c.last;
      // Skip an acronym in brackets: "the Counter-Terrorism Department (CTD) of ...".
      if (tokens[k]?.text === '(') { while (k < tokens.length && tokens[k].text !== ')') k++; k++; }
      if (tokens[k]?.norm !== 'of' && tokens[k]?.norm !== 'in') { if (armed.has(key)) c.type = 'ArmedGroup'; continue; }
      const whole = startsAt.get(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
      if ((whole && typeOf(whole) === 'ArmedGroup') || armed.has(key)) { c.type = 'ArmedGroup'; armed.add(key); }
    }
  }
}

/** "Wulgo, Tumbuma, Chikun Gudu and Bukar Maryam villages": unknown names in one list share a known type. */
/** Nothing but commas and "and"/"or" between two names (checked without copying the tokens). */
function onlyListWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text !== ',' && tokens[k].norm !== 'and' && tokens[k].norm !== 'or') return false;
  return true;
}

function propagateListTypes(doc: NexusDocument, cands: Resolved[]): void {
  const { tokens } = doc;
  const live = cands.filter((c) => !c.dropped && c.how !== 'title').sort((a, b) => a.first - b.first);
  for (let i = 0; i < live.length; i++) {
    let j = i;
    while (j + 1 < live.length && live[j + 1].sentence === live[j].sentence && onlyListWords(tokens, live[j].last, live[j + 1].first)) j++;
    if (j === i) continue;
    const list = live.slice(i, j + 1);
    const known = list.map((c) => c.type).filter((t) => t === 'Location');
    if (known.length) for (const c of list) if ((!c.type || c.weakType) && !c.kbEntry) { c.type = 'Location'; c.weakType = false; }
    i = j;
  }
}

/** "US Central Intelligence Agency": a country named before its own body is part of the body's name. */
function joinCountryAndBody(kb: KnowledgeBase, cands: Resolved[]): void {
  const byEnd = new Map<number, Resolved>();
  for (const c of cands) if (!c.dropped && c.kbEntry) byEnd.set(c.last, c);
  for (const b of cands) {
    if (b.dropped || !b.kbEntry) continue;
    const a = byEnd.get(b.first);
    if (!a || a === b) continue;
    const country = kb.get(a.kbEntry!);
    const body = kb.get(b.kbEntry);
    if (country?.kind === 'country' && body && body.type === 'StateBody' && body.kind !== 'country' && kb.countryOf(body)?.id === country.id) b.first = a.first;
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
  // "AFNM fighters attacked": an organisation that has fighters is an armed group.
  if (best === 'Organization' && group.some((c) => ARMED_MEN.test(doc.tokens[c.last]?.norm ?? ''))) return 'ArmedGroup';
  if (!best && group.some((c) => c.how === 'acronym')) return 'Organization';
  return best;
}

const ARMED_MEN = /^(fighters|militants|gunmen|insurgents|rebels|jihadists|militiamen)$/;

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
