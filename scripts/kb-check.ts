// Validates every kb/**/*.json file against kb/schema.json and checks
// cross-file consistency: unique ids, references that resolve, and aliases
// shared by two entries (printed as warnings: they need context to resolve).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../kb/', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8'));
const ajv = new (Ajv2020 as any)({ allErrors: true });
const validate = ajv.compile(schema);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return f.endsWith('.json') && f !== 'schema.json' ? [p] : [];
  });
}

let errors = 0;
const ids = new Map<string, string>();
const entries: any[] = [];
for (const f of files(root)) {
  const rel = relative(root, f);
  let data: unknown;
  try { data = JSON.parse(readFileSync(f, 'utf8')); } catch (e) { console.log(`${rel}: bad JSON: ${(e as Error).message}`); errors++; continue; }
  if (!validate(data)) {
    for (const err of validate.errors.slice(0, 20)) console.log(`${rel}: ${err.instancePath} ${err.message}`);
    errors++;
    continue;
  }
  for (const e of data as any[]) {
    if (ids.has(e.id)) { console.log(`${rel}: id ${e.id} already defined in ${ids.get(e.id)}`); errors++; }
    ids.set(e.id, rel);
    entries.push({ ...e, file: rel });
  }
}
for (const e of entries) {
  for (const k of ['parent', 'memberOf', 'capital']) {
    if (e[k] && !ids.has(e[k])) { console.log(`${e.file}: ${e.id}.${k} -> unknown id ${e[k]}`); errors++; }
  }
}
const byAlias = new Map<string, string[]>();
for (const e of entries) for (const a of new Set([e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])])) {
  const list = byAlias.get(a) ?? [];
  list.push(e.id);
  byAlias.set(a, list);
}
const shared = [...byAlias].filter(([, l]) => l.length > 1);
if (process.argv.includes('--shared')) for (const [a, l] of shared) console.log(`shared alias "${a}": ${l.join(', ')}`);
const count = (t: string) => entries.filter((e) => e.type === t).length;
console.log(`${entries.length} entries (${['ArmedGroup', 'StateBody', 'Organization', 'Location', 'Person'].map((t) => `${t} ${count(t)}`).join(', ')}); ${shared.length} names shared by several entries; ${errors} errors`);
process.exit(errors ? 1 : 0);
