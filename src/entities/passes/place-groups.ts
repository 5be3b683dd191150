import { placeGroups as findPlaceGroups } from '../place-groups.js';
import type { EntityPass } from '../state.js';

/** A place before a group noun names an armed group ("the Canapé-Vert vigilante brigades"). */
export const placeGroups: EntityPass = {
  id: 'place-groups',
  run(s) {
    findPlaceGroups(s.doc, s.kb, s.cands);
  },
};
