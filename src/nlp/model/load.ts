import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NexusError } from '../../core/index.js';
import { decodedPath, modelKeyOf, readDecoded } from './decoded.js';
import { readModel } from './file.js';
import { modelFromFile, type NlpModel } from './model.js';

/** The model the project ships, beside this module (copied to dist/ by the build). */
export const DEFAULT_MODEL = fileURLToPath(new URL('./en-ewt.nxm', import.meta.url));

/**
 * Reads a model file; the caller keeps and passes the result (no global
 * cache). Its decoded tables are read instead where `npm run build` left
 * them beside it, made from this same file (see decoded.ts).
 */
export function loadModel(path = DEFAULT_MODEL): NlpModel {
  const decode = () => {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw new NexusError('ModelInvalid', `${path}: cannot read the parser model (${(e as NodeJS.ErrnoException).code ?? 'error'}); run \`npm run train:parser\` to build it`, { subject: path, cause: e });
    }
    return readModel(data, path);
  };
  // A page of the decoded tables that fails its checksum when first read is put right from the model file.
  return modelFromFile(readDecoded(decodedPath(path), modelKeyOf(path), decode) ?? decode());
}
