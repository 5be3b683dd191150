import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { NexusError } from '../core/index.js';
import { RetryWrite, searchWords, type Db, type SearchRow, type SqlDialect } from './dialect.js';
import { migrate } from './migrate.js';
import { isConnectionLost, withReconnect, type Patience } from './reconnect.js';
import type { Schema } from './schema.js';

/** Conflicts a concurrent writer can cause (deadlock, serialization, a unique key taken meanwhile); the transaction is run again. */
const RETRY_CODES = new Set(['40P01', '40001', '23505']);
const MIGRATION_LOCK = 7_245_001;
/** The resolver's lock: one process at a time folds documents into actors (src/store/resolve.ts). */
const RESOLVER_LOCK = 7_245_002;
const MAX_ATTEMPTS = 30;

// COUNT(*) and SUM() come back as int8: read them as numbers (counts here stay far below 2^53).
pg.types.setTypeParser(20, (v: string) => Number(v));

export function hideSecret(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** PostgreSQL through pg: many writers at once, each on its own documents' rows; one resolver at a time. */
export async function postgresDialect(url: string, now: () => string, patience: Patience = {}): Promise<SqlDialect> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // A server going away makes idle clients emit errors: the next query finds out and waits (withReconnect).
  pool.on('error', () => undefined);
  // A client checked out (inside a transaction) when the server goes away emits 'error' too; its query fails, and the write is run again.
  pool.on('connect', (client) => { client.on('error', () => undefined); });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const p: Patience = { what: `PostgreSQL at ${hideSecret(url).replace(/^postgres(ql)?:\/\//, '')}`, ...patience };
  try {
    // A server restarting as we start is waited for (briefly), as one that goes away later is.
    await withReconnect(() => sql`select 1`.execute(db), p, true);
  } catch (e) {
    await db.destroy();
    throw new NexusError('StoreError', `cannot connect to PostgreSQL (${(e as Error).message})`, { subject: hideSecret(url), cause: e });
  }
  const attempts = async <T>(run: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (e) {
        const code = (e as { code?: string }).code;
        const retry = e instanceof RetryWrite || (code !== undefined && RETRY_CODES.has(code));
        if (!retry || attempt >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  };
  const write = <T>(fn: (trx: Db) => Promise<T>): Promise<T> => withReconnect(() => attempts(() => db.transaction().execute(fn)), p);
  const resolver = <T>(fn: (trx: Db) => Promise<T>, wait: boolean): Promise<T | undefined> => withReconnect(() => attempts(() => db.transaction().execute(async (trx) => {
    if (wait) await sql`select pg_advisory_xact_lock(${RESOLVER_LOCK})`.execute(trx);
    else {
      const r = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${RESOLVER_LOCK}) as ok`.execute(trx);
      if (!r.rows[0]?.ok) return undefined;
    }
    return fn(trx);
  })), p);
  const migrateTx = <T>(fn: (trx: Db) => Promise<T>) => withReconnect(() => db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    return fn(trx);
  }), p);
  await migrate('postgres', migrateTx, now);
  const doc = sql`coalesce(d.title, '') || ' ' || d.text`;
  return {
    kind: 'postgres',
    db,
    write,
    resolver,
    read: (fn) => withReconnect(() => fn(db), p),
    indexDocuments: async () => undefined, // expression indexes follow the rows
    unindexDocument: async () => undefined,
    search: (text, limit) => withReconnect(async () => {
      const words = searchWords(text);
      if (!words.length) return [];
      const q = sql`plainto_tsquery('english', ${words.join(' ')})`;
      const docs = await sql<SearchRow & { rank: number }>`select d.n as doc, null::int as seq, ts_rank(to_tsvector('english', ${doc}), q) as rank,
          ts_headline('english', ${doc}, q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=10') as snippet
        from documents d, ${q} q where to_tsvector('english', ${doc}) @@ q order by rank desc, d.n limit ${limit}`.execute(db);
      // A quote matches only inside a document that matches: look among the best of those.
      const quotes = await sql<SearchRow & { rank: number }>`select c.doc, c.seq, ts_rank(to_tsvector('english', t.body), q) as rank,
          ts_headline('english', t.body, q, 'StartSel=[, StopSel=], HighlightAll=true') as snippet
        from (select d.n from documents d, ${q} q where to_tsvector('english', ${doc}) @@ q order by ts_rank(to_tsvector('english', ${doc}), q) desc, d.n limit 200) m
        join claims c on c.doc = m.n join documents d on d.n = c.doc
        cross join lateral (select coalesce(c.quote, substr(d.text, c.quote_start + 1, c.quote_end - c.quote_start)) as body) t, ${q} q
        where to_tsvector('english', t.body) @@ q order by rank desc, c.doc, c.seq limit ${limit}`.execute(db);
      return [...docs.rows, ...quotes.rows].sort((a, b) => Number(b.rank) - Number(a.rank)).slice(0, limit)
        .map((r) => ({ doc: Number(r.doc), seq: r.seq === null ? null : Number(r.seq), snippet: r.snippet }));
    }, p),
    close: async () => { await db.destroy(); },
  };
}

export { isConnectionLost };
