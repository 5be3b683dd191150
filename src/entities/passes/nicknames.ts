import { mergeQuotedNicknames } from '../nicknames.js';
import type { EntityPass } from '../state.js';

/** 'Nemesio “El Mencho” Oseguera Cervantes': three pieces, one person with a nickname. */
export const nicknames: EntityPass = {
  id: 'nicknames',
  run(s) {
    mergeQuotedNicknames(s.doc, s.cands);
  },
};
