// Writes the parser model's decoded tables beside the compiled model
// (dist/nlp/model/en-ewt.nxm.decoded), so that a run reads them in one go
// instead of decoding the model file; run by `npm run build` after the
// assets are copied. A missing or stale file only costs the decoding
// (src/nlp/model/decoded.ts).
import { readFileSync, statSync } from 'node:fs';
import { decodedPath, modelKey, writeDecoded } from '../dist/nlp/model/decoded.js';
import { readModel } from '../dist/nlp/model/file.js';
import { DEFAULT_MODEL } from '../dist/nlp/model/load.js';

const data = readFileSync(DEFAULT_MODEL);
const key = modelKey(data, data.length);
if (!key) {
  console.error(`model-decoded: ${DEFAULT_MODEL} is not in the current format; each run will decode it`);
  process.exit(0);
}
const path = decodedPath(DEFAULT_MODEL);
writeDecoded(readModel(data, DEFAULT_MODEL), key, path);
console.log(`model-decoded: ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB in ${path}`);
