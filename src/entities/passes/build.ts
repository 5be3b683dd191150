import { buildEntities } from '../build.js';
import { groupType } from '../group-type.js';
import type { EntityPass } from '../state.js';

/** Candidates grouped into entities (one per knowledge-base entry or name, joined by the links found), typed, with their mentions and role links. */
export const build: EntityPass = {
  id: 'build',
  run(s) {
    buildEntities(s.doc, s.kb, s.cands, s.union, (group) => groupType(s.doc, s.kb, group));
  },
};
