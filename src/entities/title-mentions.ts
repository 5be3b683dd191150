import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { nameKey, spanText, type Resolved } from './build.js';
import type { Union } from './union.js';

const headOf = (title: string) => nameKey(title).split(' ').pop() ?? '';

/**
 * A title used alone ("the Field Marshal", "the CIA Director", "the
 * President of the US [POTUS]") names the person last introduced with that
 * title (and office), or the head of state the knowledge base gives for the
 * office when that person appears in the document; or, before a name, the
 * person named right after it. Unresolved titles are dropped.
 */
export function resolveTitles(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[], union: Union): void {
  if (!cands.some((t) => !t.dropped && t.how === 'title')) return;
  const offices = new Map<number, string>();
  const officeKey = (i: number | undefined) => {
    if (i === undefined) return undefined;
    let key = offices.get(i);
    if (key === undefined) {
      const o = cands[i];
      key = o.kbEntry ? `kb:${o.kbEntry}` : nameKey(spanText(doc, doc.tokens, o.first, o.last));
      offices.set(i, key);
    }
    return key;
  };
  // The persons a title may name: what makes one so does not change in this loop (only titles change), so they
  // are listed once, by position in the text, last first (and in their own order where two start together).
  const persons = cands.map((p, i) => ({ p, i })).filter(({ p }) => !p.dropped && p.how !== 'title' && (p.type === 'Person' || p.kbEntry?.startsWith('person-')))
    .sort((a, b) => b.p.first - a.p.first || a.i - b.i);
  const owns = new Map<Resolved, Set<string>>();
  const own = (p: Resolved) => {
    let set = owns.get(p);
    if (!set) owns.set(p, (set = new Set([...p.titles.map(headOf), ...(p.role ? nameKey(p.role).split(' ') : [])])));
    return set;
  };
  cands.forEach((t, ti) => {
    if (t.dropped || t.how !== 'title') return;
    const heads = new Set(t.titles.map(headOf).concat(t.role ? [headOf(t.role)] : []));
    const office = officeKey(t.roleOf);
    const fits = (p: Resolved) => {
      const words = own(p);
      if (![...heads].some((h) => words.has(h))) return false;
      return !(office && p.roleOf !== undefined && officeKey(p.roleOf) !== office);
    };
    // The person last introduced with the title, by position in the text (candidates are not all in order)...
    let match: number | undefined;
    let k = firstBefore(persons, t.first);
    for (; k < persons.length; k++) if (fits(persons[k].p)) { match = persons[k].i; break; }
    // ...or named right after it ("Former Commander of US Central Command, Gen Michael Kurilla").
    if (match === undefined) {
      for (let j = firstBefore(persons, t.last + 4) ; j < persons.length && persons[j].p.first >= t.last; j++) {
        const { p, i } = persons[j];
        // A title with an office names no one the text gives another office ("the Kuwait Prime Minister and Jordan King X").
        const seat = p.kbEntry ? kb.get(p.kbEntry)?.memberOf : undefined;
        const elsewhere = office !== undefined && ((p.roleOf !== undefined && officeKey(p.roleOf) !== office) || (seat !== undefined && office.startsWith('kb:') && `kb:${seat}` !== office));
        if (p.sentence === t.sentence && (match === undefined || i < match) && !elsewhere) match = i;
      }
    }
    if (match === undefined && t.roleOf !== undefined) match = headOfState(kb, cands, cands[t.roleOf].kbEntry, heads);
    if (match === undefined) { t.dropped = true; return; }
    union.join(match, ti);
    t.type = 'Person';
    t.rule = 'alias/title';
  });
}

/** The first of the persons (last in the text first) that starts before `pos`. */
function firstBefore(persons: { p: Resolved }[], pos: number): number {
  let lo = 0, hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].p.first >= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function headOfState(kb: KnowledgeBase, cands: Resolved[], office: string | undefined, heads: Set<string>): number | undefined {
  if (!office) return undefined;
  const i = cands.findIndex((c) => {
    if (c.dropped || !c.kbEntry) return false;
    const e = kb.get(c.kbEntry);
    return e?.type === 'Person' && e.memberOf === office && !!e.role && [...heads].some((h) => nameKey(e.role!).split(' ').includes(h));
  });
  return i >= 0 ? i : undefined;
}
