import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { NexusError } from '../core/index.js';
import { RetryWrite, searchWords, type Db, type SearchRow, type SqlDialect } from './dialect.js';
import { migrate } from './migrate.js';
import { canWrite, openReadOnly } from './sqlite-open.js';
import { QUOTE_ROWS } from './rows.js';
import { cachingDatabase } from './sqlite-statements.js';
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

/** Marks the words of a quote that the search's words (or their stems) match, as FTS5's snippet() does for documents. */
function mark(text: string, words: string[]): string {
  const stems = words.map((w) => w.toLowerCase().slice(0, Math.max(4, w.length - 2)));
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => (stems.some((s) => w.toLowerCase().startsWith(s)) ? `[${w}]` : w));
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
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) });
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
    // SQLite runs one writer at a time anyway: the resolver is one more write.
    resolver: (fn) => write(fn),
    read: (fn) => fn(db),
    indexDocuments: async (trx, docs) => {
      for (const d of docs) {
        await sql`insert into docs_fts (rowid, title, text) values (${d.n}, ${d.title}, ${d.text})`.execute(trx);
        for (let i = 0; i < d.quotes.length; i += 100) {
          const values = d.quotes.slice(i, i + 100).map((q) => sql`(${d.n * QUOTE_ROWS + q.seq}, ${q.body})`);
          await sql`insert into quotes_fts (rowid, body) values ${sql.join(values)}`.execute(trx);
        }
      }
    },
    unindexDocument: async (trx, d) => {
      await sql`insert into docs_fts (docs_fts, rowid, title, text) values ('delete', ${d.n}, ${d.title}, ${d.text})`.execute(trx);
      await sql`delete from quotes_fts where rowid >= ${d.n * QUOTE_ROWS} and rowid < ${(d.n + 1) * QUOTE_ROWS}`.execute(trx);
    },
    search: async (text, limit) => {
      const words = searchWords(text);
      if (!words.length) return [];
      const query = words.map((w) => `"${w}"`).join(' ');
      const docs = await sql<SearchRow & { rank: number }>`select rowid as doc, null as seq, snippet(docs_fts, 1, '[', ']', '...', 16) as snippet, rank
        from docs_fts where docs_fts match ${query} order by rank limit ${limit}`.execute(db);
      const quotes = await sql<{ rowid: number; rank: number }>`select rowid, rank from quotes_fts where quotes_fts match ${query} order by rank limit ${limit}`.execute(db);
      const hits: Array<SearchRow & { rank: number }> = [...docs.rows.map((r) => ({ ...r, doc: Number(r.doc) }))];
      for (const q of quotes.rows) {
        const [doc, seq] = [Math.floor(Number(q.rowid) / QUOTE_ROWS), Number(q.rowid) % QUOTE_ROWS];
        const c = await sql<{ body: string }>`select coalesce(c.quote, substr(d.text, c.quote_start + 1, c.quote_end - c.quote_start)) as body
          from claims c join documents d on d.n = c.doc where c.doc = ${doc} and c.seq = ${seq}`.execute(db);
        if (c.rows[0]) hits.push({ doc, seq, snippet: mark(c.rows[0].body, words), rank: Number(q.rank) });
      }
      return hits.sort((a, b) => a.rank - b.rank).slice(0, limit).map(({ rank: _rank, ...r }) => r);
    },
    close: async () => { await db.destroy(); },
  };
}
