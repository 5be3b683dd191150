import { objectFrom, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import type { DocView, Slot } from './view.js';

const LINK = /^(link|links|linked|linking|tie|ties|tied|tying|connect|connects|connected|connecting)$/;
const GROUPS = new Set(['ArmedGroup', 'Organization', 'StateBody']);
const SOURCES = new Set(['Person', 'Organization', 'StateBody', 'Publication']);

/**
 * Ties between groups the text draws by a linking verb:
 *  - "DEA agents have linked the CJNG to Los Cuinis": an alliance, in the
 *    linker's words (the linker is the source, not a party);
 *  - "the Sinaloa Cartel has been linked to Los Chapitos": an alliance the
 *    text reports without a source.
 * Only group to group: a person "linked to" a group is membership (affiliation).
 */
export function linkClaims(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.upper || !LINK.test(t.norm) || view.slotAt(k)) continue;
    const s = view.sentence(k);
    const passive = /^(been|be|is|are|was|were|being)$/.test(tokens[k - 1]?.norm ?? '');
    let a: Slot[] = [];
    let source: Slot | undefined;
    let to = k + 1;
    if (passive) {
      let j = k - 1;
      while (j > s.first && /^(been|be|is|are|was|were|being|has|have|had|also|long|closely|reportedly|allegedly|previously|often)$/.test(tokens[j - 1].norm)) j--;
      a = subjectBefore(view, j)?.slots ?? [];
    } else {
      a = objectFrom(view, k + 1, 4);
      if (!a.length) continue;
      to = Math.max(...a.map((x) => x.last));
      const linker = subjectBefore(view, k)?.slots[0];
      // "Agents of the US DEA have linked": the body the agents serve speaks.
      source = linker && SOURCES.has(linker.entity.type) ? linker : undefined;
    }
    if (!/^(to|with)$/.test(tokens[to]?.norm ?? '') || to >= s.last) continue;
    const b = objectFrom(view, to + 1, 4);
    for (const x of a) for (const y of b) {
      if (!GROUPS.has(x.entity.type) || !GROUPS.has(y.entity.type) || x.entity.id === y.entity.id) continue;
      if (x.entity.type === 'StateBody' && y.entity.type === 'StateBody') continue;
      out.push({ subject: x, object: y, predicate: 'ALLY_OF', trigger: [k, k + 1], rule: passive ? 'link/passive' : 'link/active', strength: 0.55, source, extent: [Math.min(x.first, y.first), Math.max(x.last, y.last)] });
    }
  }
  return out;
}
