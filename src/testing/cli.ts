import { Readable } from 'node:stream';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output, as a user would from a shell. */
export async function runCli(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t.endsWith('\n') ? t : `${t}\n`; }, err: (t) => { err += t.endsWith('\n') ? t : `${t}\n`; }, tty: false, stdin: Readable.from([Buffer.from(stdin)]) };
  const code = await main(['node', 'nexus', ...args], io);
  return { code, out, err };
}
