import type { Evidence } from '../core/index.js';
import type { Found } from './find.js';
import type { ClaimGraph } from './graph.js';

/**
 * The quote for a claim: from the first to the last of its subject, trigger
 * and object words (each with its whole mention), kept within the sentence;
 * a negation on the trigger comes along so the quote reads as negative.
 */
export function evidenceOf(g: ClaimGraph, f: Found): Evidence {
  const spans = [f.subject.word, f.trigger, f.object.word].map((w) => g.mention(w) ?? g.words[w]);
  for (const c of g.tree.children(f.trigger, (r) => r === 'advmod' || r === 'aux')) spans.push(g.words[c]);
  const s = g.doc.sentences[g.words[f.trigger].sentence];
  const start = Math.max(s.start, Math.min(...spans.map((x) => x.start)));
  const end = Math.min(s.end, Math.max(...spans.map((x) => x.end)));
  return { start, end, text: g.doc.text.slice(start, end) };
}

export function spanOfWord(g: ClaimGraph, word: number): Evidence {
  const w = g.words[word];
  return { start: w.start, end: w.end, text: w.form };
}
