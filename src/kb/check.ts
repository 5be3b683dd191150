import { KB_REGIONS, type KbRegion } from './regions.js';
import type { KbEntry } from './types.js';

/** One knowledge-base file, already valid against kb/schema.json. */
export interface KbFile {
  /** Path relative to the knowledge-base folder ("armed-groups/sahel.json"). */
  file: string;
  entries: KbEntry[];
}

export interface KbCheckReport {
  /** One line per problem, naming the file and the entry. */
  errors: string[];
  /** Names (name, alias or metonym) written on several entries, with their ids. */
  shared: Array<[name: string, ids: string[]]>;
  /** Entries per region and type. */
  counts: Map<KbRegion | 'none', Map<KbEntry['type'], number>>;
  total: number;
}

const TYPES: Array<KbEntry['type']> = ['ArmedGroup', 'StateBody', 'Organization', 'Location', 'Person'];
const REGIONS = new Set<string>(KB_REGIONS);

/**
 * Checks what a schema cannot see across files: unique ids, a region on every
 * entry (and the one its file is named after), references that resolve to an
 * entry of a fitting type, parent chains without cycles, and aliases that are
 * ordinary lower-case English (they would match plain prose).
 */
export function checkEntries(files: KbFile[], isCommonWord: (word: string) => boolean): KbCheckReport {
  const errors: string[] = [];
  const byId = new Map<string, { entry: KbEntry; file: string }>();
  for (const { file, entries } of files) {
    for (const entry of entries) {
      const seen = byId.get(entry.id);
      if (seen) errors.push(`${file}: id ${entry.id} already defined in ${seen.file}`);
      else byId.set(entry.id, { entry, file });
    }
  }
  for (const { file, entries } of files) {
    const fileRegion = /(?:^|\/)([a-z-]+)\.json$/.exec(file)?.[1];
    for (const e of entries) {
      const at = `${file}: ${e.id}`;
      if (!e.region) errors.push(`${at} has no region`);
      else if (fileRegion && REGIONS.has(fileRegion) && e.region !== fileRegion) errors.push(`${at} has region ${e.region} but sits in the file of ${fileRegion}`);
      errors.push(...referenceErrors(at, e, byId));
      for (const a of [...(e.aliases ?? []), ...(e.metonyms ?? [])]) {
        if (isPlainEnglish(a, isCommonWord)) errors.push(`${at}: alias "${a}" is ordinary lower-case English`);
      }
    }
  }
  return { errors, shared: sharedNames(files), counts: countByRegion(files), total: byId.size };
}

type Index = Map<string, { entry: KbEntry }>;

function referenceErrors(at: string, e: KbEntry, byId: Index): string[] {
  const out: string[] = [];
  const ref = (key: 'parent' | 'memberOf' | 'capital', ok: (t: KbEntry) => boolean, want: string) => {
    const id = e[key];
    if (!id) return;
    const target = byId.get(id)?.entry;
    if (!target) out.push(`${at}.${key} -> unknown id ${id}`);
    else if (!ok(target)) out.push(`${at}.${key} -> ${id} is a ${target.type}${target.kind ? ` (${target.kind})` : ''}, not ${want}`);
  };
  // A branch, wing or front is of its group's type; a place may hang from its country.
  ref('parent', (t) => t.type === e.type || (e.type === 'Location' && t.kind === 'country'), e.type === 'Location' ? 'a place or a country' : `a ${e.type}`);
  ref('memberOf', (t) => t.type !== 'Location' && t.type !== 'Person', 'a group, a state body or an organisation');
  ref('capital', (t) => t.type === 'Location', 'a place');
  if (e.parent === e.id) out.push(`${at}.parent is itself`);
  else if (e.parent) {
    const seen = new Set([e.id]);
    for (let p = byId.get(e.parent)?.entry; p?.parent; p = byId.get(p.parent)?.entry) {
      if (seen.has(p.id)) { out.push(`${at}: parent chain loops through ${p.id}`); break; }
      seen.add(p.id);
    }
  }
  return out;
}

/** "the group", "militants": a lower-case alias made only of common words. */
function isPlainEnglish(alias: string, isCommonWord: (word: string) => boolean): boolean {
  if (alias !== alias.toLowerCase()) return false;
  const words = alias.split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[a-z']+$/.test(w) && isCommonWord(w));
}

function sharedNames(files: KbFile[]): Array<[string, string[]]> {
  const byName = new Map<string, string[]>();
  for (const { entries } of files) {
    for (const e of entries) {
      for (const n of new Set([e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])])) {
        const list = byName.get(n) ?? [];
        list.push(e.id);
        byName.set(n, list);
      }
    }
  }
  return [...byName].filter(([, ids]) => ids.length > 1);
}

function countByRegion(files: KbFile[]): KbCheckReport['counts'] {
  const counts: KbCheckReport['counts'] = new Map();
  for (const r of [...KB_REGIONS, 'none' as const]) counts.set(r, new Map(TYPES.map((t) => [t, 0])));
  for (const { entries } of files) {
    for (const e of entries) {
      const row = counts.get(e.region && REGIONS.has(e.region) ? e.region : 'none')!;
      row.set(e.type, (row.get(e.type) ?? 0) + 1);
    }
  }
  return counts;
}

/** The counts as a Markdown table, one row per region (regions without entries left out) and a total. */
export function countsTable(report: KbCheckReport): string {
  const lines = [`| region | ${TYPES.join(' | ')} | total |`, `|---|${TYPES.map(() => '---:|').join('')}---:|`];
  const totals = new Map(TYPES.map((t) => [t, 0]));
  for (const [region, row] of report.counts) {
    const sum = [...row.values()].reduce((a, b) => a + b, 0);
    if (sum === 0) continue;
    for (const t of TYPES) totals.set(t, totals.get(t)! + row.get(t)!);
    lines.push(`| ${region} | ${TYPES.map((t) => row.get(t)).join(' | ')} | ${sum} |`);
  }
  lines.push(`| **all** | ${TYPES.map((t) => totals.get(t)).join(' | ')} | ${report.total} |`);
  return lines.join('\n');
}
