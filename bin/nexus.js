#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm ci` builds it (the
// package's `prepare` script), so a fresh clone has it after one install.
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => { process.exitCode = code; });
