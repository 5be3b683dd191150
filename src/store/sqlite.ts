import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { NexusError } from '../core/index.js';
import { RetryWrite, searchWords, type Db, type SearchRow, type SqlDialect } from './dialect.js';
import { migrate } from './migrate.js';
import { canWrite, openReadOnly } from './sqlite-open.js';
import type { Schema } from './schema.js';

const BUSY_TIMEOUT_MS = 60_000;

/**
 * Switching a new file to WAL takes an exclusive lock, and SQLite answers a
 * second process doing the same with SQLITE_BUSY at once, without calling the
 * busy handler (it could deadlock); so two ingests started together retry here.
 */
function walMode(raw: Database.Database): void {
  const until = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      raw.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 30);
    }
  }
}

/** SQLite through better-sqlite3: WAL so readers never block, a busy timeout so two ingests on one file wait for each other. */
export async function sqliteDialect(path: string, now: () => string): Promise<SqlDialect> {
  let raw: Database.Database;
  // A store the user may only read is opened read-only: queries work, and every write says why it cannot.
  const readOnly = !canWrite(path);
  try {
    if (readOnly) raw = openReadOnly(path);
    else {
      raw = new Database(path);
      raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      walMode(raw);
      raw.pragma('synchronous = NORMAL');
      raw.pragma('foreign_keys = ON');
    }
  } catch (e) {
    throw new NexusError('StoreError', `cannot open the SQLite store (${(e as Error).message})`, { subject: path, cause: e });
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: raw }) });
  const write = async <T>(fn: (trx: Db) => Promise<T>): Promise<T> => {
    if (readOnly) throw new NexusError('ReadOnlyStore', 'the store is read-only (no permission to write it or its folder): queries work, changes cannot be saved', { subject: path });
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.connection().execute(async (conn) => {
          // IMMEDIATE takes the write lock up front: a deferred transaction that
          // reads first and writes later could fail with SQLITE_BUSY at once.
          await sql`begin immediate`.execute(conn);
          try {
            const result = await fn(conn);
            await sql`commit`.execute(conn);
            return result;
          } catch (e) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            throw e;
          }
        });
      } catch (e) {
        const busy = (e as { code?: string }).code === 'SQLITE_BUSY' || e instanceof RetryWrite;
        if (!busy || attempt >= 5) throw e;
      }
    }
  };
  if (!readOnly) await migrate('sqlite', write, now).catch((e) => {
    throw e instanceof NexusError ? e : new NexusError('StoreError', `cannot prepare the SQLite store (${(e as Error).message})`, { subject: path, cause: e });
  });
  return {
    kind: 'sqlite',
    readOnly,
    db,
    write,
    lockKeys: async () => undefined,
    lockActors: async (trx, ids) => (ids.length ? (await trx.selectFrom('actors').select('id').where('id', 'in', ids).execute()).map((r) => r.id) : []),
    indexText: async (trx, rows) => {
      for (let i = 0; i < rows.length; i += 100) {
        const values = rows.slice(i, i + 100).map((r) => sql`(${r.document_id}, ${r.claim_id}, ${r.body})`);
        await sql`insert into search_fts (document_id, claim_id, body) values ${sql.join(values)}`.execute(trx);
      }
    },
    unindexDocument: async (trx, id) => { await sql`delete from search_fts where document_id = ${id}`.execute(trx); },
    search: async (text, limit) => {
      const words = searchWords(text);
      if (!words.length) return [];
      const query = words.map((w) => `"${w}"`).join(' ');
      const r = await sql<SearchRow>`select document_id, claim_id, snippet(search_fts, 2, '[', ']', '...', 16) as snippet from search_fts where search_fts match ${query} order by rank limit ${limit}`.execute(db);
      return r.rows;
    },
    close: async () => { await db.destroy(); },
  };
}
