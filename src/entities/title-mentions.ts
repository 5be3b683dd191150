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
  const officeKey = (i: number | undefined) => {
    if (i === undefined) return undefined;
    const o = cands[i];
    return o.kbEntry ? `kb:${o.kbEntry}` : nameKey(spanText(doc, doc.tokens, o.first, o.last));
  };
  cands.forEach((t, ti) => {
    if (t.dropped || t.how !== 'title') return;
    const heads = new Set(t.titles.map(headOf).concat(t.role ? [headOf(t.role)] : []));
    const office = officeKey(t.roleOf);
    const fits = (p: Resolved) => {
      if (p.dropped || p.how === 'title' || p.type !== 'Person' && !p.kbEntry?.startsWith('person-')) return false;
      const own = new Set([...p.titles.map(headOf), ...(p.role ? nameKey(p.role).split(' ') : [])]);
      if (![...heads].some((h) => own.has(h))) return false;
      return !(office && p.roleOf !== undefined && officeKey(p.roleOf) !== office);
    };
    // The person last introduced with the title, by position in the text (candidates are not all in order)...
    let match: number | undefined;
    let bestAt = -1;
    cands.forEach((p, i) => { if (p.first < t.first && p.first > bestAt && fits(p)) { match = i; bestAt = p.first; } });
    // ...or named right after it ("Former Commander of US Central Command, Gen Michael Kurilla").
    if (match === undefined) {
      cands.forEach((p, i) => {
        if (match === undefined && p.sentence === t.sentence && p.first >= t.last && p.first - t.last <= 3 && !p.dropped && p.how !== 'title' && (p.type === 'Person' || p.kbEntry?.startsWith('person-'))) match = i;
      });
    }
    if (match === undefined && t.roleOf !== undefined) match = headOfState(kb, cands, cands[t.roleOf].kbEntry, heads);
    if (match === undefined) { t.dropped = true; return; }
    union.join(match, ti);
    t.type = 'Person';
    t.rule = 'alias/title';
  });
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
