import { readFile, stat } from 'node:fs/promises';
import { NexusError } from '../core/index.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface RawInput {
  /** The path as the user gave it, or "-" for stdin. */
  path: string;
  bytes: Uint8Array;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(path: string, size: number, max: number): NexusError {
  return new NexusError('InputTooLarge', `is ${formatBytes(size)}, above the ${formatBytes(max)} limit (raise it with --max-bytes)`, { subject: path });
}

/** Reads a file (or stdin for "-") with the checks every input gets. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES, stdin: NodeJS.ReadableStream = process.stdin): Promise<RawInput> {
  if (path === '-') return { path, bytes: await readStream(stdin, path, maxBytes) };
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NexusError('InputNotFound', 'no such file', { subject: path });
    throw new NexusError('InputUnreadable', `cannot be read (${code ?? (e as Error).message})`, { subject: path, cause: e });
  }
  if (info.isDirectory()) throw new NexusError('InputIsDirectory', 'is a directory (use `nexus ingest` for directories)', { subject: path });
  if (!info.isFile()) throw new NexusError('InputUnreadable', 'is not a regular file', { subject: path });
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  try {
    return { path, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    throw new NexusError('InputUnreadable', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { subject: path, cause: e });
  }
}

async function readStream(stream: NodeJS.ReadableStream, path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) throw tooLarge(path, size, maxBytes);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
