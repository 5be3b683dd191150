import type { Kysely } from 'kysely';
import type { SqlKind } from './migrations.js';
import type { Schema } from './schema.js';

export type Db = Kysely<Schema>;

export interface SearchRow {
  doc: number;
  /** Set for a hit in a claim's quote. */
  seq: number | null;
  snippet: string;
}

export interface IndexedDocument {
  n: number;
  title: string | null;
  text: string;
  quotes: Array<{ seq: number; body: string }>;
}

/**
 * What differs between SQLite and PostgreSQL; everything else is the same
 * kysely code. A write is one transaction. Writers of documents touch only
 * their documents' rows, so they never wait for one another (SQLite still
 * runs one writer at a time); the corpus's rows (actors, keys, counts) are
 * written by one resolver at a time (`resolver`).
 */
export interface SqlDialect {
  readonly kind: SqlKind;
  /** True when the store can only be read (a file without write permission): every write throws ReadOnlyStore. */
  readonly readOnly?: boolean;
  readonly db: Db;
  /**
   * Runs `fn` in one transaction, again from the start when a concurrent
   * writer got in the way, or when the connection was lost (after waiting for
   * the database to come back, with a line on standard error).
   */
  write<T>(fn: (trx: Db) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one transaction holding the resolver's lock. With `wait`
   * false and the lock held elsewhere, returns undefined at once: the holder
   * (or a later run) does the work.
   */
  resolver<T>(fn: (trx: Db) => Promise<T>, wait: boolean): Promise<T | undefined>;
  /** Runs a read that ingest depends on, waiting for a lost connection to come back as writes do. */
  read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  indexDocuments(trx: Db, docs: IndexedDocument[]): Promise<void>;
  unindexDocument(trx: Db, doc: IndexedDocument): Promise<void>;
  search(text: string, limit: number): Promise<SearchRow[]>;
  close(): Promise<void>;
}

/** Thrown inside a write when what it read changed under it: the write starts again. */
export class RetryWrite extends Error {
  constructor(why: string) {
    super(`retry: ${why}`);
  }
}

/** Words of a search as a query both engines read the same way: every word must match. */
export function searchWords(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}
