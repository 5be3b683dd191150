// Validates every kb/**/*.json file against kb/schema.json, then checks the
// knowledge base as a whole (src/kb/check.ts): unique ids, a region on every
// entry, references that resolve, no plain-English aliases. Prints the
// entries per region and type; `--shared` also lists names several entries share.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkEntries, countsTable, type KbFile } from '../src/kb/check.js';
import { isCommonWord } from '../src/nlp/lexicon.js';

const root = new URL('../kb/', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8'));
const ajv = new (Ajv2020 as any)({ allErrors: true });
const validate = ajv.compile(schema);

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return f.endsWith('.json') && f !== 'schema.json' ? [p] : [];
  });
}

let schemaErrors = 0;
const valid: KbFile[] = [];
for (const f of files(root)) {
  const rel = relative(root, f);
  let data: unknown;
  try { data = JSON.parse(readFileSync(f, 'utf8')); } catch (e) { console.log(`${rel}: bad JSON: ${(e as Error).message}`); schemaErrors++; continue; }
  if (!validate(data)) {
    for (const err of validate.errors.slice(0, 20)) console.log(`${rel}: ${err.instancePath} ${err.message}${err.params?.allowedValues ? ` (${err.params.allowedValues.join(', ')})` : ''}`);
    schemaErrors++;
    continue;
  }
  valid.push({ file: rel, entries: data as KbFile['entries'] });
}
const report = checkEntries(valid, isCommonWord);
for (const line of report.errors) console.log(line);
if (process.argv.includes('--shared')) for (const [name, ids] of report.shared) console.log(`shared name "${name}": ${ids.join(', ')}`);
console.log(`\n${countsTable(report)}\n`);
const errors = schemaErrors + report.errors.length;
console.log(`${report.total} entries in ${valid.length} files; ${report.shared.length} names shared by several entries; ${errors} errors`);
process.exit(errors ? 1 : 0);
