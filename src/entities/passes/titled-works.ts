import { findTitledWorks } from '../publications.js';
import type { EntityPass } from '../state.js';

/** Reports and events named by a quoted title; the names inside the title are part of it, not mentions. */
export const titledWorks: EntityPass = {
  id: 'titled-works',
  run(s) {
    const works = findTitledWorks(s.doc);
    for (const w of works) for (const c of s.cands) if (c.first >= w.first && c.last <= w.last) c.dropped = true;
    s.cands.push(...works);
  },
};
