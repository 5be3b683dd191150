import type { Token } from '../../core/index.js';
import type { Candidate } from '../candidates.js';
import type { EntityPass } from '../state.js';

/** Lower-case particles inside an Arabic or similar personal name ("al-", "bin", "ibn"), and the hyphen after them. */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'ben', 'bint', 'ould', 'ag', '-']);

/** Letters that sound alike in transliterations of one name (Muhammad / Mohammed, Ziad / Ziyad share the first). */
const initial = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toLowerCase();

/**
 * A known person written with a given name the knowledge base spells another
 * way: "Ziad al-Nakhalah" for Ziyad al-Nakhalah, "Muhammad Shia al-Sudani" for
 * Mohammed Shia al-Sudani. Discovery matched only the surname, so the given
 * name was left as a name of its own (a person "Muhammad Shia") or lost. When
 * the given name stands right before the surname (particles between them) and
 * begins with the same letter as the entry's name, the whole run is one
 * mention of the entry; the written form becomes an alias. With another
 * initial it is another person of that family name, unknown to the base.
 */
export const fullNames: EntityPass = {
  id: 'full-names',
  run(s) {
    const { tokens } = s.doc;
    const givenAt = new Map<number, Candidate>();
    for (const c of s.cands) if (!c.dropped && c.how === 'name' && !c.kb?.length && c.last - c.first <= 3) givenAt.set(c.last, c);
    for (const c of s.cands) {
      if (c.dropped || !c.kb?.length) continue;
      // Only a surname or other partial form of one person: the full name needs nothing.
      if (!c.kb.every((n) => n.entry === c.kb![0].entry && n.kind === 'alias') || !c.kb[0].entry.startsWith('person-')) continue;
      const entry = s.kb.get(c.kb[0].entry);
      if (!entry) continue;
      let j = c.first;
      while (j > 0 && PARTICLES.has(tokens[j - 1].norm) && !tokens[j - 1].upper) j--;
      const given = givenAt.get(j);
      if (!given || given.dropped || s.sentenceOf(given.first) !== s.sentenceOf(c.first) || !plainNames(tokens, given)) continue;
      given.dropped = true;
      c.first = given.first;
      // Another given name ("Karim al-Nakhalah"): the known surname is part of another person's name.
      if (initial(tokens[given.first].text) !== initial(entry.name)) {
        c.kb = undefined;
        c.how = 'name';
        c.rule = given.rule;
      }
      if (given.titles.length) {
        c.titles = given.titles;
        c.titledFirst = given.titledFirst;
        c.titleStarts = given.titleStarts;
      }
      const from = s.cands.indexOf(given);
      const to = s.cands.indexOf(c);
      for (const t of s.cands) if (t.roleOf === from) t.roleOf = to;
    }
  },
};

/** Capitalised words only, glued by nothing but spaces: a given name, not a place or a title. */
function plainNames(tokens: Token[], c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) if (tokens[k].kind !== 'word' || !tokens[k].upper || tokens[k].caps) return false;
  return true;
}
