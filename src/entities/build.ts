import type { Entity, EntityType, Mention, NexusDocument, Token } from '../core/index.js';
import type { KbName, KnowledgeBase } from '../kb/index.js';
import type { Candidate } from './candidates.js';
import { Union } from './union.js';
import { TITLE_WORDS } from './words.js';

const MARKS = /[\u0300-\u036f]/g;

/** The grouping key of a name: case, accents, punctuation, a leading "the" and a possessive ignored. */
const keyCache = new Map<string, string>();

export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = computeKey(s);
    // A bounded cache: names repeat within and across documents.
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

function computeKey(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

export function spanText(doc: NexusDocument, tokens: Token[], first: number, last: number): string {
  return doc.text.slice(tokens[first].start, tokens[last - 1].end);
}

/** A candidate's chosen knowledge-base name, set by resolution. */
export type Resolved = Candidate & { entry?: KbName; kbEntry?: string; aliasForms?: string[] };

/**
 * Groups resolved candidates into entities: one per knowledge-base entry,
 * otherwise one per normalised name, joined further by the links found
 * (acronym definitions, short names, titles).
 */
export function buildEntities(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], union: Union, typeOf: (group: Resolved[]) => EntityType | undefined): void {
  const { tokens } = doc;
  const byKey = new Map<string, number>();
  cands.forEach((c, i) => {
    if (c.dropped) return;
    const key = c.kbEntry ? `kb:${c.kbEntry}` : c.groupKey ?? `n:${nameKey(c.name ?? spanText(doc, tokens, c.first, c.last))}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else union.join(seen, i);
  });
  const groups = new Map<number, number[]>();
  cands.forEach((c, i) => {
    if (c.dropped) return;
    const r = union.find(i);
    const list = groups.get(r) ?? [];
    list.push(i);
    groups.set(r, list);
  });

  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const entityOf = new Map<number, string>();
  const ordered = [...groups.values()].sort((a, b) => cands[a[0]].first - cands[b[0]].first);
  for (const members of ordered) {
    const group = members.map((i) => cands[i]);
    const kbIds = [...new Set(group.map((c) => c.kbEntry).filter((x): x is string => !!x))];
    const entry = kbIds.length ? kb.get(kbIds[0]) : undefined;
    const type = typeOf(group);
    if (!type) continue;
    const id = `e${entities.length + 1}`;
    for (const i of members) entityOf.set(i, id);
    const forms = new Map<string, number>();
    const roles = new Set<string>();
    for (const c of group) {
      const text = c.name ?? spanText(doc, tokens, c.first, c.last);
      // A bare demonym ("Pakistani" before a title) is not a name of the state.
      if (!(c.how === 'demonym' && c.last - c.first === 1)) forms.set(text, (forms.get(text) ?? 0) + 1);
      if (c.titledFirst !== undefined) forms.set(spanText(doc, tokens, c.titledFirst, c.last), 1);
      for (const t of c.titleStarts ?? []) {
        forms.set(spanText(doc, tokens, t, c.last), 1);
        // An acronym used as a title ("DGISI Lt Gen Asim Malik") also names its holder.
        if (tokens[t].caps && tokens[t].text.length >= 3 && !TITLE_WORDS.has(tokens[t].norm)) forms.set(tokens[t].text, 1);
      }
      for (const a of c.aliasForms ?? []) forms.set(a, 1);
      if (c.role) roles.add(c.role);
      else if (c.titles.length) roles.add(c.titles.join(' '));
      mentions.push({ start: tokens[c.first].start, end: tokens[c.last - 1].end, text: doc.text.slice(tokens[c.first].start, tokens[c.last - 1].end), entity: id, how: c.how, rule: c.rule });
    }
    if (entry) for (const a of writtenWithin(entry, [...forms.keys()])) forms.set(a, 1);
    const name = entry?.name ?? bestName(group, doc, tokens);
    const key = nameKey(name);
    const aliases = [...forms.keys()].filter((f) => nameKey(f) !== key && nameKey(f) !== '');
    entities.push({ id, name, type, aliases: dedupe(aliases), ...(entry ? { kbId: entry.id } : {}), roles: [...roles] });
  }
  doc.entities = entities;
  doc.mentions = mentions.sort((a, b) => a.start - b.start);
  // Roles the text gives ("TTP commander Muslim Khan") become links the claims stage reads.
  doc.roles = [];
  cands.forEach((c, i) => {
    if (c.dropped || c.roleOf === undefined) return;
    const member = entityOf.get(i);
    const org = entityOf.get(union.find(c.roleOf)) ?? entityOf.get(c.roleOf);
    if (!member || !org || member === org) return;
    const o = cands[c.roleOf];
    const start = Math.min(tokens[o.first].start, tokens[c.first].start);
    const end = Math.max(tokens[o.last - 1].end, tokens[c.last - 1].end);
    doc.roles.push({ member, org, role: c.role ?? c.titles.join(' '), start, end, rule: c.rule === 'entity/title-of-office' ? 'role/title-of-office' : 'role/position' });
  });
}

/** The fullest name a group's mentions spell: the longest plain name, else the longest form. */
function bestName(group: Resolved[], doc: NexusDocument, tokens: Token[]): string {
  const texts = (list: Resolved[]) => list.map((c) => c.name ?? spanText(doc, tokens, c.first, c.last));
  const named = texts(group.filter((c) => c.how === 'name'));
  const pool = named.length ? named : texts(group);
  return pool.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The entry's own names written inside a longer form the text uses ("Amaq" in
 * "Amaq news agency", "Zelensky" in "President Volodymyr Zelensky"): the
 * document spells them, so they are aliases of its entity.
 */
function writtenWithin(entry: { name: string; aliases?: string[] }, forms: string[]): string[] {
  const keys = forms.map((f) => ` ${nameKey(f)} `);
  return [entry.name, ...(entry.aliases ?? [])].filter((a) => {
    const k = nameKey(a);
    return k !== '' && keys.some((f) => f !== ` ${k} ` && f.includes(` ${k} `));
  });
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
