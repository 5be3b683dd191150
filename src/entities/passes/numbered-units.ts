import { sortCandidates } from '../candidates.js';
import { splitNumberedUnits } from '../units.js';
import type { EntityPass } from '../state.js';

/**
 * Candidates in text order (definitions read neighbours by position), then
 * "Light Infantry Battalions 379 and 541" split into two units.
 */
export const numberedUnits: EntityPass = {
  id: 'numbered-units',
  run(s) {
    sortCandidates(s.cands);
    splitNumberedUnits(s.doc, s.cands);
  },
};
