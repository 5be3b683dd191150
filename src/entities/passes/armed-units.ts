import { nameKey, spanText, type Resolved } from '../build.js';
import type { EntityPass } from '../state.js';

/**
 * A unit of an armed group is an armed group: "the Al-Jazira Operations
 * Command of the Popular Mobilization Forces", then "the 47th Brigade of the
 * Al-Jazira Operations Command". Every mention of the same name follows.
 */
export const armedUnits: EntityPass = {
  id: 'armed-units',
  run(s) {
    const { doc, kb, cands } = s;
    const { tokens } = doc;
    const startsAt = new Map<number, Resolved>();
    for (const c of cands) if (!c.dropped) startsAt.set(c.first, c);
    const typeOf = (c: Resolved) => (c.kbEntry ? kb.get(c.kbEntry)?.type : c.type);
    const armed = new Set<string>();
    for (let pass = 0; pass < 3; pass++) {
      for (const c of cands) {
        if (c.dropped || c.kbEntry || (c.type !== 'StateBody' && c.type !== 'Organization')) continue;
        const key = nameKey(spanText(doc, tokens, c.first, c.last));
        let k = c.last;
        // Skip an acronym in brackets: "the Counter-Terrorism Department (CTD) of ...".
        if (tokens[k]?.text === '(') { while (k < tokens.length && tokens[k].text !== ')') k++; k++; }
        if (tokens[k]?.norm !== 'of' && tokens[k]?.norm !== 'in') { if (armed.has(key)) c.type = 'ArmedGroup'; continue; }
        const whole = startsAt.get(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
        if ((whole && typeOf(whole) === 'ArmedGroup') || armed.has(key)) { c.type = 'ArmedGroup'; armed.add(key); }
      }
    }
  },
};
