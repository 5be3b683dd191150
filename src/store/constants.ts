/** The default SQLite store file, in the working folder (light: the CLI reads it without loading the store). */
export const DEFAULT_DB = 'nexus.db';

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}
