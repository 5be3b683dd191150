export { tokenizerData, type TokenizerData } from './tokenizer.js';
export { irregularForms, type IrregularForms } from './irregular.js';
