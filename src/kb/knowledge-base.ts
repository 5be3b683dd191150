import { nameTokens, isExactCase, tokenKey } from './keys.js';
import { NameTrie } from './trie.js';
import type { KbEntry, KbName, KbNameKind } from './types.js';

/** Head words a name may write in lower case ("Pakistan army", "Kunar province"). */
const GENERIC_HEADS = new Set(['army', 'military', 'police', 'navy', 'forces', 'force', 'government', 'ministry', 'party', 'province',
  'state', 'region', 'district', 'valley', 'strip', 'city', 'town', 'township', 'county', 'governorate', 'division', 'area', 'corps',
  'guard', 'command', 'agency', 'council', 'oblast', 'sector', 'department', 'office', 'service', 'services']);

/** The knowledge base in memory: entries by id, and a name trie for matching. */
export class KnowledgeBase {
  readonly entries = new Map<string, KbEntry>();
  readonly trie = new NameTrie();
  private readonly children = new Map<string, KbEntry[]>();
  private byCountry?: Map<string, KbEntry[]>;

  constructor(entries: Iterable<KbEntry>) {
    for (const e of entries) this.entries.set(e.id, e);
    for (const e of this.entries.values()) {
      if (e.parent) {
        const list = this.children.get(e.parent) ?? [];
        list.push(e);
        this.children.set(e.parent, list);
      }
      this.addName(e, e.name, 'name');
      for (const a of e.aliases ?? []) this.addName(e, a);
      for (const m of e.metonyms ?? []) this.addName(e, m, 'metonym');
      for (const d of e.demonyms ?? []) this.addName(e, d, 'demonym');
    }
  }

  /** Adds one name; an alias without a kind is an acronym when its case must match ("ISKP", "LeT"). Each name is tokenised once (start-up time). */
  private addName(entry: KbEntry, raw: string, given?: KbNameKind): void {
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
    if (tokens.length === 0) return;
    const upper = tokens.map((t, k) => (k === 0 && t.norm === 'the' ? false : t.upper && !(k > 0 && GENERIC_HEADS.has(t.norm))));
    const name: KbName = { entry: entry.id, kind, text, exactCase: isExactCase(text, tokens), upper };
    this.trie.add(tokens.map(tokenKey), tokens.map((t) => t.text), name);
  }

  get(id: string): KbEntry | undefined {
    return this.entries.get(id);
  }

  /** Entries whose parent is `id` (a country's bodies, a group's branches). */
  childrenOf(id: string): KbEntry[] {
    return this.children.get(id) ?? [];
  }

  /** Every entry of a country (its bodies at any depth, its places, its people), by country id. */
  entriesOf(countryId: string): KbEntry[] {
    if (!this.byCountry) {
      this.byCountry = new Map();
      for (const e of this.entries.values()) {
        const c = e.kind === 'country' ? undefined : this.countryOf(e);
        if (!c) continue;
        const list = this.byCountry.get(c.id) ?? [];
        list.push(e);
        this.byCountry.set(c.id, list);
      }
    }
    return this.byCountry.get(countryId) ?? [];
  }

  /** The country's first body of a kind ("army", "intelligence"), at any depth. */
  bodyOf(countryId: string, kind: string): KbEntry | undefined {
    if (kind === 'country') return this.entries.get(countryId);
    const direct = this.childrenOf(countryId).filter((e) => e.kind === kind && e.type === 'StateBody');
    const all = direct.length ? direct : this.entriesOf(countryId).filter((e) => e.kind === kind && e.type === 'StateBody');
    // Of several police forces, the one called police ("Punjab Police" before "Federal Investigation Agency").
    const word = kind.replace(/-/g, ' ').replace('armed forces', 'forces');
    return all.find((e) => e.name.toLowerCase().includes(word)) ?? all[0];
  }

  /** The country entry an entry belongs to, following parents. */
  countryOf(entry: KbEntry): KbEntry | undefined {
    if (entry.kind === 'country') return entry;
    if (entry.country) return this.entries.get(entry.country.toLowerCase());
    const parent = entry.parent ? this.entries.get(entry.parent) : undefined;
    return parent ? this.countryOf(parent) : undefined;
  }

  get size(): number {
    return this.entries.size;
  }
}
