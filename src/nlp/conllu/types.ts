/** One syntactic word of a CoNLL-U sentence (empty nodes are dropped). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head, 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multi-word token ("don't" over words "do" and "n't"), 1-based word ids. */
export interface MultiwordToken {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  multiword: MultiwordToken[];
}
