import type { IrregularForms } from '../../lang/en/index.js';

/** What the rules need: irregular forms and a test of whether a string is an English word. */
export interface LemmaRules {
  irregular: IrregularForms;
  isWord: (lower: string) => boolean;
}

const KEEP = new Set(['PUNCT', 'SYM', 'NUM', 'X', 'PROPN']);

/**
 * The lemma by rule, for forms the treebank never showed: irregular forms
 * first, then the regular endings, choosing among candidate stems the first
 * that is an English word ("stopped" -> "stop", "used" -> "use",
 * "carried" -> "carry"). Proper nouns keep their case and lose only a plural
 * ending; other words are lower-cased unless they are capitalised names
 * ("Iraqi").
 */
export function ruleLemma(form: string, upos: string, xpos: string, rules: LemmaRules): string {
  if (upos === 'PROPN') return xpos === 'NNPS' ? singular(form, rules, true) : form;
  if (KEEP.has(upos)) return form;
  const lower = form.toLowerCase();
  const base = form !== lower && !rules.isWord(lower) && form[0] !== form[0].toLowerCase() && form.slice(1) === form.slice(1).toLowerCase() ? form : lower;
  if (upos === 'VERB' || upos === 'AUX') {
    const irregular = rules.irregular.verb(lower);
    if (irregular) return irregular;
    if (xpos === 'VBD' || xpos === 'VBN') return strip(base, 'ed', rules);
    if (xpos === 'VBG') return strip(base, 'ing', rules);
    if (xpos === 'VBZ') return thirdPerson(base, rules);
    return base;
  }
  if (upos === 'NOUN' && xpos === 'NNS') return singular(base, rules, false);
  if ((upos === 'ADJ' || upos === 'ADV') && (xpos.endsWith('R') || xpos.endsWith('S'))) {
    if (lower.endsWith('est')) return strip(base, 'est', rules);
    if (lower.endsWith('er')) return strip(base, 'er', rules);
  }
  return base;
}

function strip(word: string, ending: string, rules: LemmaRules): string {
  if (!word.toLowerCase().endsWith(ending) || word.length <= ending.length + 1) return word;
  const stem = word.slice(0, -ending.length);
  const candidates: string[] = [];
  // A one-syllable stem ending in a single consonant would have doubled it
  // ("stop" -> "stopped"): undoubled, the base ends in e ("waged" -> "wage", "hoped" -> "hope").
  if (ending !== 'est' && ending !== 'er' && /^[^aeiou]*[aeiou][^aeiouwxy]$/i.test(stem)) candidates.push(stem + 'e');
  if (stem.endsWith('i') && ending !== 'ing') candidates.push(stem.slice(0, -1) + 'y', stem + 'e');
  if (stem.length >= 3) candidates.push(stem);
  candidates.push(stem + 'e');
  if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  for (const c of candidates) if (rules.isWord(c.toLowerCase())) return c;
  // A word the list lacks: English stems do not end so, their base has a final e
  // ("neutralized" -> "neutralize", "escalated" -> "escalate", "revived" -> "revive").
  if ((ending === 'ed' || ending === 'ing') && E_STEM.test(stem)) return stem + 'e';
  return stem;
}

const E_STEM = /(?:iz|is|at|ut|ud|id|[^aeiou]v|uc|dg|[^aeiou]bl)$/i;

function thirdPerson(word: string, rules: LemmaRules): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (lower.endsWith('es')) return esStem(word, rules);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "-es": the stem takes it after a sibilant ("pushes", "passes"), else the e is the stem's ("raises"). */
function esStem(word: string, rules: LemmaRules): string {
  const short = word.slice(0, -2);
  // A single z keeps its e when the word does ("seizes": seize; "waltzes": waltz).
  if (/(ss|x|zz|ch|sh)$/i.test(short)) return short;
  const long = word.slice(0, -1);
  return rules.isWord(long.toLowerCase()) || !rules.isWord(short.toLowerCase()) ? long : short;
}

function singular(word: string, rules: LemmaRules, proper: boolean): string {
  const lower = word.toLowerCase();
  const irregular = rules.irregular.nouns.get(lower);
  if (irregular) return proper ? word[0] + irregular.slice(1) : irregular;
  if (lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is') || !lower.endsWith('s') || word.length < 3) return word;
  if (lower.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (lower.endsWith('es')) return esStem(word, rules);
  return word.slice(0, -1);
}
