import { scanKb } from '../kb-scan.js';
import type { EntityPass } from '../state.js';

/** Every knowledge-base name in the text, longest first: later passes split capitalised runs around them. */
export const kbNames: EntityPass = {
  id: 'kb-names',
  run(s) {
    s.hits = scanKb(s.kb, s.doc.tokens, s.doc.sentences);
    s.hitAt = new Map(s.hits.map((h) => [h.first, h]));
  },
};
