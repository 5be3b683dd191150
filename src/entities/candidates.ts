import type { EntityType, MentionHow } from '../core/index.js';
import type { KbName } from '../kb/index.js';

/** A proposed mention, before mentions are grouped into entities. */
export interface Candidate {
  /** Token range of the name itself (titles excluded): [first, last). */
  first: number;
  last: number;
  /** Token where the titled form starts ("Colonel Romeo Brawner"), if titles precede. */
  titledFirst?: number;
  type?: EntityType;
  /** Knowledge-base names this span matched, best first. */
  kb?: KbName[];
  how: MentionHow;
  /** Title words before the name ("Maj. Gen.", "Director"). */
  titles: string[];
  /** Where each title starts, for the alias forms "Lt Gen Asim Malik" and "Gen Asim Malik". */
  titleStarts?: number[];
  /** Index of a candidate the title belongs to ("RNDDH Executive Director X", "US President X"). */
  roleOf?: number;
  /** The role as written ("Executive Director"). */
  role?: string;
  rule: string;
  sentence: number;
  /** Set when the candidate is merged into another one or discarded. */
  dropped?: boolean;
  /** For a generic mention ("junta", "government troops"): the kinds of state body it stands for. */
  generic?: string[];
  /** A generic mention that names a body only when a country owns it ("Chad's foreign ministry"): dropped without one. */
  owned?: boolean;
  /** Groups candidates under one entity beyond their names ("Canapé-Vert vigilante group" and "Canapé-Vert troops"). */
  groupKey?: string;
  /** The type comes from a weak default (two capitalised words read as a person) and may be overridden. */
  weakType?: boolean;
  /** A synthesized name when the text does not spell it in one piece ("Light Infantry Battalion 541"). */
  name?: string;
}

/**
 * Sorts candidates by position without breaking the index links between them
 * (roleOf): the links are taken as object references across the sort.
 */
export function sortCandidates<C extends Candidate>(cands: C[]): void {
  const target = cands.map((c) => (c.roleOf !== undefined ? cands[c.roleOf] : undefined));
  const pairs = cands.map((c, i) => [c, target[i]] as const);
  pairs.sort((a, b) => a[0].first - b[0].first);
  const at = new Map<Candidate, number>(pairs.map(([c], i) => [c, i]));
  pairs.forEach(([c, t], i) => {
    cands[i] = c;
    if (t) c.roleOf = at.get(t);
  });
}
