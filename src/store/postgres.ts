import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { NexusError } from '../core/index.js';
import { RetryWrite, searchWords, type Db, type SearchRow, type SqlDialect } from './dialect.js';
import { migrate } from './migrate.js';
import type { Schema } from './schema.js';

/** Conflicts a concurrent writer can cause; the transaction is run again. */
const RETRY_CODES = new Set(['40P01', '40001', '23505', '23503']);
const MIGRATION_LOCK = 7_245_001;
const MAX_ATTEMPTS = 30;

// COUNT(*) and SUM() come back as int8: read them as numbers (counts here stay far below 2^53).
pg.types.setTypeParser(20, (v: string) => Number(v));

function hideSecret(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** PostgreSQL through pg: many writers at once, serialised only on the merge keys and actors they share. */
export async function postgresDialect(url: string, now: () => string): Promise<SqlDialect> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy();
    throw new NexusError('StoreError', `cannot connect to PostgreSQL (${(e as Error).message})`, { subject: hideSecret(url), cause: e });
  }
  const write = async <T>(fn: (trx: Db) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(fn);
      } catch (e) {
        const code = (e as { code?: string }).code;
        const retry = e instanceof RetryWrite || (code !== undefined && RETRY_CODES.has(code));
        if (!retry || attempt >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  };
  const migrateTx = <T>(fn: (trx: Db) => Promise<T>) => db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    return fn(trx);
  });
  await migrate('postgres', migrateTx, now);
  return {
    kind: 'postgres',
    db,
    write,
    lockKeys: async (trx, keys) => {
      if (!keys.length) return;
      // Sorted, so that two writers wanting the same keys take them in the same order.
      await sql`select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, 0) as h from unnest(${keys}::text[]) as k order by 1 offset 0) s`.execute(trx);
    },
    lockActors: async (trx, ids) => {
      if (!ids.length) return [];
      const r = await sql<{ id: string }>`select id from actors where id = any(${ids}::text[]) order by id for update`.execute(trx);
      return r.rows.map((x) => x.id);
    },
    indexText: async (trx, rows) => {
      if (rows.length) await sql`insert into search_index (document_id, claim_id, body) select * from unnest(${rows.map((r) => r.document_id)}::text[], ${rows.map((r) => r.claim_id)}::text[], ${rows.map((r) => r.body)}::text[])`.execute(trx);
    },
    unindexDocument: async (trx, id) => { await sql`delete from search_index where document_id = ${id}`.execute(trx); },
    search: async (text, limit) => {
      const words = searchWords(text);
      if (!words.length) return [];
      const r = await sql<SearchRow>`select document_id, claim_id, ts_headline('english', body, q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=10') as snippet
        from search_index, plainto_tsquery('english', ${words.join(' ')}) q where to_tsvector('english', body) @@ q
        order by ts_rank(to_tsvector('english', body), q) desc limit ${limit}`.execute(db);
      return r.rows;
    },
    close: async () => { await db.destroy(); },
  };
}
