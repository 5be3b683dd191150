import type { ConlluSentence } from '../conllu/types.js';
import type { NlpModel } from '../model/model.js';
import { analyzeWords } from '../parse-words.js';

/** The sentences with their FORM column kept and LEMMA, UPOS, XPOS, HEAD and DEPREL filled in by the model. */
export function annotateConllu(sentences: ConlluSentence[], model: NlpModel): ConlluSentence[] {
  return sentences.map((s) => {
    const a = analyzeWords(s.words.map((w) => w.form), model);
    return {
      comments: s.comments,
      multiword: s.multiword,
      words: s.words.map((w, i) => ({ form: w.form, lemma: a.lemma[i], upos: a.upos[i], xpos: a.xpos[i], feats: '_', head: a.head[i] + 1, deprel: a.deprel[i], misc: w.misc })),
    };
  });
}
