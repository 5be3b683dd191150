import { resolveReferences } from '../coref.js';
import type { EntityPass } from '../state.js';

/** Pronouns and descriptions for the entities they refer to. */
export const references: EntityPass = {
  id: 'references',
  run(s) {
    resolveReferences(s.doc, s.kb);
  },
};
