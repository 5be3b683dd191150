import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Resolved } from './build.js';
import { nameKey, spanText } from './build.js';
import { CONNECTORS } from './words.js';
import type { Union } from './union.js';

// Names are looked up by their word runs in a map rather than compared with
// every other name, so a document with many names costs linear time. Runs
// are indexed up to this many words; longer ones (never seen in real text)
// are compared one by one.
const MAX_RUN = 12;

/**
 * A surname or given name after the full name ("Brawner" for "Colonel Romeo
 * Brawner", "Alejandro Rubio" for "Monte Alejandro Rubio") joins the person
 * whose name contains it, when exactly one person does.
 */
export function linkShortNames(doc: NexusDocument, cands: Resolved[], union: Union): void {
  const { tokens } = doc;
  const persons: Array<{ index: number; words: string[] }> = [];
  cands.forEach((c, i) => {
    // Known persons own their surnames too ("Abdi" after "Mazloum Abdi").
    if (c.dropped || (c.type !== 'Person' && !(c.kbEntry && c.kb?.some((n) => n.entry.startsWith('person-'))))) return;
    const words = nameKey(c.name ?? spanText(doc, tokens, c.first, c.last)).split(' ').filter((w) => !CONNECTORS.has(w));
    if (words.length >= 2) persons.push({ index: i, words });
  });
  // Every run of words shorter than the whole name -> the persons whose name holds it.
  const byRun = new Map<string, number[]>();
  const fullName = new Map<number, string>();
  for (const p of persons) {
    fullName.set(p.index, p.words.join(' '));
    const seen = new Set<string>();
    for (let len = 1; len < p.words.length && len <= MAX_RUN; len++) {
      for (let s = 0; s + len <= p.words.length; s++) {
        // One word alone is a given name or a surname, not a middle name ("Ali" of "Hamza Ali Mutebi" is someone else).
        if (len === 1 && s > 0 && s < p.words.length - 1) continue;
        const key = p.words.slice(s, s + len).join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byRun.get(key);
        if (list) list.push(p.index); else byRun.set(key, [p.index]);
      }
    }
  }
  cands.forEach((c, i) => {
    if (c.dropped || c.kbEntry || c.how === 'title' || (c.type && c.type !== 'Person')) return;
    // "al-Saadi" after "Karrar al-Saadi": the connector is left out on both sides.
    const written = nameKey(spanText(doc, tokens, c.first, c.last)).split(' ');
    const words = written.some((w) => !CONNECTORS.has(w)) ? written.filter((w) => !CONNECTORS.has(w)) : written;
    if (words.length === 0 || words.some((w) => w.length < 3 && words.length === 1)) return;
    const owners = new Set<number>();
    const names = new Set<string | undefined>();
    if (words.length <= MAX_RUN) {
      const list = byRun.get(words.join(' '));
      if (list) for (const p of compact(list, union)) if (p !== i) { owners.add(union.find(p)); names.add(fullName.get(p)); }
    } else {
      for (const p of persons) if (p.index !== i && p.words.length > words.length && containsRun(p.words, words)) { owners.add(union.find(p.index)); names.add(fullName.get(p.index)); }
    }
    // The same full name written twice is one owner though the two are not grouped yet ("General X Y ... X Y").
    if (owners.size === 0 || (owners.size > 1 && names.size !== 1)) return;
    const owner = [...owners][0];
    union.join(owner, i);
    // "al-Hilu" after "Abdelaziz al-Hilu": the article glued before the surname is part of it.
    c.first = articleBefore(tokens, c.first);
    c.type = 'Person';
    c.how = 'short';
    c.rule = 'alias/short-name';
  });
}

/**
 * Keeps at most two members per group of a run's list (in place): mentions
 * once grouped stay grouped, and two are enough for the one excluded (the
 * candidate itself) to leave another. Repeated names then cost nothing.
 */
function compact(list: number[], union: Union): number[] {
  const perRoot = new Map<number, number>();
  let w = 0;
  for (const p of list) {
    const r = union.find(p);
    const n = perRoot.get(r) ?? 0;
    if (n >= 2) continue;
    perRoot.set(r, n + 1);
    list[w++] = p;
  }
  list.length = w;
  return list;
}

function containsRun(whole: string[], part: string[]): boolean {
  for (let s = 0; s + part.length <= whole.length; s++) {
    if (part.every((w, k) => whole[s + k] === w)) return true;
  }
  return false;
}

/** The names that end with a run of words: the first such mention, and whether a second, different name does too. */
interface Ending { first: number; name: string; several: boolean }

function addEnding(map: Map<string, Ending>, key: string, i: number, name: string): void {
  const e = map.get(key);
  if (!e) map.set(key, { first: i, name, several: false });
  else if (e.name !== name) e.several = true;
}

/**
 * A shorter form of an organisation's name that ends the same way ("the
 * Operations Command" after "the Al-Jazira Operations Command") joins it
 * when exactly one organisation's name ends with it.
 */
export function linkShortOrgNames(doc: NexusDocument, cands: Resolved[], union: Union, kb?: KnowledgeBase): void {
  const { tokens } = doc;
  const orgs = cands.map((c, i) => ({ c, i, words: nameKey(c.name ?? spanText(doc, tokens, c.first, c.last)).split(' ') }))
    .filter(({ c }) => !c.dropped && c.how !== 'title' && (c.type === 'ArmedGroup' || c.type === 'StateBody' || c.type === 'Organization' || (!!c.kbEntry && c.how === 'name') || (c.type === 'Location' && !c.kbEntry)));
  const isGroup = (o: (typeof orgs)[number]) => o.c.type === 'ArmedGroup' || (!!o.c.kbEntry && kb?.get(o.c.kbEntry)?.type === 'ArmedGroup');
  // The last k words of every name (k shorter than the name) -> the names ending so; apart for armed groups.
  const endings = new Map<string, Ending>();
  const groupEndings = new Map<string, Ending>();
  const long: typeof orgs = [];
  for (const o of orgs) {
    if (o.c.type === 'Location') continue;
    const name = o.words.join(' ');
    if (o.words.length > MAX_RUN + 1) long.push(o);
    for (let k = 1; k < o.words.length && k <= MAX_RUN; k++) {
      const key = o.words.slice(-k).join(' ');
      addEnding(endings, key, o.i, name);
      if (isGroup(o)) addEnding(groupEndings, key, o.i, name);
    }
  }
  for (const short of orgs) {
    // The short form is one the knowledge base does not know; the full one may be ("Central Africa Province").
    if (short.words.length < 2 || short.c.kbEntry) continue;
    const key = short.words.join(' ');
    if (short.words.length > MAX_RUN) {
      let owners = long.filter((o) => o.words.length > short.words.length && o.words.slice(-short.words.length).join(' ') === key);
      if (short.c.type === 'Location') owners = owners.filter(isGroup);
      if (new Set(owners.map((o) => o.words.join(' '))).size === 1) union.join(union.find(owners[0].i), short.i);
      continue;
    }
    // Owners are told apart by name: two mentions of one name are one owner even before they are grouped.
    // "Central Africa Province" after "Islamic State Central Africa Province": a place-shaped tail of an armed group's name is the group.
    const owner = (short.c.type === 'Location' ? groupEndings : endings).get(key);
    if (owner && !owner.several) union.join(union.find(owner.first), short.i);
  }
}

/** Arabic articles written in lower case and glued to the name after them: "al-", "el-", "ad-". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'al-', 'el-']);

/** The start of a name with the article glued before it ("al-Hilu"), else the name's own start. */
export function articleBefore(tokens: NexusDocument['tokens'], first: number): number {
  const t = tokens[first];
  if (!t?.glued) return first;
  const prev = tokens[first - 1];
  if (prev && !prev.upper && ARTICLES.has(prev.norm) && prev.text.endsWith('-')) return first - 1;
  const article = tokens[first - 2];
  if (prev && (prev.text === '-' || prev.text === '‑') && prev.glued && article && !article.upper && ARTICLES.has(article.norm)) return first - 2;
  return first;
}

/**
 * "the 403rd Brigade" after "the 403rd Infantry Brigade": a numbered unit
 * written with its number and head word only joins the one unit whose longer
 * name has the same number and head.
 */
export function linkShortUnits(doc: NexusDocument, cands: Resolved[], union: Union): void {
  const { tokens } = doc;
  const units = cands.map((c, i) => ({ c, i, words: nameKey(c.name ?? spanText(doc, tokens, c.first, c.last)).split(' ') }))
    .filter(({ c, words }) => !c.dropped && c.how !== 'title' && words.length >= 2 && /^\d+(st|nd|rd|th)$/.test(words[0]));
  const longer = new Map<string, Set<string>>();
  const firstOf = new Map<string, number>();
  for (const u of units) {
    if (u.words.length < 3) continue;
    const key = `${u.words[0]} ${u.words[u.words.length - 1]}`;
    const names = longer.get(key) ?? new Set<string>();
    names.add(u.words.join(' '));
    longer.set(key, names);
    if (!firstOf.has(key)) firstOf.set(key, u.i);
  }
  for (const u of units) {
    if (u.words.length !== 2 || u.c.kbEntry) continue;
    const key = u.words.join(' ');
    if (longer.get(key)?.size === 1) union.join(union.find(firstOf.get(key)!), u.i);
  }
}
