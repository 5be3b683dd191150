import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { NexusError } from '../core/index.js';
import { KnowledgeBase } from './knowledge-base.js';
import { codeFingerprint, defaultCachePath } from './name-cache.js';
import { nameSource } from './name-index.js';
import type { KbEntry } from './types.js';

/** The bundled data: ../../kb from both src/kb and dist/kb. */
export const KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../kb');

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
let validator: Validator | undefined;

// Ajv loads only when a file is validated (a user's --kb file, the tests): the bundled files are trusted at start-up.
const require = createRequire(import.meta.url);

function validate(): Validator {
  if (!validator) {
    const Ajv2020Module = require('ajv/dist/2020.js');
    const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
    const schema = JSON.parse(readFileSync(join(KB_DIR, 'schema.json'), 'utf8'));
    validator = new (Ajv2020 as unknown as new (o: object) => { compile(s: object): Validator })({ allErrors: false }).compile(schema);
  }
  return validator;
}

function dataFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return dataFiles(p);
    return f.endsWith('.json') && f !== 'schema.json' ? [p] : [];
  });
}

/**
 * Reads and validates one knowledge-base file; errors name the file and the
 * entry. The bundled files are checked by the tests and `npm run kb:check`,
 * so start-up skips their validation (`trusted`): compiling the schema and
 * checking every entry cost a third of a small extract's time.
 */
export function readKbFile(path: string, trusted = false): KbEntry[] {
  return parseKbFile(path, readKbText(path), trusted);
}

function readKbText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NexusError('KbInvalid', code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`, { subject: path });
  }
}

function parseKbFile(path: string, text: string, trusted: boolean): KbEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new NexusError('KbInvalid', `is not valid JSON (${(e as Error).message})`, { subject: path });
  }
  if (trusted) return data as KbEntry[];
  const check = validate();
  if (!check(data)) {
    const err = check.errors?.[0];
    const at = err?.instancePath ? `entry ${err.instancePath.replace(/^\//, '').replace(/\//g, '.')}` : 'the file';
    throw new NexusError('KbInvalid', `${at}: ${err?.message ?? 'does not match the knowledge-base schema'}`, { subject: path });
  }
  return data as KbEntry[];
}

export interface LoadOptions {
  /** Extra files (`--kb FILE`); an entry with a bundled entry's id replaces it. */
  files?: string[];
  /** Leave out the bundled data (tests). */
  bundled?: boolean;
  dir?: string;
  /**
   * The name index file of the bundled entries (see name-cache.ts): by
   * default beside the compiled code for the bundled directory; `false` to
   * tokenise every name in memory.
   */
  cache?: string | false;
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const byId = new Map<string, KbEntry>();
  const dir = options.dir ?? KB_DIR;
  const cache = options.bundled === false ? undefined : options.cache ?? (dir === KB_DIR ? defaultCachePath() : undefined);
  // The key of the name index: the code that tokenises names, then every bundled file's path and content.
  const key = cache ? createHash('sha256').update(codeFingerprint()) : undefined;
  if (options.bundled !== false) {
    for (const f of dataFiles(dir)) {
      const text = readKbText(f);
      key?.update(`\0${relative(dir, f)}\0`).update(text);
      for (const e of parseKbFile(f, text, dir === KB_DIR)) {
        if (byId.has(e.id)) throw new NexusError('KbInvalid', `entry id "${e.id}" is defined twice`, { subject: relative(process.cwd(), f) });
        byId.set(e.id, e);
      }
    }
  }
  const bundled = new Map(byId);
  for (const f of options.files ?? []) for (const e of readKbFile(f)) byId.set(e.id, e);
  const file = cache && key ? { path: cache, key: key.digest('hex'), bundled } : undefined;
  return new KnowledgeBase(byId.values(), (entries) => nameSource(entries, file));
}
