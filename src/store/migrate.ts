import { sql } from 'kysely';
import { MIGRATIONS, type SqlKind } from './migrations.js';
import type { Db } from './dialect.js';

/**
 * Brings a database to the latest schema, each migration in its own write
 * transaction (`tx`), which re-checks the version inside so that two
 * processes starting at once apply each migration once.
 */
export async function migrate(kind: SqlKind, tx: <T>(fn: (trx: Db) => Promise<T>) => Promise<T>, now: () => string): Promise<number[]> {
  await tx(async (trx) => {
    await sql`create table if not exists nexus_migrations (version integer primary key, name text not null, applied_at text not null)`.execute(trx);
  });
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await tx(async (trx) => {
      const row = await trx.selectFrom('nexus_migrations').select('version').where('version', '=', m.version).executeTakeFirst();
      if (row) return false;
      await m.up(trx, kind);
      await trx.insertInto('nexus_migrations').values({ version: m.version, name: m.name, applied_at: now() }).execute();
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

export function latestVersion(): number {
  return Math.max(...MIGRATIONS.map((m) => m.version));
}
