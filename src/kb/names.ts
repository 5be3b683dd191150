import { nameTokens, isExactCase, tokenKey } from './keys.js';
import type { KbEntry, KbName, KbNameKind } from './types.js';

/** Head words a name may write in lower case ("Pakistan army", "Kunar province"). */
const GENERIC_HEADS = new Set(['army', 'military', 'police', 'navy', 'forces', 'force', 'government', 'ministry', 'party', 'province',
  'state', 'region', 'district', 'valley', 'strip', 'city', 'town', 'township', 'county', 'governorate', 'division', 'area', 'corps',
  'guard', 'command', 'agency', 'council', 'oblast', 'sector', 'department', 'office', 'service', 'services']);

/** One name as the trie takes it: its matching keys, its token texts, and what it names. */
export interface IndexedName {
  keys: string[];
  texts: string[];
  name: KbName;
}

/**
 * The names of one entry, in the order the trie takes them: its name, aliases,
 * metonyms, demonyms. Tokenising every name of the knowledge base is what
 * makes the index slow to build (see name-cache.ts).
 */
export function entryNames(e: KbEntry): IndexedName[] {
  const out: IndexedName[] = [];
  const add = (raw: string, kind?: KbNameKind) => { const n = indexName(e, raw, kind); if (n) out.push(n); };
  add(e.name, 'name');
  for (const a of e.aliases ?? []) add(a);
  for (const m of e.metonyms ?? []) add(m, 'metonym');
  for (const d of e.demonyms ?? []) add(d, 'demonym');
  return out;
}

/** One name; an alias without a kind is an acronym when its case must match ("ISKP", "LeT"). */
function indexName(entry: KbEntry, raw: string, given?: KbNameKind): IndexedName | undefined {
  const rawTokens = nameTokens(raw);
  const kind = given ?? (isExactCase(raw, rawTokens) ? 'acronym' : 'alias');
  // "The Islamic State" matches without its article; a one-word name after
  // "The" ("The Hindu", "The Base") keeps it, so that the bare word does not match.
  let text = raw, tokens = rawTokens;
  if (/^the\s+\S/i.test(raw)) {
    const rest = raw.slice(4).trimStart();
    const restTokens = nameTokens(rest);
    if (restTokens.length > 1) [text, tokens] = [rest, restTokens];
  }
  if (tokens.length === 0) return undefined;
  const upper = tokens.map((t, k) => (k === 0 && t.norm === 'the' ? false : t.upper && !(k > 0 && GENERIC_HEADS.has(t.norm))));
  const name: KbName = { entry: entry.id, kind, text, exactCase: isExactCase(text, tokens), upper };
  return { keys: tokens.map(tokenKey), texts: tokens.map((t) => t.text), name };
}

/** Every name of the entries grouped by its first key, each group in entry order (what the trie asks for). */
export function groupNames(entries: Iterable<KbEntry>): Map<string, IndexedName[]> {
  const out = new Map<string, IndexedName[]>();
  for (const e of entries) {
    for (const n of entryNames(e)) {
      const list = out.get(n.keys[0]);
      if (list) list.push(n);
      else out.set(n.keys[0], [n]);
    }
  }
  return out;
}
