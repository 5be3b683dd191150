import type { Kysely } from 'kysely';
import type { SqlKind } from './migrations.js';
import type { Schema } from './schema.js';

export type Db = Kysely<Schema>;

export interface SearchRow {
  document_id: string;
  claim_id: string | null;
  snippet: string;
}

/**
 * What differs between SQLite and PostgreSQL; everything else is the same
 * kysely code. A write is one transaction: SQLite runs one writer at a time
 * (BEGIN IMMEDIATE), PostgreSQL runs writers side by side and serialises
 * only those that touch the same merge keys or actors.
 */
export interface SqlDialect {
  readonly kind: SqlKind;
  /** True when the store can only be read (a file without write permission): every write throws ReadOnlyStore. */
  readonly readOnly?: boolean;
  readonly db: Db;
  /** Runs `fn` in one transaction, again from the start when a concurrent writer got in the way. */
  write<T>(fn: (trx: Db) => Promise<T>): Promise<T>;
  /** Holds, until the transaction ends, a lock per merge key (PostgreSQL advisory locks, taken in a fixed order). */
  lockKeys(trx: Db, keys: string[]): Promise<void>;
  /** Locks actor rows until the transaction ends; returns the ids that still exist. */
  lockActors(trx: Db, ids: string[]): Promise<string[]>;
  indexText(trx: Db, rows: Array<{ document_id: string; claim_id: string | null; body: string }>): Promise<void>;
  unindexDocument(trx: Db, documentId: string): Promise<void>;
  search(text: string, limit: number): Promise<SearchRow[]>;
  close(): Promise<void>;
}

/** Thrown inside a write when what it read changed under it (an actor merged away): the write starts again. */
export class RetryWrite extends Error {
  constructor(why: string) {
    super(`retry: ${why}`);
  }
}

/** Words of a search as a query both engines read the same way: every word must match. */
export function searchWords(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}
