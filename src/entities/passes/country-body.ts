import type { Resolved } from '../build.js';
import type { EntityPass } from '../state.js';

/** "US Central Intelligence Agency": a country named before its own body is part of the body's name. */
export const countryBody: EntityPass = {
  id: 'country-body',
  run(s) {
    const { kb, cands } = s;
    const byEnd = new Map<number, Resolved>();
    for (const c of cands) if (!c.dropped && c.kbEntry) byEnd.set(c.last, c);
    for (const b of cands) {
      if (b.dropped || !b.kbEntry) continue;
      const a = byEnd.get(b.first);
      if (!a || a === b) continue;
      const country = kb.get(a.kbEntry!);
      const body = kb.get(b.kbEntry);
      if (country?.kind === 'country' && body && body.type === 'StateBody' && body.kind !== 'country' && kb.countryOf(body)?.id === country.id) b.first = a.first;
    }
  },
};
