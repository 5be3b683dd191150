import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Resolved } from './build.js';
import { nameKey, spanText } from './build.js';
import { CONNECTORS } from './words.js';
import type { Union } from './union.js';

/**
 * A surname or given name after the full name ("Brawner" for "Colonel Romeo
 * Brawner", "Alejandro Rubio" for "Monte Alejandro Rubio") joins the person
 * whose name contains it, when exactly one person does.
 */
export function linkShortNames(doc: NexusDocument, cands: Resolved[], union: Union): void {
  const { tokens } = doc;
  const persons: Array<{ index: number; words: string[] }> = [];
  cands.forEach((c, i) => {
    if (c.dropped || c.type !== 'Person' || c.kbEntry) return;
    const words = nameKey(c.name ?? spanText(doc, tokens, c.first, c.last)).split(' ').filter((w) => !CONNECTORS.has(w));
    if (words.length >= 2) persons.push({ index: i, words });
  });
  cands.forEach((c, i) => {
    if (c.dropped || c.kbEntry || c.how === 'title' || (c.type && c.type !== 'Person')) return;
    const words = nameKey(spanText(doc, tokens, c.first, c.last)).split(' ');
    if (words.length === 0 || words.some((w) => w.length < 3 && words.length === 1)) return;
    const owners = new Set<number>();
    for (const p of persons) {
      if (p.index === i || p.words.length <= words.length) continue;
      if (containsRun(p.words, words)) owners.add(union.find(p.index));
    }
    if (owners.size !== 1) return;
    const owner = [...owners][0];
    union.join(owner, i);
    c.type = 'Person';
    c.how = 'short';
    c.rule = 'alias/short-name';
  });
}

function containsRun(whole: string[], part: string[]): boolean {
  for (let s = 0; s + part.length <= whole.length; s++) {
    if (part.every((w, k) => whole[s + k] === w)) return true;
  }
  return false;
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
  for (const short of orgs) {
    // The short form is one the knowledge base does not know; the full one may be ("Central Africa Province").
    if (short.words.length < 2 || short.c.kbEntry) continue;
    // Owners are told apart by name: two mentions of one name are one owner even before they are grouped.
    let owners = orgs.filter((o) => o.words.length > short.words.length && o.words.slice(-short.words.length).join(' ') === short.words.join(' ') && o.c.type !== 'Location');
    // "Central Africa Province" after "Islamic State Central Africa Province": a place-shaped tail of an armed group's name is the group.
    if (short.c.type === 'Location') owners = owners.filter((o) => o.c.type === 'ArmedGroup' || (!!o.c.kbEntry && kb?.get(o.c.kbEntry)?.type === 'ArmedGroup'));
    if (new Set(owners.map((o) => o.words.join(' '))).size === 1) union.join(union.find(owners[0].i), short.i);
  }
}
