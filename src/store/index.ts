export type * from './types.js';
export { openStore, isPostgresUrl, DEFAULT_DB, type OpenOptions } from './open.js';
export { isConnectionLost, patienceFromEnv, withReconnect, type Patience } from './reconnect.js';
export { SqlStore } from './sql-store.js';
export { latestVersion } from './migrate.js';
