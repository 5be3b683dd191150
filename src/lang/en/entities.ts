import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** English data of the entity stage (entities.json), as maps and sets. */
export interface EntityWords {
  /** Capitalised words that stand for a state body, and the kinds of body ("Army" -> army, armed-forces). */
  genericCapitalised: Map<string, string[]>;
  /** Lower-case phrases (as word lists) that name a state's forces, and the kinds of body. */
  genericPhrases: Array<[string[], string[]]>;
}

let data: EntityWords | undefined;

export function entityWords(): EntityWords {
  if (!data) {
    const raw = require('./entities.json') as {
      genericBodies: { capitalised: Record<string, string[]>; phrases: Array<[string, string[]]> };
    };
    data = {
      genericCapitalised: new Map(Object.entries(raw.genericBodies.capitalised).filter(([k]) => !k.startsWith('_'))),
      genericPhrases: raw.genericBodies.phrases.map(([words, kinds]) => [words.split(' '), kinds]),
    };
  }
  return data;
}
