import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Irregular inflections (irregular.json): inflected form -> lemma. */
export interface IrregularForms {
  verbs: Map<string, string>;
  nouns: Map<string, string>;
  /** The lemma of an irregular verb form, prefixed ones included ("retook" -> "retake"); lower-case in. */
  verb(lower: string): string | undefined;
}

let data: IrregularForms | undefined;

export function irregularForms(): IrregularForms {
  if (!data) {
    const raw = require('./irregular.json') as { verbs: Record<string, string>; nouns: Record<string, string>; verbPrefixes: string[] };
    const verbs = new Map(Object.entries(raw.verbs));
    const prefixes = raw.verbPrefixes;
    const verb = (lower: string) => {
      const own = verbs.get(lower);
      if (own) return own;
      for (const p of prefixes) {
        // The rest must be a whole irregular form of some length ("re" + "took"), not a fragment.
        if (lower.length - p.length < 3 || !lower.startsWith(p)) continue;
        const lemma = verbs.get(lower.slice(p.length));
        if (lemma) return p + lemma;
      }
      return undefined;
    };
    data = { verbs, nouns: new Map(Object.entries(raw.nouns)), verb };
  }
  return data;
}
