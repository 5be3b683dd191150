import type { NexusDocument } from '../../core/index.js';
import type { ConlluSentence } from './types.js';

/**
 * The document's parse as CoNLL-U sentences: "# sent_id" and "# text" per
 * sentence, and in MISC the word's span in the document text
 * ("TokenRange=start:end", as UDPipe writes it) and "SpaceAfter=No" where the
 * next word follows without a space.
 */
export function documentToConllu(doc: NexusDocument, name = 'doc'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  doc.sentences.forEach((s, si) => {
    if (s.wordLast <= s.wordFirst) return;
    const words = doc.words.slice(s.wordFirst, s.wordLast);
    out.push({
      comments: [`# sent_id = ${name}-${si + 1}`, `# text = ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      multiword: [],
      words: words.map((w, i) => {
        const next = words[i + 1];
        const misc = [`TokenRange=${w.start}:${w.end}`, ...(next && next.start === w.end ? ['SpaceAfter=No'] : [])].join('|');
        return { form: w.form, lemma: w.lemma, upos: w.upos, xpos: w.xpos, feats: '_', head: w.head < 0 ? 0 : w.head - s.wordFirst + 1, deprel: w.deprel, misc };
      }),
    });
  });
  return out;
}
