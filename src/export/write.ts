import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { NexusError } from '../core/index.js';
import type { ExportFile } from './types.js';

const fail = (path: string, message: string, cause?: unknown) => new NexusError('ExportError', message, { subject: path, cause });

function kindOf(path: string): 'file' | 'dir' | 'missing' | 'other' {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** Checks before any work that a file can be written at `path`: its folder exists and is writable, and it is not a folder itself. */
export function checkFileTarget(path: string): void {
  const full = resolve(path);
  const kind = kindOf(full);
  if (kind === 'dir') throw fail(path, 'is a folder; give a file name (only --format csv writes into a folder)');
  if (kind === 'other') throw fail(path, 'is not a regular file');
  checkFolder(path, dirname(full));
}

export const isZip = (path: string) => /\.zip$/i.test(path);

/**
 * Checks that CSV tables can be written at `path`: a .zip file, an existing
 * writable folder, or a new folder inside an existing one. A new path that
 * looks like a file name ("tables.csv") is refused rather than made a folder.
 */
export function checkFolderTarget(path: string): void {
  if (isZip(path)) return checkFileTarget(path);
  const full = resolve(path);
  const kind = kindOf(full);
  if (kind === 'dir') return checkFolder(path, full);
  if (kind !== 'missing') throw fail(path, 'is a file; --format csv writes several tables: give a folder (tables/) or a .zip file (tables.zip)');
  if (/\.[a-z0-9]{1,5}$/i.test(basename(full))) throw fail(path, 'looks like a file name; --format csv writes several tables: give a folder (tables/) or a .zip file (tables.zip)');
  checkFolder(path, dirname(full));
}

function checkFolder(path: string, folder: string): void {
  const kind = kindOf(folder);
  if (kind === 'missing') throw fail(path, `cannot write: the folder ${folder} does not exist`);
  if (kind !== 'dir') throw fail(path, `cannot write: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw fail(path, `cannot write in ${folder} (permission denied)`, e);
  }
}

/**
 * Writes `content` to `path` through a temporary file in the same folder and
 * a rename, so that a reader (or a crash) never sees half a file in place of
 * the old one: the rename replaces it whole or not at all.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const full = resolve(path);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, full);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* never written, or already renamed */ }
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(path, `cannot write${code ? ` (${code === 'EACCES' ? 'permission denied' : code === 'ENOSPC' ? 'disk full' : code})` : ''}`, e);
  }
}

/** Writes every file into `folder` (made when missing), each atomically; returns the paths written. */
export function writeFolder(folder: string, files: ExportFile[]): string[] {
  checkFolderTarget(folder);
  mkdirSync(resolve(folder), { recursive: true });
  return files.map((f) => {
    const path = join(folder, f.name);
    writeAtomic(path, f.content);
    return path;
  });
}

/** Writes every file into one zip archive at `path`, atomically; returns the path. */
export function writeZip(path: string, files: ExportFile[]): string {
  checkFileTarget(path);
  // A fixed date: the same corpus gives the same archive.
  const entries = Object.fromEntries(files.map((f) => [f.name, [strToU8(f.content), { mtime: new Date('2000-01-01T00:00:00Z') }] as const]));
  writeAtomic(path, zipSync(entries as Parameters<typeof zipSync>[0]));
  return path;
}
