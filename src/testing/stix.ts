/**
 * The official STIX 2.1 JSON schemas (../shared/stix2-json-schemas), loaded
 * into Ajv for draft 2020-12, for tests that validate exported bundles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

export const STIX_SCHEMAS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/stix2-json-schemas/schemas');
export const STIX_MISSING = `the STIX 2.1 schemas are not at ${STIX_SCHEMAS} (../shared is absent): STIX schema validation skipped`;
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

export interface StixValidator {
  /** Errors of the bundle and of each object against its own type's schema, one readable line each; none when valid. */
  check(bundle: unknown): string[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : []; });
}

/** Undefined when the schemas are not there. */
export function stixValidator(): StixValidator | undefined {
  if (!existsSync(STIX_SCHEMAS)) return undefined;
  // unicodeRegExp false: a few official patterns escape "-" in a way the u flag rejects (see the schemas' README).
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  for (const f of files(STIX_SCHEMAS)) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')));
  const bundle = ajv.getSchema(`${BASE}common/bundle.json`)!;
  const byType = new Map<string, ValidateFunction>();
  for (const dir of ['sdos', 'sros']) {
    for (const f of readdirSync(join(STIX_SCHEMAS, dir))) byType.set(f.replace(/\.json$/, ''), ajv.getSchema(`${BASE}${dir}/${f}`)!);
  }
  // The types bundle.json lists by name. It cannot take the SDOs it leaves out (location, note, incident,
  // grouping, opinion): they fall to its custom-object branch, which wants them to match exactly one of
  // core.json and cyber-observable-core.json, and every SDO matches both. So those are checked against
  // their own official schema only, and the bundle against bundle.json with the types it lists.
  const listed = new Set([...readFileSync(join(STIX_SCHEMAS, 'common/bundle.json'), 'utf8').matchAll(/"\.\.\/(?:sdos|sros|observables|common)\/([a-z0-9-]+)\.json"/g)].map((m) => m[1]));
  const lines = (v: ValidateFunction, what: string) => (v.errors ?? []).slice(0, 10).map((e) => `${what}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  return {
    check(value) {
      const all = (value as { objects?: Array<{ type: string; id: string }> }).objects ?? [];
      const envelope = { ...(value as object), objects: all.filter((o) => listed.has(o.type)) };
      const errors = bundle(envelope) ? [] : lines(bundle, 'bundle');
      for (const o of all) {
        const v = byType.get(o.type);
        const id = o.id;
        if (!v) errors.push(`${id}: no schema for type ${o.type}`);
        else if (!v(o)) errors.push(...lines(v, id));
      }
      return errors;
    },
  };
}
