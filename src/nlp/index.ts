export { analyze } from './analyze.js';
export { tokenize, normalizeToken } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { commonWords, isCommonWord } from './lexicon.js';
