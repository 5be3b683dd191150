import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LexEntry } from './types.js';

export type TableName = 'verbs' | 'nouns' | 'adjectives' | 'relations' | 'presence';
const TABLES: TableName[] = ['verbs', 'nouns', 'adjectives', 'relations', 'presence'];

/** The trigger lexicon: per table, the entries of each lemma (adjectives also by written form). */
export interface Lexicon {
  tables: Record<TableName, Map<string, LexEntry[]>>;
  /** Prefix entries ("anti-", "pro-") of the adjectives table. */
  prefixes: LexEntry[];
}

const DIR = fileURLToPath(new URL('../../lang/en/triggers/', import.meta.url));

/** Reads the trigger tables from src/lang/en/triggers (data files, one per table). */
export function loadLexicon(dir = DIR): Lexicon {
  const tables = {} as Lexicon['tables'];
  const prefixes: LexEntry[] = [];
  for (const name of TABLES) {
    const map = new Map<string, LexEntry[]>();
    const path = `${dir}${name}.json`;
    if (existsSync(path)) {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as { entries: LexEntry[] };
      for (const e of raw.entries) {
        if (e.type === 'prefix') { prefixes.push(e); continue; }
        const keys = new Set<string>();
        if (e.lemma) keys.add(e.lemma.toLowerCase());
        if (e.form) keys.add(e.form.replace(/^-/, '').toLowerCase());
        // Spellings and synonyms the entry reads as its own ("neutralise", "spokesperson").
        for (const v of e.variants ?? []) keys.add(v.toLowerCase());
        for (const k of keys) {
          const list = map.get(k) ?? [];
          list.push(e);
          map.set(k, list);
        }
      }
    }
    tables[name] = map;
  }
  return { tables, prefixes };
}

let shipped: Lexicon | undefined;

/** The shipped trigger lexicon, read once: language data, like the tokeniser's. */
export function triggerLexicon(): Lexicon {
  return (shipped ??= loadLexicon());
}
