// Scores the shipped model on UD English EWT test: UPOS, XPOS, lemma, UAS and
// LAS with gold tokens, tokenisation F1 on the raw sentence text, and speed.
//   npm run eval:parser [-- --model FILE --set en_ewt-ud-test.conllu]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/nlp/conllu/read.js';
import { loadModel, DEFAULT_MODEL } from '../src/nlp/model/load.js';
import { annotateConllu } from '../src/nlp/train/annotate.js';
import { scoreParses } from '../src/nlp/train/score.js';
import { tokenizationScores } from '../src/nlp/train/tokens.js';

const { values } = parseArgs({
  options: {
    treebank: { type: 'string', default: '../shared/resources/ud-english-ewt' },
    set: { type: 'string', default: 'en_ewt-ud-test.conllu' },
    model: { type: 'string', default: DEFAULT_MODEL },
  },
});
const path = `${values.treebank}/${values.set}`;
const gold = readConllu(readFileSync(path, 'utf8'), path);
let t0 = performance.now();
const model = loadModel(values.model);
const loadMs = performance.now() - t0;
annotateConllu(gold.slice(0, 200), model); // warm the JIT
t0 = performance.now();
const pred = annotateConllu(gold, model);
const ms = performance.now() - t0;
const s = scoreParses(gold, pred);
const t = tokenizationScores(gold);
const f = (x: number) => x.toFixed(2);
console.log(`${values.set}: ${s.words} words, gold tokens`);
console.log(`upos ${f(s.upos)}  xpos ${f(s.xpos)}  lemma ${f(s.lemma)}  uas ${f(s.uas)}  las ${f(s.las)}`);
console.log(`tokenisation on the raw text: precision ${f(t.precision)}  recall ${f(t.recall)}  F1 ${f(t.f1)}`);
console.log(`tag+parse: ${Math.round(s.words / ms * 1000)} words/s on one core; model loaded in ${loadMs.toFixed(0)} ms`);
