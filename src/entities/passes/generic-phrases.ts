import type { Token } from '../../core/index.js';
import { entityWords } from '../../lang/en/index.js';
import { FOLLOWERS } from '../demonyms.js';
import type { EntityPass, EntityState } from '../state.js';

/**
 * Lower-case phrases that name a state's forces without naming the state
 * ("junta soldiers", "government troops", "security forces"): candidates whose
 * body is chosen later (pass generic-bodies), once the document's countries
 * are known. Phrases that name a body only when a country owns them
 * ("Chad's foreign ministry", "the Kenyan air force") become candidates only
 * right after a possessive or a capitalised name; generic-bodies drops them
 * when that owner is no country.
 */
export const genericPhrases: EntityPass = {
  id: 'generic-phrases',
  run(s) {
    const { tokens } = s.doc;
    const { genericPhrases: phrases, genericOwned: owned } = entityWords();
    const firsts = new Set([...phrases, ...owned].map(([w]) => w[0]));
    s.doc.sentences.forEach((sent, si) => {
      for (let k = sent.first; k < sent.last; k++) {
        if (!firsts.has(tokens[k].norm) || s.covered[k]) continue;
        const plain = matchAt(s, phrases, k, sent.last, false);
        const found = plain ?? (ownerBefore(s, k) ? matchAt(s, owned, k, sent.last, true) : undefined);
        if (!found) continue;
        const [words, kinds] = found;
        const isOwned = !plain;
        // "Myanmar's military government" is already the country's; the phrase still names the body.
        s.cands.push({ first: k, last: k + words.length, how: 'description', titles: [], rule: 'entity/generic-body', sentence: si, generic: kinds, ...(isOwned ? { owned: true } : {}) });
        k += words.length - 1;
      }
    });
  },
};

/** The longest phrase of the list at token k; an owned one must not modify a noun after it. */
function matchAt(s: EntityState, phrases: Array<[string[], string[]]>, k: number, end: number, owned: boolean): [string[], string[]] | undefined {
  const { tokens } = s.doc;
  // Longest: "ministry of the interior" must beat shorter ones.
  let best: [string[], string[]] | undefined;
  for (const [words, kinds] of phrases) {
    if (k + words.length > end || (best && best[0].length >= words.length)) continue;
    if (!words.every((w, j) => tokens[k + j]?.norm === w && !s.covered[k + j])) continue;
    const follower = tokens[k + words.length];
    const modifier = follower && k + words.length < end && follower.kind === 'word' && !follower.upper && !FOLLOWERS.test(follower.norm) && !/ed$/.test(follower.norm);
    // "police officers", "Chad's military operation": the phrase modifies a noun and names no body.
    if ((owned || words[0] === 'police') && modifier) continue;
    best = [words, kinds];
  }
  return best;
}

/** A possessive ("Chad's") or a capitalised name ("the Kenyan", "US") right before token k. */
function ownerBefore(s: EntityState, k: number): boolean {
  const prev: Token | undefined = s.doc.tokens[k - 1];
  if (!prev || s.sentenceOf(k - 1) !== s.sentenceOf(k)) return false;
  if (prev.glued && (prev.norm === "'s" || prev.norm === "'")) return true;
  return prev.upper && !!s.covered[k - 1];
}
