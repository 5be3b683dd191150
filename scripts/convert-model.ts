// Rewrites a model file in the current format (see src/nlp/model/file.ts)
// without retraining: the same weights, checked key by key after reading
// the new file back, so the tagger and parser give exactly the same output.
//   npm run model:convert [-- --in OLD --out NEW]   (default: the shipped model, in place)
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelDifference } from '../src/nlp/model/compare.js';
import { readModel, writeModel } from '../src/nlp/model/file.js';
import { DEFAULT_MODEL } from '../src/nlp/model/load.js';

const { values } = parseArgs({ options: { in: { type: 'string', default: DEFAULT_MODEL }, out: { type: 'string' } } });
const from = values.in!, to = values.out ?? from;
const before = readFileSync(from);
const old = readModel(before, from);
const bytes = writeModel(old);
const diff = modelDifference(old, readModel(bytes, `${to} (new)`));
if (diff) {
  console.error(`convert-model: the new file would not give the same weights (${diff}); nothing written`);
  process.exit(1);
}
// Write beside, then rename: an interrupted run leaves the old file whole.
writeFileSync(`${to}.tmp`, bytes);
renameSync(`${to}.tmp`, to);
console.log(`${from} (${(before.length / 1e6).toFixed(1)} MB) -> ${to} (${(bytes.length / 1e6).toFixed(1)} MB): same weights, every key checked`);
