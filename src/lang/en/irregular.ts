import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Irregular inflections (irregular.json): inflected form -> lemma. */
export interface IrregularForms {
  verbs: Map<string, string>;
  nouns: Map<string, string>;
}

let data: IrregularForms | undefined;

export function irregularForms(): IrregularForms {
  if (!data) {
    const raw = require('./irregular.json') as { verbs: Record<string, string>; nouns: Record<string, string> };
    data = { verbs: new Map(Object.entries(raw.verbs)), nouns: new Map(Object.entries(raw.nouns)) };
  }
  return data;
}
