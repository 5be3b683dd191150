import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Whether this process may write the store file and its folder (SQLite writes its -wal and -shm files beside it). */
export function canWrite(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a store this process may only read. SQLite reads a WAL-mode file
 * read-only only when its -shm and -wal files exist or can be made; when
 * they cannot (a read-only folder), the file is read into memory as a
 * snapshot instead, its header set back to rollback mode so that SQLite
 * reads it without a WAL. Either way no write can happen.
 */
export function openReadOnly(path: string): Database.Database {
  try {
    const raw = new Database(path, { readonly: true, fileMustExist: true });
    raw.prepare('select count(*) from sqlite_master').get();
    return raw;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw e;
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 of the header: file format write and read versions, 2 for WAL, 1 for legacy.
  if (bytes.length > 19) { bytes[18] = 1; bytes[19] = 1; }
  return new Database(bytes, { readonly: true });
}
