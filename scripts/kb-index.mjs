// Writes the knowledge base's name index beside the compiled code
// (dist/kb/name-index.cache), so that the first extract after a build does
// not tokenise every name; run by `npm run build` after tsc. A stale or
// missing index is also rebuilt by any run that needs it (src/kb/name-cache.ts).
import { existsSync, statSync } from 'node:fs';
import { loadKnowledgeBase } from '../dist/kb/index.js';
import { defaultCachePath } from '../dist/kb/name-cache.js';

const kb = loadKnowledgeBase();
void kb.trie;
const path = defaultCachePath();
if (!path || !existsSync(path)) {
  console.error(`kb-index: could not write the name index (${path ?? 'no path'}); each run will tokenise the names instead`);
  process.exit(1);
}
console.log(`kb-index: ${kb.size} entries, ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB in ${path}`);
