#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm ci` builds it (the
// package's `prepare` script), so a fresh clone has it after one install.
// It runs the bundle of the compiled CLI (dist/bundle, scripts/bundle.mjs:
// a few files load faster than some 250 modules), or the compiled modules
// themselves where the bundle is missing or older than they are (a `tsc`
// without the rest of `npm run build`).
import { statSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

function bundleIsCurrent() {
  try {
    return statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

const { main } = await import(bundleIsCurrent() ? bundle.href : compiled.href);
main(process.argv).then((code) => { process.exitCode = code; });
