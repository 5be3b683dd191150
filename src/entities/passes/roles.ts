import { linkRoles } from '../roles.js';
import { linkSubBodies } from '../sub-bodies.js';
import type { EntityPass } from '../state.js';

/** Who holds a role in what, by position ("TTP commander Muslim Khan", "X, a former ISKP member"),
 * and which body is a unit of another ("the Army's media wing ISPR"). */
export const roles: EntityPass = {
  id: 'roles',
  run(s) {
    for (const [a, b] of linkRoles(s.doc.tokens, s.cands, (k) => s.sentenceOf(k))) s.union.join(a, b);
    linkSubBodies(s.doc.tokens, s.cands, (k) => s.sentenceOf(k));
  },
};
