export { tokenizerData, type TokenizerData } from './tokenizer.js';
export { irregularForms, type IrregularForms } from './irregular.js';
export { entityWords, type EntityWords, type PronounInfo, type DescriptionInfo } from './entities.js';
export { actorWords, type ActorWords } from './actors.js';
export { attributionWords, type AttributionWords } from './attribution.js';
export { labelWords, type LabelWords } from './labels.js';
export { grammarWords, type GrammarWords } from './grammar.js';
