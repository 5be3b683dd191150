/**
 * Cardinal number words, always NUM (CD) in the treebank but some of them
 * (forty, sixty, ninety...) never seen there: they join the tag dictionary.
 * "one" is left out: it is as often a pronoun or a noun; "million" too (a
 * noun now and then).
 */
export const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'thousand', 'billion',
];
