import { readFileSync } from 'node:fs';
import type { AdmiraltyReliability } from './types.js';
import { normalizeName } from './names.js';

/** A seeded grade: the source's name, its grade and why (see data/source-grades.json). */
export interface SeedGrade {
  name: string;
  grade: AdmiraltyReliability;
  basis: string;
}

export const SEED_GRADES_FILE = new URL('../../data/source-grades.json', import.meta.url);

/**
 * The bundled grades of well-known publishers and bodies, by normalised name
 * and alias. Read from the data file given (the bundled one by default), so a
 * user edits the file, not the code; a store's own grades override these.
 */
export function loadSeedGrades(file: URL | string = SEED_GRADES_FILE): Map<string, SeedGrade> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sources: Array<SeedGrade & { aliases?: string[] }> };
  const out = new Map<string, SeedGrade>();
  for (const s of data.sources) {
    const seed = { name: s.name, grade: s.grade, basis: s.basis };
    for (const n of [s.name, ...(s.aliases ?? [])]) out.set(normalizeName(n), seed);
  }
  return out;
}
