#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm ci` builds it (the
// package's `prepare` script), so a fresh clone has it after one install.
// It runs the one-file bundle of the compiled CLI with V8's code cache where
// the build made them, else the compiled modules (src/cli/launch.ts).
import { cliMain } from '../dist/cli/launch.js';

const main = await cliMain();
main(process.argv).then((code) => { process.exitCode = code; });
