import type { NexusDocument } from '../core/index.js';
import { sortCandidates, type Candidate } from './candidates.js';
import { spanText } from './build.js';

/**
 * "Light Infantry Battalions 379 and 541" names two units: the first keeps
 * the run's span, the second gets the number's span and a spelled-out name.
 */
export function splitNumberedUnits(doc: NexusDocument, cands: Candidate[]): void {
  const { tokens } = doc;
  const extra: Candidate[] = [];
  for (const c of cands) {
    const num = tokens[c.last - 1];
    const unit = tokens[c.last - 2];
    if (c.last - c.first < 2 || num.kind !== 'number' || !unit || unit.kind !== 'word' || !/s$/.test(unit.norm)) continue;
    const stem = spanText(doc, tokens, c.first, c.last - 1).replace(/s$/, '');
    c.name = `${stem} ${num.text}`;
    let k = c.last;
    while (k + 1 < tokens.length && (tokens[k].norm === 'and' || tokens[k].text === ',') && tokens[k + 1].kind === 'number') {
      extra.push({ first: k + 1, last: k + 2, how: 'name', titles: [], rule: 'entity/numbered-unit', sentence: c.sentence, name: `${stem} ${tokens[k + 1].text}` });
      k += 2;
    }
  }
  if (extra.length) {
    cands.push(...extra);
    sortCandidates(cands);
  }
}
