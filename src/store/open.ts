import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { NexusError, type Clock } from '../core/index.js';
import { postgresDialect } from './postgres.js';
import type { Patience } from './reconnect.js';
import { SqlStore } from './sql-store.js';
import { sqliteDialect } from './sqlite.js';
import type { Store } from './types.js';

import { DEFAULT_DB, isPostgresUrl } from './constants.js';

export { DEFAULT_DB, isPostgresUrl };


export interface OpenOptions {
  /** Where a lost connection and its return are told (one line each; standard error in the CLI). */
  notice?: (line: string) => void;
  /** How long to wait for a PostgreSQL server that went away before giving up (default 10 minutes). */
  patienceMs?: number;
}

/** A store from `--db`: a postgres:// URL, or a SQLite file path (made when missing). */
export async function openStore(spec: string, clock: Clock, options: OpenOptions = {}): Promise<Store> {
  const now = () => clock().toISOString();
  if (isPostgresUrl(spec)) return new SqlStore(await postgresDialect(spec, now, { notice: options.notice, patienceMs: options.patienceMs } satisfies Patience), clock);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec)?.[1];
  if (scheme) throw new NexusError('UsageError', `unsupported store "${scheme}://": use a SQLite file path (default ./${DEFAULT_DB}) or a postgres:// URL`, { subject: spec });
  const path = resolve(spec);
  if (!existsSync(dirname(path))) throw new NexusError('StoreError', `the folder ${dirname(path)} does not exist`, { subject: spec });
  return new SqlStore(await sqliteDialect(path, now), clock);
}
