import { table } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { RawClaim } from './raw.js';
import { tokenAt, type DocView, type Slot } from './view.js';
import { possessedHead } from './arguments.js';

/** Head words of a part of a larger body ("the 47th Brigade of the Al-Jazira Operations Command"). */
const UNIT_HEADS = new Set('department command brigade brigades battalion battalions wing unit units division corps cell branch directorate bureau agency office regiment company squadron cavalry council committee force forces service services police army navy guard province faction front'.split(' '));

function headWord(view: DocView, slot: Slot): string {
  const t = view.tokens[slot.last - 1];
  return t.norm;
}

/**
 * Membership the text shows by structure rather than by a verb:
 *  - roles the entities stage found ("TTP commander Muslim Khan", "US President Donald Trump");
 *  - a state body named with its country ("Nigerian Army", "Pakistan's ISI") or a unit
 *    named with its parent ("the Army's 103rd Infantry Brigade", "the 47th Brigade of the
 *    Al-Jazira Operations Command", "the CTD of Balochistan Police");
 *  - a head of state or government the knowledge base knows, named with a title.
 */
export function structureClaims(view: DocView, kb: KnowledgeBase): RawClaim[] {
  const { doc, tokens } = view;
  const out: RawClaim[] = [];
  // A mention inside a longer one ("Police" in "Director General of Police") has no slot of its own: make one.
  const slotFor = (entity: string, start: number, end: number): Slot | undefined => view.slots.find((s) => s.entity.id === entity && tokens[s.first].start >= start && tokens[s.last - 1].end <= end)
    ?? hidden(view, entity, start, end);
  const present = new Map<string, Slot>();
  for (const s of view.slots) if (s.entity.kbId && !present.has(s.entity.kbId)) present.set(s.entity.kbId, s);
  for (const r of doc.roles) {
    const member = slotFor(r.member, r.start, r.end);
    let org = slotFor(r.org, r.start, r.end);
    if (!member || !org) continue;
    org = bodyInRole(kb, present, org, r.role) ?? org;
    // A country the entities stage read as a place still has office holders ("Mozambique's Defence Minister X").
    const orgCountry = org.entity.kbId ? kb.get(org.entity.kbId)?.kind === 'country' : false;
    if ((org.entity.type === 'Location' && !orgCountry) || org.entity.type === 'Event') continue;
    const orgKb = org.entity.kbId ? kb.get(org.entity.kbId) : undefined;
    // A person's role "of" another person ("Zelenskyy's adviser") points at that person's office.
    if (org.entity.type === 'Person') {
      const office = orgKb?.memberOf ? present.get(orgKb.memberOf) : undefined;
      if (!office || office.entity.id === member.entity.id) continue;
      org = office;
    }
    // "a suspected Los Choneros financier": who finances a group funds it, whether a member or not.
    const predicate = /\b(financiers?|funders?|bankrollers?|paymasters?)$/i.test(r.role) ? 'FUNDS' : 'MEMBER_OF';
    out.push({ subject: member, object: org, predicate, trigger: [tokenAt(tokens, r.start), tokenAt(tokens, r.end - 1) + 1], rule: r.rule, strength: 0.85, naming: true });
  }
  for (const slot of view.slots) {
    const referring = slot.mention.how === 'pronoun' || slot.mention.how === 'description';
    const entry = !referring && slot.entity.kbId ? kb.get(slot.entity.kbId) : undefined;
    // A body named with its country or its parent: "Nigerian Army", "US Drug Enforcement Administration".
    if (entry && entry.type === 'StateBody' && entry.kind !== 'country' && entry.parent) {
      const parent = kb.get(entry.parent);
      const parentSlot = present.get(entry.parent);
      if (parent && parentSlot && parentSlot.entity.id !== slot.entity.id) {
        const text = slot.mention.text.toLowerCase();
        const names = [parent.name, ...(parent.aliases ?? []), ...(parent.demonyms ?? [])].map((n) => n.toLowerCase());
        if (names.some((n) => n.length > 1 && text.startsWith(n))) out.push({ subject: slot, object: parentSlot, predicate: 'MEMBER_OF', trigger: [slot.first, slot.last], rule: 'structure/named-with-parent', strength: 0.8, naming: true });
      }
    }
    // A body the knowledge base lacks, named with its country: "Rwandan Joint Task Force", "Kenyan Navy Special Unit".
    if (!entry && slot.entity.type === 'StateBody' && !referring && slot.mention.how === 'name') {
      const first = tokens[slot.first];
      const country = countryNamed(kb, present, first.text);
      if (country && country.entity.id !== slot.entity.id && slot.last - slot.first >= 2) out.push({ subject: slot, object: country, predicate: 'MEMBER_OF', trigger: [slot.first, slot.last], rule: 'structure/named-with-country', strength: 0.7, naming: true });
    }
    // A head of state or government with a title: "Prime Minister Shehbaz Sharif".
    if (entry && entry.type === 'Person' && entry.memberOf && /^(head-of-state|head-of-government)$/.test(entry.kind ?? '')) {
      const office = present.get(entry.memberOf);
      const before = tokens[slot.first - 1];
      if (office && before && before.upper && before.kind === 'word' && !view.slotAt(slot.first - 1)) {
        out.push({ subject: slot, object: office, predicate: 'MEMBER_OF', trigger: [slot.first - 1, slot.last], rule: 'structure/titled-office-holder', strength: 0.75, naming: true });
      }
    }
    // "X's Y" and "Y of X" where Y is a part of X ("its charity arm Falah-e-Insaniyat").
    const next = tokens[slot.last];
    const pronoun = slot.mention.how === 'pronoun' && /^(its|their)$/i.test(slot.mention.text);
    if (pronoun || (next && (next.norm === "'s" || next.norm === "'") && next.glued)) {
      const part = partAfter(view, pronoun ? slot.last : slot.last + 1);
      if (part && isPartOf(view, kb, part, slot)) out.push({ subject: part, object: slot, predicate: 'MEMBER_OF', trigger: [slot.first, part.last], rule: 'structure/possessive-part', strength: 0.75, naming: true });
    }
    if (referring) continue;
    let k = slot.last;
    if (tokens[k]?.text === '(' || tokens[k]?.text === '[') { while (k < tokens.length && tokens[k].text !== ')' && tokens[k].text !== ']') k++; k++; }
    if (tokens[k]?.norm === 'of') {
      let j = k + 1;
      if (tokens[j]?.norm === 'the') j++;
      const whole = view.slotAt(j);
      if (whole && whole !== slot && UNIT_HEADS.has(headWord(view, slot)) && whole.entity.type !== 'Location' && whole.entity.type !== 'Person' && slot.entity.type !== 'Location') {
        out.push({ subject: slot, object: whole, predicate: 'MEMBER_OF', trigger: [slot.first, whole.last], rule: 'structure/part-of', strength: 0.75, naming: true });
      }
      // "Sergeant Wilmar Quintero of the army's Second Division", "Pablo Beltrán of the ELN": a named person of a body.
      const unit = whole ? possessedHead(view, whole, 1) : undefined;
      const named = slot.mention.how === 'name' || slot.mention.how === 'title';
      if (unit && named && slot.entity.type === 'Person' && /^(ArmedGroup|StateBody|Organization)$/.test(unit.entity.type)) {
        out.push({ subject: slot, object: unit, predicate: 'MEMBER_OF', trigger: [slot.first, unit.last], rule: 'structure/person-of', strength: 0.7, naming: true });
      }
    }
  }
  out.push(...listedMembers(view), ...relationNouns(view));
  return out;
}

/** The country present in the document that a word names or whose demonym it is ("Rwandan", "Kenya"). */
function countryNamed(kb: KnowledgeBase, present: Map<string, Slot>, word: string): Slot | undefined {
  const w = word.toLowerCase();
  for (const [id, slot] of present) {
    const e = kb.get(id);
    if (e?.kind !== 'country') continue;
    if ([e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])].some((n) => n.toLowerCase() === w)) return slot;
  }
  return undefined;
}

const ROLE_BODIES: Array<[RegExp, string[]]> = [
  [/\b(army|military)\b/i, ['army', 'armed-forces']],
  [/\bpolice\b/i, ['police']],
  [/\b(intelligence|spy)\b/i, ['intelligence']],
  [/\bnavy|naval\b/i, ['navy']],
  [/\bair force\b/i, ['air-force']],
];

/**
 * "Pakistan's army chief X": the role names a body of the country, and when the
 * text names that body elsewhere the member belongs to it rather than to the state.
 */
function bodyInRole(kb: KnowledgeBase, present: Map<string, Slot>, org: Slot, role: string): Slot | undefined {
  const country = org.entity.kbId && kb.get(org.entity.kbId);
  if (!country || country.kind !== 'country') return undefined;
  for (const [word, kinds] of ROLE_BODIES) {
    if (!word.test(role)) continue;
    for (const kind of kinds) {
      const body = kb.bodyOf(country.id, kind);
      const slot = body && present.get(body.id);
      if (slot) return slot;
    }
  }
  return undefined;
}

/** Relation nouns between a possessor and a name: "their allies Los Tiguerones", "Iran's proxy Hezbollah", "its rival X". */
const RELATION_NOUNS = table<{ predicate: 'ALLY_OF' | 'HOSTILE_TO' | 'PROXY_OF' | 'SUPPORTS'; reverse: boolean }>({
  ally: { predicate: 'ALLY_OF', reverse: false }, allies: { predicate: 'ALLY_OF', reverse: false }, partner: { predicate: 'ALLY_OF', reverse: false }, partners: { predicate: 'ALLY_OF', reverse: false },
  rival: { predicate: 'HOSTILE_TO', reverse: false }, rivals: { predicate: 'HOSTILE_TO', reverse: false }, 'arch-rival': { predicate: 'HOSTILE_TO', reverse: false }, 'arch-rivals': { predicate: 'HOSTILE_TO', reverse: false },
  enemy: { predicate: 'HOSTILE_TO', reverse: false }, enemies: { predicate: 'HOSTILE_TO', reverse: false }, foe: { predicate: 'HOSTILE_TO', reverse: false },
  proxy: { predicate: 'PROXY_OF', reverse: true }, proxies: { predicate: 'PROXY_OF', reverse: true },
  backer: { predicate: 'SUPPORTS', reverse: true }, backers: { predicate: 'SUPPORTS', reverse: true }, patron: { predicate: 'SUPPORTS', reverse: true }, sponsor: { predicate: 'SUPPORTS', reverse: true },
});

function relationNouns(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const owner of view.slots) {
    const pronoun = owner.mention.how === 'pronoun' && /^(its|their)$/i.test(owner.mention.text);
    let k = pronoun ? owner.last : owner.last + 1;
    if (!pronoun && !(/^('s|')$/.test(tokens[owner.last]?.norm ?? '') && tokens[owner.last].glued)) continue;
    let steps = 0;
    while (k < tokens.length && steps++ < 3 && tokens[k].kind === 'word' && !tokens[k].upper && !RELATION_NOUNS.has(tokens[k].norm)) k++;
    const rel = RELATION_NOUNS.get(tokens[k]?.norm ?? '') ?? (tokens[k]?.norm === 'arch' && tokens[k + 2] ? RELATION_NOUNS.get(`arch-${tokens[k + 2].norm}`) : undefined);
    if (!rel) continue;
    let j = k + 1;
    if (tokens[k]?.norm === 'arch') j = k + 3;
    if (tokens[j]?.text === ',') j++;
    const other = view.slotAt(j);
    if (!other || other.entity.id === owner.entity.id) continue;
    const [subject, object] = rel.reverse ? [other, owner] : [owner, other];
    out.push({ subject, object, predicate: rel.predicate, trigger: [k, j], rule: `structure/relation-noun/${tokens[k].norm}`, strength: 0.7, extent: [owner.first, other.last] });
  }
  return out;
}

const GROUP_OF_PEOPLE = /^(leadership|leaders|members|commanders|fighters|officials|militants|operatives|cadres|delegation)$/;

/**
 * Members listed after a group: "the Hamas leadership, including X and Y",
 * "four PMF fighters, including commander Abu Hassan", "four members of the
 * 47th Brigade: Commander X, Y and Z".
 */
function listedMembers(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const org of view.slots) {
    if (org.entity.type === 'Person' || org.entity.type === 'Location' || org.entity.type === 'Event' || org.entity.type === 'Publication') continue;
    let k = org.last;
    let people = -1;
    // "ORG leadership, including ..."
    if (GROUP_OF_PEOPLE.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.text === ',' && tokens[k + 2]?.norm === 'including') people = k + 3;
    // "three ORG members: ..."
    if (GROUP_OF_PEOPLE.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.text === ':') people = k + 2;
    // "members of the ORG: ..."
    const before = tokens[org.first - 1]?.norm === 'the' ? org.first - 2 : org.first - 1;
    if (tokens[before]?.norm === 'of' && GROUP_OF_PEOPLE.test(tokens[before - 1]?.norm ?? '') && tokens[k]?.text === ':') people = k + 1;
    if (people < 0) continue;
    const s = view.sentence(org.first);
    for (let j = people; j < s.last; j++) {
      const t = tokens[j];
      if (t.text === ';' || t.text === '.' || (t.kind === 'word' && !t.upper && !/^(and|commander|commanders|leader|deputy|spokesman|former|the)$/.test(t.norm))) break;
      const p = view.slotAt(j);
      if (p && p.entity.type === 'Person') {
        out.push({ subject: p, object: org, predicate: 'MEMBER_OF', trigger: [org.first, p.last], rule: 'structure/listed-members', strength: 0.75, naming: true });
        j = p.last - 1;
      }
    }
  }
  return out;
}

function hidden(view: DocView, entity: string, start: number, end: number): Slot | undefined {
  const m = view.doc.mentions.find((x) => x.entity === entity && x.start >= start && x.end <= end)
    // A title that names its holder ("Director General of Police") stands before the name it belongs to.
    ?? view.doc.mentions.find((x) => x.entity === entity && x.start >= end && x.start - end < 3);
  const e = view.entity(entity);
  if (!m || !e) return undefined;
  const first = tokenAt(view.tokens, m.start);
  let last = first;
  while (last < view.tokens.length && view.tokens[last].start < m.end) last++;
  return { first, last, entity: e, mention: m };
}

/** The slot after a possessive, over at most three lower-case words ("Pakistan army's spy agency ISI"). */
function partAfter(view: DocView, k: number): Slot | undefined {
  for (let j = k; j < Math.min(k + 4, view.tokens.length); j++) {
    const slot = view.slotAt(j);
    if (slot) return slot;
    const t = view.tokens[j];
    if (t.kind !== 'word' || t.upper) return undefined;
  }
  return undefined;
}

function isPartOf(view: DocView, kb: KnowledgeBase, part: Slot, whole: Slot): boolean {
  if (part.entity.id === whole.entity.id || part.entity.type === 'Person' || part.entity.type === 'Location' || part.entity.type === 'Event' || part.entity.type === 'Publication') return false;
  if (whole.entity.type === 'Location') return false;
  const entry = part.entity.kbId ? kb.get(part.entity.kbId) : undefined;
  if (entry?.parent && entry.parent === whole.entity.kbId) return true;
  // "Russia's Africa Corps": a known unit of the country that owns it.
  const wholeEntry = whole.entity.kbId ? kb.get(whole.entity.kbId) : undefined;
  if (entry && wholeEntry?.kind === 'country' && entry.country?.toLowerCase() === wholeEntry.id) return true;
  const words = view.doc.text.slice(view.tokens[whole.last].end, view.tokens[part.first].start).toLowerCase();
  if (/\b(spy agency|agency|wing|arm|unit|branch|faction|media wing|charity arm|intelligence)\b/.test(words)) return true;
  return UNIT_HEADS.has(headWord(view, part)) && !entry;
}
