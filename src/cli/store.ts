import type { Command } from 'commander';
import { NexusError, systemClock } from '../core/index.js';
import { DEFAULT_DB } from '../store/constants.js';
import type { ActorSummary, Store } from '../store/index.js';
import type { GlobalOptions } from './context.js';
import { processIo, type Io } from './io.js';

export interface StoreOptions extends GlobalOptions {
  db?: string;
  json?: boolean;
}

/** Adds --db to a command: a SQLite file (default ./nexus.db) or a postgres:// URL; NEXUS_DB is the default when set. */
export function withDb(cmd: Command): Command {
  return cmd.option('--db <path-or-url>', `SQLite file or postgres:// URL (default $NEXUS_DB or ./${DEFAULT_DB})`);
}

/** Opens the store (loaded here, not at start-up: `nexus --help` and `extract` never need the database drivers); a PostgreSQL server that goes away is waited for, with a line on standard error when it goes and when it is back. */
export async function storeFor(options: StoreOptions, io: Io = processIo): Promise<Store> {
  const { openStore, patienceFromEnv } = await import('../store/index.js');
  return openStore(options.db ?? process.env.NEXUS_DB ?? DEFAULT_DB, systemClock, { notice: (line) => io.err(line), patienceMs: patienceFromEnv(process.env) });
}

/** Runs `fn` with the store open, and closes it whatever happens. */
export async function withStore<T>(options: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await storeFor(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * An actor from a name as the user typed it: any alias, any case, or its id.
 * A name that several actors carry is an error listing them with their ids.
 */
export async function resolveActor(store: Store, name: string): Promise<ActorSummary> {
  const found = await store.findActors(name);
  if (!found.length) throw new NexusError('NotFound', 'no actor has this name or alias (try `nexus actors --name ...`)', { subject: name });
  if (found.length === 1) return found[0];
  const list = found.slice(0, 10).map((a) => `${a.name} [${a.type}${a.kbId ? `, kb ${a.kbId}` : ''}] id ${a.id}`).join('; ');
  throw new NexusError('Ambiguous', `names ${found.length} actors: ${list}. Use one of the ids.`, { subject: name, details: found });
}
