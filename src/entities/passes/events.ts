import { findEvents } from '../events.js';
import type { EntityPass } from '../state.js';

/** Named or datable incidents ("the 2014 Army School Peshawar attack"), after the names they may hold. */
export const events: EntityPass = {
  id: 'events',
  run(s) {
    s.cands.push(...findEvents(s.doc, s.kb, s.cands.filter((c) => !c.dropped)));
  },
};
