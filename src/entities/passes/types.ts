import { classify } from '../classify.js';
import type { EntityPass } from '../state.js';

/** The type of each unknown name from its own words, then its neighbours (cue words, prepositions, appositions). */
export const types: EntityPass = {
  id: 'types',
  run(s) {
    const { tokens, sentences } = s.doc;
    for (const c of s.cands) {
      if (c.dropped || c.kbEntry) continue;
      c.type = classify(c, tokens, sentences[c.sentence]);
    }
  },
};
