import { irregularForms } from '../../lang/en/index.js';
import { isCommonWord } from '../lexicon.js';
import { ruleLemma, type LemmaRules } from './rules.js';

/**
 * Lemmas: the treebank's lemma for a form and tag it showed (kept in the
 * model only where the rules would say otherwise), else the rules.
 */
export class Lemmatizer {
  private rules: LemmaRules;

  constructor(
    /** "form\txpos" -> lemma, the exceptions to the rules seen in training. */
    private readonly table: Map<string, string>,
    rules?: LemmaRules,
  ) {
    this.rules = rules ?? { irregular: irregularForms(), isWord: isCommonWord };
  }

  lemma(form: string, upos: string, xpos: string): string {
    return this.table.get(`${form}\t${xpos}`) ?? this.table.get(`${form.toLowerCase()}\t${xpos}`) ?? ruleLemma(form, upos, xpos, this.rules);
  }

  /** The rules alone (to build the exception table). */
  byRule(form: string, upos: string, xpos: string): string {
    return ruleLemma(form, upos, xpos, this.rules);
  }
}
