import { isNexusError } from '../core/index.js';

/** Exit codes: 1 for bad input or a failed operation, 2 for a usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * The one place where errors become what the user reads: one line naming
 * the file (or object) and the problem, no stack trace unless --debug.
 */
export function formatError(e: unknown, debug = false): string {
  if (isNexusError(e)) {
    const line = `nexus: ${e.subject ? `${e.subject}: ` : ''}${e.message}`;
    return debug && e.stack ? `${line}\n${e.stack}` : line;
  }
  const err = e as Error;
  const line = `nexus: internal error: ${err?.message ?? String(e)} (run with --debug for details)`;
  return debug && err?.stack ? `${line}\n${err.stack}` : line;
}

export function exitCodeFor(e: unknown): number {
  return isNexusError(e) && e.name === 'UsageError' ? EXIT.usage : EXIT.failed;
}
