import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Labelling verbs and the words that make a label praise or blame (labels.json). */
export interface LabelWords {
  labelVerbs: Set<string>;
  praiseWords: Set<string>;
  blameWords: Set<string>;
}

let data: LabelWords | undefined;

export function labelWords(): LabelWords {
  if (!data) {
    const raw = require('./labels.json') as Record<keyof LabelWords, string[]>;
    data = { labelVerbs: new Set(raw.labelVerbs), praiseWords: new Set(raw.praiseWords), blameWords: new Set(raw.blameWords) };
  }
  return data;
}
