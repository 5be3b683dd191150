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
    for (const chunk of chunks) partsToCandidates(tokens, splitParts(tokens, chunk, s.hitAt, isCountry), chunk.sentence, s.cands);
    s.covered = new Uint8Array(tokens.length);
    for (const c of s.cands) s.covered.fill(1, c.first, c.last);
    for (const h of s.hits) if (!s.covered[h.first]) s.cands.push({ first: h.first, last: h.end, how: 'name', titles: [], rule: 'entity/kb', sentence: h.sentence, kb: h.names });
  },
};
