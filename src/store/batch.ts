import type { Db } from './dialect.js';

/** Rows per INSERT: well under both engines' limits on bound parameters. */
const CHUNK = 400;

export async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** A list cut into pieces for `IN (...)` lists. */
export const chunks = <T>(list: T[], size = 500): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Names analysts split off actors, "<type class>:<normalised name>". */
export async function splitNorms(trx: Db): Promise<Set<string>> {
  return new Set((await trx.selectFrom('split_names').select('norm').execute()).map((r) => r.norm));
}
