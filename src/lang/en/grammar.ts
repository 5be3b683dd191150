import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const LISTS = ['relativeWords', 'definiteDeterminers', 'quotationMarks', 'ownerCases', 'placeCases', 'wholeCases', 'makerCases', 'askerCases', 'reciprocals', 'clausePrepositions'] as const;

/** Closed-class words the claims stage reads the parse with (grammar.json): one set per list. */
export type GrammarWords = Record<(typeof LISTS)[number], Set<string>>;

let data: GrammarWords | undefined;

export function grammarWords(): GrammarWords {
  if (!data) {
    const raw = require('./grammar.json') as Record<string, unknown>;
    const out = {} as GrammarWords;
    for (const key of LISTS) {
      const list = raw[key];
      if (!Array.isArray(list)) throw new Error(`src/lang/en/grammar.json: "${key}" must be a list of words`);
      out[key] = new Set(list as string[]);
    }
    data = out;
  }
  return data;
}
