import { linkImplicitAcronyms } from '../implicit.js';
import type { EntityPass } from '../state.js';

/** An undefined acronym that spells a name's initials ("BGP" after "the Border Guard Police"). */
export const implicitAcronyms: EntityPass = {
  id: 'implicit-acronyms',
  run(s) {
    linkImplicitAcronyms(s.doc, s.cands, s.union);
  },
};
