import type { Modality } from '../core/index.js';
import type { AdmiraltyCredibility, AdmiraltyReliability, Credibility, SourceGroup, StoredClaim } from './types.js';

/** How far a source graded on the Admiralty scale is trusted; F ("cannot be judged") and ungraded sources sit at even odds. */
export const RELIABILITY: Record<AdmiraltyReliability, number> = { A: 0.95, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.5 };
/** How much a claim's wording commits to it. */
export const MODALITY_WEIGHT: Record<Modality, number> = { asserted: 1, reported: 0.9, alleged: 0.6, hedged: 0.5, question: 0.25 };
const RATING_WORDS: Record<AdmiraltyCredibility, string> = { 1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' };

/** The grade that applies to a claim: its innermost source when graded (the actor it is attributed to), else its publisher. */
export type GradeOf = (claim: StoredClaim) => { who: string; grade?: AdmiraltyReliability };

const f2 = (n: number) => n.toFixed(2);

/**
 * An assertion's credibility: each claim scores its source's reliability
 * times its modality weight; each independent source counts once, with its
 * best claim; independent sources combine as independent evidence
 * (1 - product of 1 - score). The Admiralty rating follows from the score,
 * and "confirmed" needs two independent sources.
 */
export function credibility(claims: StoredClaim[], groups: SourceGroup[], gradeOf: GradeOf): Credibility {
  const steps: string[] = [];
  let graded = false;
  const groupScores = groups.map((g) => {
    let best = 0;
    let why = '';
    for (const c of claims.filter((c) => g.documents.includes(c.documentId))) {
      const { who, grade } = gradeOf(c);
      if (grade) graded = true;
      const r = RELIABILITY[grade ?? 'F'];
      const s = r * MODALITY_WEIGHT[c.modality];
      if (s > best) { best = s; why = `${who} (${grade ? `graded ${grade}` : 'ungraded'}, ${f2(r)}) x ${c.modality} (${f2(MODALITY_WEIGHT[c.modality])}) = ${f2(s)}`; }
    }
    steps.push(`source ${g.publishers.join(' = ')}: ${why}`);
    return best;
  });
  const score = 1 - groupScores.reduce((p, s) => p * (1 - s), 1);
  if (groups.length > 1) steps.push(`${groups.length} independent sources: 1 - ${groupScores.map((s) => `(1 - ${f2(s)})`).join(' x ')} = ${f2(score)}`);
  const rating: AdmiraltyCredibility = !graded && groups.length < 2 ? 6
    : score >= 0.9 && groups.length >= 2 ? 1 : score >= 0.75 ? 2 : score >= 0.55 ? 3 : score >= 0.35 ? 4 : 5;
  steps.push(`rating ${rating} (${RATING_WORDS[rating]})${rating === 6 ? ': one source, not graded' : ''}`);
  return { score: Math.round(score * 1000) / 1000, rating, steps };
}
