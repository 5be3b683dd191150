export type * from './types.js';
export { openStore, isPostgresUrl, DEFAULT_DB } from './open.js';
export { SqlStore } from './sql-store.js';
export { latestVersion } from './migrate.js';
