import { table } from '../core/index.js';
import type { Entity, EntityType, Mention, NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';

const ACTOR: ReadonlySet<EntityType> = new Set(['ArmedGroup', 'StateBody', 'Organization', 'Person', 'Publication']);

/** Pronouns and the entity types they may stand for. */
const PRONOUNS = table<EntityType[]>({
  it: ['ArmedGroup', 'Organization', 'StateBody'], its: ['ArmedGroup', 'Organization', 'StateBody'],
  he: ['Person'], his: ['Person'], him: ['Person'], she: ['Person'], her: ['Person'],
  they: ['ArmedGroup', 'StateBody', 'Organization'], their: ['ArmedGroup', 'StateBody', 'Organization'], them: ['ArmedGroup', 'StateBody', 'Organization'],
});

/** Head nouns of descriptions ("the group", "this terrorist group") and what they may stand for. */
const DESCRIPTIONS = table<{ types: EntityType[]; kinds?: string[] }>({
  group: { types: ['ArmedGroup', 'Organization'] }, outfit: { types: ['ArmedGroup'] }, organisation: { types: ['ArmedGroup', 'Organization'] },
  organization: { types: ['ArmedGroup', 'Organization'] }, militia: { types: ['ArmedGroup'] }, cartel: { types: ['ArmedGroup'] },
  gang: { types: ['ArmedGroup'] }, movement: { types: ['ArmedGroup', 'Organization'] }, faction: { types: ['ArmedGroup'] },
  network: { types: ['ArmedGroup', 'Organization'] }, coalition: { types: ['ArmedGroup', 'Organization'] }, alliance: { types: ['ArmedGroup', 'Organization'] },
  rebels: { types: ['ArmedGroup'] }, insurgents: { types: ['ArmedGroup'] }, militants: { types: ['ArmedGroup'] }, jihadists: { types: ['ArmedGroup'] },
  government: { types: ['StateBody'], kinds: ['government', 'country'] }, authorities: { types: ['StateBody'], kinds: ['country', 'government'] },
  army: { types: ['StateBody'], kinds: ['army', 'armed-forces'] }, military: { types: ['StateBody'], kinds: ['army', 'armed-forces'] },
  police: { types: ['StateBody'], kinds: ['police'] }, junta: { types: ['StateBody'], kinds: ['army', 'armed-forces', 'government'] },
  agency: { types: ['StateBody', 'Organization'] }, country: { types: ['StateBody'], kinds: ['country'] },
  state: { types: ['StateBody'], kinds: ['country', 'government'] }, regime: { types: ['StateBody'], kinds: ['government', 'country', 'army'] },
  report: { types: ['Publication'] }, video: { types: ['Publication'] }, study: { types: ['Publication'] }, statement: { types: ['Publication'] },
  troops: { types: ['StateBody'], kinds: ['army', 'armed-forces', 'country'] }, soldiers: { types: ['StateBody'], kinds: ['army', 'armed-forces', 'country'] },
  forces: { types: ['StateBody', 'ArmedGroup'], kinds: ['army', 'armed-forces', 'country'] },
});

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** Role words that stand for a person already introduced with them. */
const PERSON_ROLES = new Set('president minister colonel general commander spokesman spokeswoman spokesperson governor chief leader director secretary premier chancellor emir envoy ambassador prosecutor officer major captain brigadier marshal senator mayor'.split(' '));

/** The person last mentioned before `pos` whose roles include the word. */
function byRole(doc: NexusDocument, named: Mention[], word: string, pos: number): Entity | undefined {
  const holders = new Set(doc.entities.filter((e) => e.type === 'Person' && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(word))).map((e) => e.id));
  if (holders.size === 0) return undefined;
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i];
    if (m.start < pos && holders.has(m.entity)) return doc.entities.find((e) => e.id === m.entity);
  }
  return undefined;
}

/**
 * Pronouns and descriptions in the text ("it", "its", "the group", "this
 * terrorist group", "the army") become mentions of the nearest compatible
 * actor before them: recent mentions first, sentence subjects preferred.
 */
export function resolveReferences(doc: NexusDocument, kb: KnowledgeBase): void {
  const { tokens, sentences } = doc;
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const named = doc.mentions.slice().sort((a, b) => a.start - b.start);
  const covered = new Set<number>();
  for (const m of named) covered.add(m.start);
  const added: Mention[] = [];
  let mi = 0;
  sentences.forEach((s, si) => {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') continue;
      while (mi < named.length && named[mi].start < t.start) mi++;
      const pronoun = PRONOUNS.get(t.norm);
      let types: EntityType[] | undefined;
      let kinds: string[] | undefined;
      let end = k + 1;
      let how: Mention['how'] = 'pronoun';
      if (pronoun && !covered.has(t.start)) {
        // "it" as a dummy subject ("it is evident that", "it needs to be") names nothing.
        if (t.norm === 'it' && /^(is|was|'s|seems|appears|needs|remains|has been)$/.test(tokens[k + 1]?.norm ?? '') && /^(evident|clear|not|no|likely|unclear|to|believed|said|reported|been|also|important|possible|true|time|difficult)$/.test(tokens[k + 2]?.norm ?? '')) continue;
        types = pronoun;
      } else if (DETERMINERS.has(t.norm)) {
        // "the group", "this terrorist group", "the militant outfit": up to two modifiers.
        for (let j = k + 1; j < Math.min(s.last, k + 4); j++) {
          const u = tokens[j];
          if (u.kind !== 'word' || u.upper) break;
          const d = DESCRIPTIONS.get(u.norm);
          // "this terrorist group", "the militant outfit": an armed group, not any organisation.
          const armed = tokens.slice(k + 1, j).some((x) => /^(terrorist|terror|militant|jihadist|jihadi|armed|insurgent|rebel|extremist|islamist|banned|proscribed)$/.test(x.norm));
          if (d) { types = armed ? d.types.filter((x) => x === 'ArmedGroup') : d.types; kinds = d.kinds; end = j + 1; how = 'description'; if (!types.length) types = d.types; break; }
        }
        // "the president", "the colonel": a person introduced with that title or role.
        if (!types) {
          const u = tokens[k + 1];
          if (u && u.kind === 'word' && !u.upper && PERSON_ROLES.has(u.norm) && !PERSON_ROLES.has(tokens[k + 2]?.norm ?? '')) {
            const person = byRole(doc, named, u.norm, t.start);
            if (person) {
              added.push({ start: t.start, end: u.end, text: doc.text.slice(t.start, u.end), entity: person.id, how: 'title', rule: 'coref/role' });
              k += 1;
            }
          }
          continue;
        }
        // "the affiliate group known as ISM", "a militia called X": the name that follows is meant.
        if (/^(of|between|with|among|against|to|on|for|known|called|named|dubbed)$/.test(tokens[end]?.norm ?? '')) continue;
        if (covered.has(tokens[k + 1].start)) continue;
      } else continue;
      // A description or an object pronoun does not name the subject of its own sentence
      // ("The MNJTF ... vowed retaliation against the group"); possessives may ("its fighters").
      const possessive = t.norm === 'its' || t.norm === 'their' || t.norm === 'his' || t.norm === 'her';
      const ahead = how === 'pronoun' ? cataphor(doc, named, byId, k, s.last, types) : undefined;
      // "Jamaat-ud-Dawa and its charity arm", "Hamas or its allies": the name just before owns it.
      const joined = possessive ? coordinatedOwner(doc, named, byId, k, types) : undefined;
      const target = ahead ?? joined ?? antecedent(doc, named, added, byId, kb, t.start, si, types, kinds, !possessive && !(how === 'pronoun' && k === s.first), /^(they|them|their)$/.test(t.norm), how === 'description');
      if (!target) continue;
      const start = how === 'description' ? tokens[k].start : t.start;
      added.push({ start, end: tokens[end - 1].end, text: doc.text.slice(start, tokens[end - 1].end), entity: target.id, how, rule: how === 'pronoun' ? 'coref/pronoun' : 'coref/description' });
      k = end - 1;
    }
  });
  doc.mentions = [...named, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of added) {
    // Descriptions of state bodies ("the army", "the junta") are aliases analysts search for.
    const e = byId.get(m.entity);
    if (m.how === 'description' && e && e.type === 'StateBody' && /\b(army|military|police|junta|government)$/i.test(m.text)) {
      const form = m.text.replace(/^(the|this|that)\s+/i, '');
      if (!e.aliases.some((a) => a.toLowerCase() === form.toLowerCase()) && form.toLowerCase() !== e.name.toLowerCase()) e.aliases.push(form);
    }
  }
}

const OWNED_PARTS = /^(arm|arms|wing|wings|branch|branches|affiliate|affiliates|faction|factions|front|fronts|offshoot|offshoots|unit|units|allies|ally|proxies|proxy|members|fighters|leaders|leader|leadership|commanders|militia|militias|chief|head|founder|spokesman|spokesperson)$/;

function coordinatedOwner(doc: NexusDocument, named: Mention[], byId: Map<string, Entity>, k: number, types: EntityType[]): Entity | undefined {
  const { tokens } = doc;
  if (!/^(and|or)$/.test(tokens[k - 1]?.norm ?? '')) return undefined;
  // Only with a part or a following of the owner: "X and its attempt to" may still be someone else's.
  if (![1, 2, 3].some((d) => OWNED_PARTS.test(tokens[k + d]?.norm ?? ''))) return undefined;
  const prev = tokens[k - 2]?.text === ',' ? tokens[k - 3] : tokens[k - 2];
  const m = prev && named.find((x) => x.end === prev.end);
  const e = m && byId.get(m.entity);
  return e && types.includes(e.type) ? e : undefined;
}

const SUBORDINATORS = /^(once|when|after|before|as|since|although|though|while|if|until|because)$/;

/**
 * "Once it seized power, the Taliban refused...": a pronoun in a clause that
 * opens the sentence points at the subject right after the clause's comma.
 */
function cataphor(doc: NexusDocument, named: Mention[], byId: Map<string, Entity>, k: number, last: number, types: EntityType[]): Entity | undefined {
  const { tokens } = doc;
  if (!SUBORDINATORS.test(tokens[k - 1]?.norm ?? '')) return undefined;
  let j = k + 1;
  while (j < last && tokens[j].text !== ',' && j - k < 15) j++;
  if (tokens[j]?.text !== ',') return undefined;
  let n = j + 1;
  if (tokens[n]?.norm === 'the') n++;
  const at = tokens[n]?.start;
  const m = named.find((x) => x.start === at);
  const e = m && byId.get(m.entity);
  return e && types.includes(e.type) && isSubject(doc, m, sentenceIndexAt(doc, m.start)) ? e : undefined;
}

function countBefore(named: Mention[], id: string, pos: number): number {
  let n = 0;
  for (const x of named) { if (x.start >= pos) break; if (x.entity === id) n++; }
  return n;
}

function antecedent(doc: NexusDocument, named: Mention[], added: Mention[], byId: Map<string, Entity>, kb: KnowledgeBase, pos: number, si: number,
  types: EntityType[], kinds: string[] | undefined, notSameSentence: boolean, plural = false, description = false): Entity | undefined {
  const floor = doc.sentences[Math.max(0, si - (kinds ? 12 : 3))].start;
  let best: Entity | undefined;
  let bestScore = -Infinity;
  const own = doc.sentences[si].start;
  // Binding: a description or object pronoun is not the subject of its own clause.
  const keep = (m: Mention) => m.start < pos && m.start >= floor && !(notSameSentence && m.start >= own && isSubject(doc, m, si));
  const pool: Mention[] = [];
  for (let i = lowerBound(named, floor); i < named.length && named[i].start < pos; i++) if (keep(named[i])) pool.push(named[i]);
  for (let i = added.length - 1; i >= 0 && added[i].start >= floor; i--) if (keep(added[i])) pool.push(added[i]);
  for (const m of pool) {
    const e = byId.get(m.entity);
    if (!e || !ACTOR.has(e.type) || !types.includes(e.type)) continue;
    // A description of a kind of state body ("the armed forces", "the country") names a known body of that kind.
    if (kinds && (!e.kbId || !kinds.includes(kb.get(e.kbId)?.kind ?? ''))) continue;
    // "released hundreds of them": a country named as such is an "it", not a "them".
    if (plural && m.how === 'name' && e.kbId && kb.get(e.kbId)?.kind === 'country') continue;
    const msi = sentenceIndexAt(doc, m.start);
    const distance = si - msi;
    const subject = isSubject(doc, m, msi);
    // Descriptions of state bodies ("the federal government") favour the most mentioned fit.
    // State bodies named by description favour the document's main actors, wherever they were named.
    // "the group" names the group the story is about more often than the one named last.
    const salience = kinds ? Math.min(countBefore(named, e.id, pos), 8) * 0.8 : description ? Math.min(countBefore(named, e.id, pos), 4) * 0.4 : 0;
    // Within one sentence the nearest fit wins ("the claim of ISIS that its fighters").
    const near = distance === 0 ? 1 - (pos - m.end) / 400 : 0;
    const score = -distance * 2 + (subject ? 1.5 : 0) + near + (m.how === 'pronoun' ? 0.5 : 0) + salience;
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return best;
}

/** First index whose mention starts at or after `pos` (mentions sorted by start). */
function lowerBound(list: Mention[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceIndexAt(doc: NexusDocument, pos: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const VERBISH = /^(is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|did|does|do|also|said|says|told|added|not|never)$/;

const subjectCache = new WeakMap<Mention, boolean>();

/** A mention followed by a verb-like word and not preceded by a preposition is a subject. */
function isSubject(doc: NexusDocument, m: Mention, si: number): boolean {
  let known = subjectCache.get(m);
  if (known === undefined) subjectCache.set(m, (known = computeIsSubject(doc, m, si)));
  return known;
}

function computeIsSubject(doc: NexusDocument, m: Mention, si: number): boolean {
  const s = doc.sentences[si];
  const before = doc.text.slice(Math.max(s.start, m.start - 12), m.start);
  if (/\b(in|of|to|from|with|by|against|on|for|at|about|between)\s+(the\s+)?$/i.test(before)) return false;
  // "It outrightly disregarded": over an adverb to the verb.
  const after = /^[\s,]*(?:[a-z]+ly\s+)?([A-Za-z']+)/.exec(doc.text.slice(m.end, Math.min(s.end, m.end + 40)));
  const w = after?.[1] ?? '';
  if (!w || /^[A-Z]/.test(w)) return false;
  return VERBISH.test(w) || /(ed|es|s)$/.test(w) && !/(ss|us|is)$/.test(w);
}
