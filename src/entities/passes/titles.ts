import { resolveTitles } from '../title-mentions.js';
import type { EntityPass } from '../state.js';

/** A title used alone ("the Field Marshal", "the CIA Director") for the person introduced with it. */
export const titles: EntityPass = {
  id: 'titles',
  run(s) {
    resolveTitles(s.doc, s.kb, s.cands, s.union);
  },
};
