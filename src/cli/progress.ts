import cliProgress from 'cli-progress';
import { formatBytes } from '../ingest/read.js';
import type { Io } from './io.js';

export interface Progress {
  tick(bytes: number, line: string): void;
  /** Writes a line above the bar (a failure). */
  note(line: string): void;
  stop(): void;
}

/**
 * A bar on a terminal (documents, MB, rate, ETA from the bytes of the local
 * inputs), one line per document when the output is piped or logged.
 */
export function progress(io: Io, totalBytes: number, quiet: boolean): Progress {
  const started = Date.now();
  let docs = 0;
  let bytes = 0;
  if (!io.tty) {
    return {
      // A failed document has no line of its own here (its message went to stderr): no blank line for it.
      tick: (b, line) => { docs++; bytes += b; if (!quiet && line) io.out(line); },
      note: (line) => io.err(line),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar({
    format: '{bar} {percentage}% | {docs} docs | {mb} of {totalMb} | {rate} docs/s | ETA {eta_formatted}',
    stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5,
  }, cliProgress.Presets.shades_classic);
  bar.start(Math.max(totalBytes, 1), 0, { docs: 0, mb: formatBytes(0), totalMb: formatBytes(totalBytes), rate: '0.0' });
  return {
    tick: (b) => {
      docs++;
      bytes += b;
      const rate = (docs / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
      bar.update(Math.min(bytes, Math.max(totalBytes, 1)), { docs, mb: formatBytes(bytes), rate });
    },
    // Clear the bar's line, write the message, and let the bar draw itself again below it.
    note: (line) => { process.stderr.write('\r\x1b[2K'); io.err(line); bar.update(Math.min(bytes, Math.max(totalBytes, 1)), { docs, mb: formatBytes(bytes) }); },
    stop: () => bar.stop(),
  };
}
