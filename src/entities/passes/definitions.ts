import type { KnowledgeBase } from '../../kb/index.js';
import { findDefinitions } from '../acronyms.js';
import { nameKey, spanText } from '../build.js';
import { lowercaseRoleTitles } from '../implicit.js';
import { knownAsLinks } from '../known-as.js';
import type { EntityPass } from '../state.js';
import { Union } from '../union.js';

/**
 * Aliases the text defines ("Islamic State of Khorasan Province [ISPK]", "the
 * Arakan Army, or AA,"), and lower-case roles after an office ("the CENTCOM
 * commander"). Every candidate exists after this pass, so the union that
 * groups them starts here.
 */
export const definitions: EntityPass = {
  id: 'definitions',
  run(s) {
    const { doc, kb, cands } = s;
    const { tokens } = doc;
    const startsAt = new Map<number, number>();
    const endsAt = new Map<number, number>();
    // Where two candidates end together ("President of the US" and "US"), the longer one is the name before a bracket.
    cands.forEach((c, i) => {
      startsAt.set(c.first, i);
      const prev = endsAt.get(c.last);
      if (prev === undefined || cands[prev].last - cands[prev].first < c.last - c.first) endsAt.set(c.last, i);
    });
    const defs = findDefinitions(tokens, cands, startsAt, endsAt);
    // "X, known as Y": links between candidates that already exist, made before the definitions add theirs.
    const named = knownAsLinks(tokens, cands, startsAt, endsAt);
    const base = cands.length;
    cands.push(...defs.created);
    cands.push(...lowercaseRoleTitles(doc, kb, cands));
    const union = s.union = new Union(cands.length);
    for (const l of defs.links) {
      // Negative indices are candidates the definitions created (an acronym, or a name it expands).
      const a = l.a < 0 ? base - l.a - 1 : l.a;
      const b = l.b < 0 ? base - l.b - 1 : l.b;
      // "BEIRUT (Reuters)": a place and an outlet the knowledge base knows define nothing.
      if (knownAs(kb, cands[a].kb, 'Location') && isOutlet(kb, cands[b].kb) || knownAs(kb, cands[b].kb, 'Location') && isOutlet(kb, cands[a].kb)) continue;
      // "Kivu Defence Front (KDF)": the text's own expansion beats the knowledge base's other KDF.
      const [name, acr] = cands[a].kb ? [cands[b], cands[a]] : [cands[a], cands[b]];
      if (!name.kb && acr.kb && !acr.kb.some((n) => similarName(kbNames(kb, n.entry), nameKey(spanText(doc, tokens, name.first, name.last))))) acr.kb = undefined;
      union.join(a, b);
      s.defined.add(a).add(b);
    }
    for (const l of named) union.join(l.a, l.b);
    // A foreign title glossed in brackets ("Nazim-e-Ala [supreme leader]") is not a name.
    for (const i of defs.titles) if (!cands[i].kb) cands[i].dropped = true;
  },
};

/** The same name give or take a word form ("Rwandan Defence Force" and "Rwanda Defence Force"): most words shared. */
function similarName(names: Set<string>, key: string): boolean {
  const words = key.split(' ');
  for (const n of names) {
    const other = new Set(n.split(' '));
    const shared = words.filter((w) => other.has(w)).length;
    if (shared / Math.max(words.length, other.size) >= 0.6) return true;
  }
  return false;
}

function kbNames(kb: KnowledgeBase, id: string): Set<string> {
  const e = kb.get(id);
  return new Set(e ? [e.name, ...(e.aliases ?? [])].map(nameKey) : []);
}

/** Is one of the knowledge-base entries a span matched of this type? */
function knownAs(kb: KnowledgeBase, names: Array<{ entry: string }> | undefined, type: string): boolean {
  return !!names?.some((n) => kb.get(n.entry)?.type === type);
}

/** Did the span match only news outlets? */
function isOutlet(kb: KnowledgeBase, names: Array<{ entry: string }> | undefined): boolean {
  return !!names?.length && names.every((n) => kb.get(n.entry)?.kind === 'media');
}
