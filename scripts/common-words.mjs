// Writes the common English words, sorted, beside the compiled code
// (dist/nlp/common-words.txt), so that a run searches one file instead of
// reading six JSON lists into a set; run by `npm run build` after tsc. A
// missing or stale file only costs reading the lists (src/nlp/lexicon.ts).
import { statSync } from 'node:fs';
import { COMMON_WORDS_FILE, commonWordList, commonWordsKey, writeCommonWords } from '../dist/nlp/lexicon.js';

const words = commonWordList();
writeCommonWords(COMMON_WORDS_FILE, commonWordsKey(), words);
console.log(`common-words: ${words.length} words, ${(statSync(COMMON_WORDS_FILE).size / 1024).toFixed(0)} KB in ${COMMON_WORDS_FILE}`);
