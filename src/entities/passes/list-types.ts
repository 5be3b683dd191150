import type { Token } from '../../core/index.js';
import type { EntityPass } from '../state.js';

/** "Wulgo, Tumbuma, Chikun Gudu and Bukar Maryam villages": unknown names in one list with a place are places. */
export const listTypes: EntityPass = {
  id: 'list-types',
  run(s) {
    const { tokens } = s.doc;
    const live = s.cands.filter((c) => !c.dropped && c.how !== 'title').sort((a, b) => a.first - b.first);
    for (let i = 0; i < live.length; i++) {
      let j = i;
      while (j + 1 < live.length && live[j + 1].sentence === live[j].sentence && onlyListWords(tokens, live[j].last, live[j + 1].first)) j++;
      if (j === i) continue;
      const list = live.slice(i, j + 1);
      if (list.some((c) => c.type === 'Location')) for (const c of list) if ((!c.type || c.weakType) && !c.kbEntry) { c.type = 'Location'; c.weakType = false; }
      i = j;
    }
  },
};

/** Nothing but commas and "and"/"or" between two names (checked without copying the tokens). */
function onlyListWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text !== ',' && tokens[k].norm !== 'and' && tokens[k].norm !== 'or') return false;
  return true;
}
