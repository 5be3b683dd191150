import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { NexusError } from '../core/index.js';
import { KnowledgeBase } from './knowledge-base.js';
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
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code ? `cannot be read (${code})` : `is not valid JSON (${(e as Error).message})`;
    throw new NexusError('KbInvalid', why, { subject: path });
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
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const byId = new Map<string, KbEntry>();
  if (options.bundled !== false) {
    const dir = options.dir ?? KB_DIR;
    for (const f of dataFiles(dir)) {
      for (const e of readKbFile(f, dir === KB_DIR)) {
        if (byId.has(e.id)) throw new NexusError('KbInvalid', `entry id "${e.id}" is defined twice`, { subject: relative(process.cwd(), f) });
        byId.set(e.id, e);
      }
    }
  }
  for (const f of options.files ?? []) for (const e of readKbFile(f)) byId.set(e.id, e);
  return new KnowledgeBase(byId.values());
}
