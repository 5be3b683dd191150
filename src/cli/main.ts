import { Command, CommanderError } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerActors } from './commands/actors.js';
import { registerClaims } from './commands/claims.js';
import { registerPath } from './commands/graph.js';
import { registerSources } from './commands/sources.js';
import { registerContradictions, registerMerge, registerSearch } from './commands/corpus.js';
import { registerReview } from './commands/review.js';
import { registerHistory } from './commands/history.js';
import { registerExport } from './commands/export.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerParse } from './commands/parse.js';
import { registerQueue } from './commands/queue.js';
import { EXIT, exitCodeFor, formatError } from './errors.js';
import { endQuietlyOnClosedPipe, processIo, type Io } from './io.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Builds the program; every command reports errors through formatError. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('nexus')
    .description('Evidence graphs from conflict and terrorism reporting: actors, aliases, attributed claims.')
    .version('0.1.0')
    .option('--kb <file>', 'add a knowledge-base file (repeatable; same format as kb/*.json)', collect)
    .option('-v, --verbose', 'log what happens')
    .option('--debug', 'show stack traces on errors')
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .exitOverride();
  registerExtract(program, io, setExit);
  registerParse(program, io, setExit);
  registerIngest(program, io, setExit);
  registerActors(program, io);
  registerClaims(program, io);
  registerPath(program, io);
  registerSources(program, io);
  registerSearch(program, io);
  registerContradictions(program, io);
  registerMerge(program, io);
  registerReview(program, io);
  registerHistory(program, io);
  registerExport(program, io);
  registerReport(program, io);
  registerServe(program, io);
  registerQueue(program, io, setExit);
  return program;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipe();
  let code: number = EXIT.ok;
  const setExit = (c: number) => { code = Math.max(code, c); };
  const program = buildProgram(io, setExit);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; commander has already printed its message.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(formatError(e, argv.includes('--debug')));
    return exitCodeFor(e);
  }
  return code;
}
