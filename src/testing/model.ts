import { loadModel, type NlpModel } from '../nlp/index.js';

let modelCache: NlpModel | undefined;

/** The shipped parser model, loaded once per test process (it is read-only). */
export function testModel(): NlpModel {
  return (modelCache ??= loadModel());
}
