export { tokenizerData, type TokenizerData } from './tokenizer.js';
export { irregularForms, type IrregularForms } from './irregular.js';
export { entityWords, type EntityWords, type PronounInfo, type DescriptionInfo } from './entities.js';
