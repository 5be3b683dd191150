import { groupNames } from './names.js';
import { NameTrie, type NameSource } from './trie.js';
import type { KbEntry } from './types.js';

/**
 * The knowledge base in memory: entries by id, and a name trie for matching.
 * The trie is made on first use (queries and exports that only look entries
 * up never pay for it), from `names`: the loader's reads the bundled names
 * from the on-disk index where it can (name-index.ts); by default every name
 * is tokenised.
 */
export class KnowledgeBase {
  readonly entries = new Map<string, KbEntry>();
  private readonly children = new Map<string, KbEntry[]>();
  private byCountry?: Map<string, KbEntry[]>;
  private nameTrie?: NameTrie;
  private readonly names: (entries: Map<string, KbEntry>) => NameSource;

  constructor(entries: Iterable<KbEntry>, names?: (entries: Map<string, KbEntry>) => NameSource) {
    this.names = names ?? ((all) => groupNames(all.values()));
    for (const e of entries) this.entries.set(e.id, e);
    for (const e of this.entries.values()) {
      if (e.parent) {
        const list = this.children.get(e.parent) ?? [];
        list.push(e);
        this.children.set(e.parent, list);
      }
    }
  }

  /** A token trie of every name of every entry (made on first use). */
  get trie(): NameTrie {
    return (this.nameTrie ??= new NameTrie(this.names(this.entries)));
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
