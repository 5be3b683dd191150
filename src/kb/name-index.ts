import { readNameIndex, writeNameIndex } from './name-cache.js';
import { groupNames, type IndexedName } from './names.js';
import type { NameSource } from './trie.js';
import type { KbEntry } from './types.js';

export interface IndexFile {
  path: string;
  /** Hash of the bundled files and of the code that tokenises names. */
  key: string;
  /** The bundled entries, by id, as read from the bundled files. */
  bundled: Map<string, KbEntry>;
}

/**
 * The names of a knowledge base's entries for its trie: without an index file,
 * every name tokenised here; with one, the bundled entries' names from the file
 * (written first if it is missing, stale or damaged), and those of the entries
 * a `--kb` file adds or replaces tokenised and put in their place.
 */
export function nameSource(entries: Map<string, KbEntry>, file?: IndexFile): NameSource {
  if (!file) return groupNames(entries.values());
  const build = () => {
    const groups = groupNames(file.bundled.values());
    writeNameIndex(file.path, file.key, groups);
    return groups;
  };
  const bundled = readNameIndex(file.path, file.key, build) ?? build();
  const own = [...entries.values()].filter((e) => file.bundled.get(e.id) !== e);
  return own.length ? withEntries(bundled, groupNames(own), entries, file.bundled) : bundled;
}

/** Bundled names without those of replaced entries, with the user's entries' names, in entry order (the trie's order decides ties). */
function withEntries(base: NameSource, extra: Map<string, IndexedName[]>, entries: Map<string, KbEntry>, bundled: Map<string, KbEntry>): NameSource {
  let position: Map<string, number> | undefined;
  return {
    get(first) {
      const kept = (base.get(first) ?? []).filter((n) => entries.get(n.name.entry) === bundled.get(n.name.entry));
      const more = extra.get(first);
      if (!more) return kept;
      position ??= new Map([...entries.keys()].map((id, i) => [id, i]));
      return [...kept, ...more].sort((a, b) => position!.get(a.name.entry)! - position!.get(b.name.entry)!);
    },
  };
}
