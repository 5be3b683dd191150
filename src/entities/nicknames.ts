import type { NexusDocument } from '../core/index.js';
import { spanText, type Resolved } from './build.js';

const OPEN = new Set(['“', '"', '‘', "'"]);
const CLOSE = new Set(['”', '"', '’', "'"]);

/**
 * A nickname in quotes inside a name: 'Nemesio “El Mencho” Oseguera
 * Cervantes', 'Jimmy "Barbecue" Cherizier'. The three pieces become one
 * person whose name is the outer parts and whose alias is the nickname.
 */
export function mergeQuotedNicknames(doc: NexusDocument, cands: Resolved[]): void {
  const { tokens } = doc;
  const startsAt = new Map<number, number>();
  cands.forEach((c, i) => startsAt.set(c.first, i));
  cands.forEach((a, i) => {
    if (a.dropped || a.kb?.length && !a.kb.some((n) => n.entry.startsWith('person-'))) return;
    if (!OPEN.has(tokens[a.last]?.text ?? '')) return;
    const bi = startsAt.get(a.last + 1);
    if (bi === undefined) return;
    const b = cands[bi];
    if (!CLOSE.has(tokens[b.last]?.text ?? '') || b.last - b.first > 4) return;
    const ci = startsAt.get(b.last + 1);
    if (ci === undefined) return;
    const c = cands[ci];
    if (c.dropped || c.sentence !== a.sentence) return;
    const nick = spanText(doc, tokens, b.first, b.last);
    const name = `${spanText(doc, tokens, a.first, a.last)} ${spanText(doc, tokens, c.first, c.last)}`;
    // The outer parts may be a person the knowledge base knows ("Nemesio Oseguera Cervantes").
    const kb = c.kb?.some((n) => n.entry.startsWith('person-')) ? c.kb : a.kb;
    a.last = c.last;
    a.name = name;
    a.type = 'Person';
    a.kb = kb;
    a.aliasForms = [...(a.aliasForms ?? []), nick, spanText(doc, tokens, a.first, c.last)];
    a.rule = 'entity/name-with-nickname';
    b.how = 'alias';
    b.type = 'Person';
    b.dropped = true;
    c.dropped = true;
  });
}
