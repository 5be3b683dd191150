import { linkShortNames, linkShortOrgNames, linkShortUnits } from '../short-names.js';
import type { EntityPass } from '../state.js';

/** A surname after the full name, a shorter form of an organisation's name, a unit by number and head: the one entity whose name holds it. */
export const shortNames: EntityPass = {
  id: 'short-names',
  run(s) {
    linkShortNames(s.doc, s.cands, s.union);
    linkShortOrgNames(s.doc, s.cands, s.union, s.kb);
    linkShortUnits(s.doc, s.cands, s.union);
  },
};
