import type { Logger } from '../core/index.js';

/** Where a command writes: real streams in the CLI, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars) . */
  tty: boolean;
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = {
  out: (t) => { process.stdout.write(t.endsWith('\n') ? t : `${t}\n`); },
  err: (t) => { process.stderr.write(t.endsWith('\n') ? t : `${t}\n`); },
  tty: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
};

export function ioLogger(io: Io, verbose: boolean): Logger {
  return {
    debug: (m) => { if (verbose) io.err(`debug: ${m}`); },
    info: (m) => { if (verbose) io.err(m); },
    warn: (m) => io.err(`warning: ${m}`),
  };
}

/**
 * A reader that stops early (`nexus sources | head`) closes the pipe: that is
 * a normal end, so the process ends quietly with success instead of an EPIPE
 * stack trace. Stored data is safe: every write is one transaction.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}
