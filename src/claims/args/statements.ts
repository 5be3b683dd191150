import { attributionWords, grammarWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import { inheritedSubjects } from './subjects.js';

/**
 * Who made a statement the text names by a noun ("the statement accused X",
 * "according to the statement", "the group's statement"): its possessor or
 * "by"/"from" phrase; else, for a definite one, the named speaker of the last
 * speech verb in this sentence or the two before. Word indices; empty when
 * the noun is no statement or its maker is not named.
 */
export function statementMakers(g: ClaimGraph, noun: number): number[] {
  const words = attributionWords();
  const w = g.words[noun];
  if (w.upos !== 'NOUN' || !words.statementNouns.has(g.lemma(noun)) || g.entity(noun)) return [];
  const own = g.tree.children(noun, (r) => r === 'nmod:poss' || r === 'compound' || r === 'amod').filter((c) => g.entity(c));
  if (own.length) return own;
  const by = g.tree.children(noun, (r) => r.startsWith('nmod')).filter((c) => grammarWords().makerCases.has(g.caseOf(c) ?? '') && g.entity(c));
  if (by.length) return by;
  if (!g.tree.children(noun, 'det').some((d) => grammarWords().definiteDeterminers.has(g.lemma(d)))) return [];
  const sentence = w.sentence;
  for (let k = noun - 1; k >= 0 && g.words[k].sentence >= sentence - 2; k--) {
    if (g.words[k].upos !== 'VERB' || !words.speechVerbs.has(g.lemma(k))) continue;
    const speakers = inheritedSubjects(g, k).filter((s) => g.entity(s));
    if (speakers.length) return speakers;
  }
  return [];
}
