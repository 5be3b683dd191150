/**
 * A database that goes away (a restart, a failover, a dropped network) is
 * waited for, not given up on: the interrupted transaction is run again once
 * it answers. Waits grow from half a second to `MAX_DELAY_MS` and stop after
 * `patienceMs` (default ten minutes); each outage is one line on standard
 * error when it starts and one when it ends.
 */

/** PostgreSQL error codes and socket errors that mean "the connection is gone", not "the query is wrong". */
const LOST_CODES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
]);
const LOST_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery mode)|server closed the connection|Connection ended unexpectedly/i;

export function isConnectionLost(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: unknown } | undefined;
  if (!err) return false;
  if (err.code && LOST_CODES.has(err.code)) return true;
  if (typeof err.message === 'string' && LOST_MESSAGES.test(err.message)) return true;
  return err.cause !== undefined && err.cause !== e && isConnectionLost(err.cause);
}

export const MAX_DELAY_MS = 8_000;

/** How long a first connection is tried: a server that is restarting answers within seconds; a wrong address should not hold a user for ten minutes. */
export const STARTUP_PATIENCE_MS = 60_000;

export interface Patience {
  /** Give up after this long without the database (default 10 minutes, or $NEXUS_DB_PATIENCE seconds). */
  patienceMs?: number;
  /** Where the outage lines go (standard error in the CLI). */
  notice?: (line: string) => void;
  /** What to call the database in those lines. */
  what?: string;
}

/** Patience from the environment: $NEXUS_DB_PATIENCE seconds (read by the CLI and the server, at the edge). */
export function patienceFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const s = Number(env.NEXUS_DB_PATIENCE);
  return env.NEXUS_DB_PATIENCE && Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` again after a lost connection, with bounded backoff, until it
 * succeeds or patience runs out (then the last error is thrown). Any other
 * error is thrown at once. A `first` connection (a command starting while the
 * server restarts) is tried for at most STARTUP_PATIENCE_MS.
 */
export async function withReconnect<T>(fn: () => Promise<T>, p: Patience = {}, first = false): Promise<T> {
  let since: number | undefined;
  const patience = first ? Math.min(p.patienceMs ?? STARTUP_PATIENCE_MS, STARTUP_PATIENCE_MS) : p.patienceMs ?? 600_000;
  let delay = 500;
  for (;;) {
    try {
      const result = await fn();
      if (since !== undefined) p.notice?.(first ? `nexus: ${p.what ?? 'the database'} answers after ${((Date.now() - since) / 1000).toFixed(1)} s` : `nexus: ${p.what ?? 'the database'} is back after ${((Date.now() - since) / 1000).toFixed(1)} s; the interrupted transaction was run again`);
      return result;
    } catch (e) {
      if (!isConnectionLost(e)) throw e;
      const now = Date.now();
      if (since === undefined) {
        since = now;
        p.notice?.(first
          ? `nexus: cannot reach ${p.what ?? 'the database'} (${(e as Error).message}); trying again for up to ${Math.round(patience / 1000)} s`
          : `nexus: lost the connection to ${p.what ?? 'the database'} (${(e as Error).message}); waiting for it to come back`);
      }
      if (now - since > patience) throw e;
      await sleep(delay * (0.75 + Math.random() * 0.5));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
