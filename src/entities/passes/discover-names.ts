import { findChunks } from '../chunks.js';
import { partsToCandidates, splitParts } from '../segment.js';
import type { EntityPass } from '../state.js';

/**
 * Capitalised runs (with their connectors and hyphens) split into
 * knowledge-base names, titles and unknown names; then the knowledge base's
 * names no run holds ("al-Shabaab" starts in lower case).
 */
export const discoverNames: EntityPass = {
  id: 'discover-names',
  run(s) {
    const { tokens, sentences } = s.doc;
    const chunks = findChunks(tokens, sentences, new Set(s.hitAt.keys()));
    const isCountry = (entry: string) => s.kb.get(entry)?.kind === 'country';
    // A known name may run past its chunk ("Russia's Defence Ministry", "Islamic State in the Greater Sahara"):
    // the chunks it covers make no names of their own inside it.
    let claimed = 0;
    for (const chunk of chunks) {
      if (chunk.last <= claimed) continue;
      const parts = splitParts(tokens, chunk, s.hitAt, isCountry);
      for (const p of parts) if (p.kind === 'kb') claimed = Math.max(claimed, p.last);
      partsToCandidates(tokens, parts, chunk.sentence, s.cands);
    }
    s.covered = new Uint8Array(tokens.length);
    for (const c of s.cands) s.covered.fill(1, c.first, c.last);
    for (const h of s.hits) if (!s.covered[h.first]) s.cands.push({ first: h.first, last: h.end, how: 'name', titles: [], rule: 'entity/kb', sentence: h.sentence, kb: h.names });
  },
};
