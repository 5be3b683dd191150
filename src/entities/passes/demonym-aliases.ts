import type { EntityPass } from '../state.js';

/**
 * "Israeli" in "Israeli strikes" names Israel though it makes no mention of
 * its own (the phrase may name nothing the graph keeps): a demonym the text
 * writes with its capital becomes an alias of the country, when the text also
 * names the country, so that searching either form finds the other.
 */
export const demonymAliases: EntityPass = {
  id: 'demonym-aliases',
  run(s) {
    const { doc, kb } = s;
    if (!doc.entities.length) return;
    const seen = new Set(doc.tokens.filter((t) => t.kind === 'word' && t.upper).map((t) => t.text));
    for (const e of doc.entities) {
      const entry = e.kbId ? kb.get(e.kbId) : undefined;
      if (entry?.kind !== 'country' || !entry.demonyms) continue;
      const have = new Set([e.name, ...e.aliases].map((a) => a.toLowerCase()));
      for (const d of entry.demonyms) if (seen.has(d) && !have.has(d.toLowerCase())) e.aliases.push(d);
    }
  },
};
