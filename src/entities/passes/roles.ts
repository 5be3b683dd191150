import { linkRoles } from '../roles.js';
import type { EntityPass } from '../state.js';

/** Who holds a role in what, by position ("TTP commander Muslim Khan", "X, a former ISKP member"). */
export const roles: EntityPass = {
  id: 'roles',
  run(s) {
    for (const [a, b] of linkRoles(s.doc.tokens, s.cands, (k) => s.sentenceOf(k))) s.union.join(a, b);
  },
};
