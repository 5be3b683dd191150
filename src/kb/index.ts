export { KnowledgeBase } from './knowledge-base.js';
export { loadKnowledgeBase, readKbFile, KB_DIR, type LoadOptions } from './load.js';
export { NameTrie, type TrieMatch } from './trie.js';
export { tokenKey, nameTokens, isExactCase, isJoiner } from './keys.js';
export type { KbEntry, KbName, KbNameKind } from './types.js';
export { KB_REGIONS, type KbRegion } from './regions.js';
export { checkEntries, countsTable, type KbCheckReport, type KbFile } from './check.js';
