import { credibility, normalizeName, type GradeOf } from '../corpus/index.js';
import type { Credibility, SourceInfo, StoredClaim } from '../store/index.js';

/**
 * The grade that applies to one claim, by the store's rule: the actor it is
 * attributed to when that actor is graded, else its publisher.
 */
export function claimGrader(sources: SourceInfo[]): GradeOf {
  const grades = new Map(sources.filter((s) => s.grade).map((s) => [normalizeName(s.name), s.grade!]));
  return (c) => {
    if (c.attributedTo !== 'author') {
      const g = grades.get(normalizeName(c.attributedTo.name));
      if (g) return { who: c.attributedTo.name, grade: g };
    }
    return { who: c.publisher, grade: grades.get(normalizeName(c.publisher)) };
  };
}

/** One claim's credibility on its own: its source's grade and its modality, one source. */
export function claimCredibility(c: StoredClaim, gradeOf: GradeOf): Credibility {
  return credibility([c], [{ publishers: [c.publisher], documents: [c.documentId] }], gradeOf);
}
