import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept prepared; the rest are prepared again when next used. */
const KEPT = 256;

/**
 * The database as kysely's SQLite dialect sees it, with prepared statements
 * kept by their SQL: kysely prepares every query it runs, and preparing was
 * about a tenth of the time spent storing a batch (the same few inserts and
 * lookups, thousands of times in an ingest). A statement is run to the end
 * before the next query (nothing here streams), so reusing one is safe.
 */
export function cachingDatabase(raw: Database.Database): SqliteDatabase {
  const kept = new Map<string, Database.Statement>();
  return {
    prepare(sql: string) {
      let stmt = kept.get(sql);
      if (stmt) kept.delete(sql);
      else {
        stmt = raw.prepare(sql);
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      }
      kept.set(sql, stmt);
      return stmt;
    },
    close() {
      kept.clear();
      raw.close();
    },
  };
}
