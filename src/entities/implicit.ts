import type { NexusDocument, Token } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { acronymShaped } from './acronyms.js';
import { spanText, type Resolved } from './build.js';
import { CONNECTORS, ROLE_NOUNS } from './words.js';
import type { Union } from './union.js';

/** Initials of a name's capitalised words ("Border Guard Police" -> "BGP"). */
function initials(tokens: Token[], c: Resolved): string {
  return tokens.slice(c.first, c.last).filter((t) => t.kind === 'word' && t.upper && !CONNECTORS.has(t.norm)).map((t) => t.text[0]).join('');
}

/**
 * An acronym the text never defines but whose letters are the initials of a
 * name it uses ("BGP members" after "the Border Guard Police") names the same
 * body: the nearest such name wins.
 */
export function linkImplicitAcronyms(doc: NexusDocument, cands: Resolved[], union: Union): void {
  const { tokens } = doc;
  const letters = new Map<number, string>();
  cands.forEach((c, ci) => { if (!c.dropped && c.last - c.first >= 2 && c.type !== 'Person') letters.set(ci, initials(tokens, c)); });
  cands.forEach((a, ai) => {
    if (a.dropped || a.kbEntry || !acronymShaped(tokens, a.first, a.last)) return;
    const acronym = spanText(doc, tokens, a.first, a.last).replace(/[^A-Z]/g, '');
    if (acronym.length < 2 || acronym.length > 6) return;
    let best = -1;
    let distance = Infinity;
    for (const [ci, initial] of letters) {
      if (ci === ai || initial !== acronym) continue;
      const d = Math.abs(cands[ci].first - a.first);
      if (d < distance) { best = ci; distance = d; }
    }
    if (best >= 0) { union.join(best, ai); a.how = 'acronym'; a.rule = 'alias/implicit-acronym'; a.type = cands[best].type; }
  });
}

/**
 * A role in lower case after an office and no name after it ("the former
 * CENTCOM commander's adulation") refers to someone introduced earlier with
 * that role: it becomes a title mention, resolved like "the CIA Director".
 */
export function lowercaseRoleTitles(doc: NexusDocument, kb: KnowledgeBase, cands: Resolved[]): Resolved[] {
  const { tokens } = doc;
  const out: Resolved[] = [];
  const index = new Map(cands.map((c, i) => [c, i]));
  for (const o of cands) {
    if (o.dropped || o.how === 'title') continue;
    const entry = o.kb?.[0] ? kb.get(o.kb[0].entry) : undefined;
    if (!entry || entry.type === 'Person' || entry.type === 'Location') continue;
    const k = o.last;
    const role = tokens[k];
    const next = tokens[k + 1];
    if (!role || role.kind !== 'word' || role.upper || !ROLE_NOUNS.has(role.norm) || /s$/.test(role.norm)) continue;
    if (next && (next.upper || next.caps) && next.kind === 'word') continue;
    if (doc.sentences[o.sentence].last <= k) continue;
    out.push({ first: o.first, last: k + 1, how: 'title', titles: [role.text], role: role.text, roleOf: index.get(o), rule: 'entity/role-alone', sentence: o.sentence });
  }
  return out;
}
