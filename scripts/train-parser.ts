// Trains the tagger, lemmatiser and parser on UD English EWT and writes the
// model the project ships (src/nlp/model/en-ewt.nxm). Reproducible: the same
// treebank and seed give the same file.
//   npm run train:parser [-- --seed 1 --tag-epochs 12 --parse-epochs 15 --folds 5
//     --word-dropout 0.25 --root last --out FILE --jackknife-cache FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/nlp/conllu/read.js';
import { writeModel } from '../src/nlp/model/file.js';
import { DEFAULT_MODEL } from '../src/nlp/model/load.js';
import { trainModel } from '../src/nlp/train/train.js';

const { values } = parseArgs({
  options: {
    treebank: { type: 'string', default: '../shared/resources/ud-english-ewt' },
    seed: { type: 'string', default: '1' },
    'tag-epochs': { type: 'string', default: '12' },
    'parse-epochs': { type: 'string', default: '15' },
    folds: { type: 'string', default: '5' },
    'word-dropout': { type: 'string', default: '0.25' },
    // Where the parser's transition system puts the root: 'last' (after the words) or 'first'.
    root: { type: 'string', default: 'last' },
    out: { type: 'string', default: DEFAULT_MODEL },
    // Keeps the jackknifed tags in a file and reuses them (same tagger settings only).
    'jackknife-cache': { type: 'string' },
  },
});
const dir = values.treebank!;
if (values.root !== 'last' && values.root !== 'first') throw new Error(`--root is 'last' or 'first', not '${values.root}'`);
const rootLast = values.root === 'last';
const read = (f: string) => readConllu(readFileSync(`${dir}/${f}`, 'utf8'), f);
const started = Date.now();
const log = (line: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
const train = read('en_ewt-ud-train.conllu');
const dev = read('en_ewt-ud-dev.conllu');
log(`read ${train.length} training and ${dev.length} dev sentences`);
const cache = values['jackknife-cache'];
const { file } = trainModel({
  train, dev, log,
  ...(cache && existsSync(cache) ? { jackknifed: JSON.parse(readFileSync(cache, 'utf8')) as number[][] } : {}),
  onJackknifed: (tags) => { if (cache) writeFileSync(cache, JSON.stringify(tags)); },
  seed: Number(values.seed), tagEpochs: Number(values['tag-epochs']), parseEpochs: Number(values['parse-epochs']), folds: Number(values.folds),
  wordDropout: Number(values['word-dropout']), rootLast,
  about: {
    treebank: 'UD_English-EWT v2.15 (train; dev for early stopping)',
    licence: 'CC BY-SA 4.0',
    attribution: 'Universal Dependencies English Web Treebank annotations (c) 2013-2021 by The Board of Trustees of The Leland Stanford Junior University',
    seed: Number(values.seed), tagEpochs: Number(values['tag-epochs']), parseEpochs: Number(values['parse-epochs']), folds: Number(values.folds),
    wordDropout: Number(values['word-dropout']), root: values.root,
  },
});
const bytes = writeModel(file);
writeFileSync(values.out!, bytes);
log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
