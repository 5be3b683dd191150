// Copies the data files the compiled code reads at run time (language data
// and the parser model) from src/ to dist/, keeping their paths.
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ASSET = /\.(json|nxm)$/;
function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : ASSET.test(f) ? [p] : [];
  });
}
for (const from of walk('src')) {
  const to = join('dist', from.slice('src/'.length));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}
