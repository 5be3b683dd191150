import type { ConlluSentence } from './types.js';

/**
 * Writes CoNLL-U: comments, multi-word token lines before their first word,
 * ten tab-separated columns per word ("_" for empty fields), a blank line
 * after each sentence.
 */
export function writeConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(c);
    const mwt = new Map(s.multiword.map((m) => [m.first, m]));
    s.words.forEach((w, i) => {
      const m = mwt.get(i + 1);
      if (m) out.push([`${m.first}-${m.last}`, m.form, '_', '_', '_', '_', '_', '_', '_', m.misc || '_'].join('\t'));
      out.push([String(i + 1), w.form, w.lemma || '_', w.upos || '_', w.xpos || '_', w.feats || '_', String(w.head), w.deprel || '_', '_', w.misc || '_'].join('\t'));
    });
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
