import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** English tokenisation data (tokenizer.json), as sets. */
export interface TokenizerData {
  abbreviations: Set<string>;
  hyphenPrefixes: Set<string>;
  clitics: string[];
  wholeWordSplits: Map<string, string[]>;
}

let data: TokenizerData | undefined;

export function tokenizerData(): TokenizerData {
  if (!data) {
    const raw = require('./tokenizer.json') as { abbreviations: string[]; hyphenPrefixes: string[]; clitics: string[]; wholeWordSplits: Record<string, string[]> };
    data = {
      abbreviations: new Set(raw.abbreviations),
      hyphenPrefixes: new Set(raw.hyphenPrefixes),
      // Longest first, so that "n't" wins over "'t"-like overlaps.
      clitics: [...raw.clitics].sort((a, b) => b.length - a.length),
      wholeWordSplits: new Map(Object.entries(raw.wholeWordSplits)),
    };
  }
  return data;
}
