import { irregularForms } from '../../lang/en/index.js';
import { isCommonWord } from '../lexicon.js';
import { ruleLemma, type LemmaRules } from './rules.js';

/** Forms kept at most; past that the memory starts again. */
const FORMS = 100_000;

/**
 * Lemmas: the treebank's lemma for a form and tag it showed (kept in the
 * model only where the rules would say otherwise), else the rules.
 */
export class Lemmatizer {
  private rules: LemmaRules;
  /** Per form, the lemmas found for it: xpos, upos, lemma, and again. */
  private seen = new Map<string, string[]>();

  constructor(
    /** "form\txpos" -> lemma, the exceptions to the rules seen in training. */
    private readonly table: Map<string, string>,
    rules?: LemmaRules,
  ) {
    this.rules = rules ?? { irregular: irregularForms(), isWord: isCommonWord };
  }

  lemma(form: string, upos: string, xpos: string): string {
    // Most words come again and again: their lemma by tag is kept, in a
    // short list per form (the strings compared are the model's own tag
    // names, so the comparisons are mostly of identical strings).
    let seen = this.seen.get(form);
    if (seen) {
      for (let i = 0; i < seen.length; i += 3) if (seen[i] === xpos && seen[i + 1] === upos) return seen[i + 2];
    } else {
      if (this.seen.size >= FORMS) this.seen.clear();
      this.seen.set(form, seen = []);
    }
    const lemma = this.table.get(`${form}\t${xpos}`) ?? this.table.get(`${form.toLowerCase()}\t${xpos}`) ?? ruleLemma(form, upos, xpos, this.rules);
    seen.push(xpos, upos, lemma);
    return lemma;
  }

  /** The rules alone (to build the exception table). */
  byRule(form: string, upos: string, xpos: string): string {
    return ruleLemma(form, upos, xpos, this.rules);
  }
}
