import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../conllu/read.js';
import { readModel, writeModel } from '../model/file.js';
import { modelFromFile } from '../model/model.js';
import { annotateConllu } from './annotate.js';
import { trainModel } from './train.js';

// Sentences of our own, in the treebank's columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC).
const rows = [
  'Rebels|rebel|NOUN|NNS|2|nsubj attacked|attack|VERB|VBD|0|root the|the|DET|DT|4|det town|town|NOUN|NN|2|obj .|.|PUNCT|.|2|punct',
  'The|the|DET|DT|2|det army|army|NOUN|NN|3|nsubj arrested|arrest|VERB|VBD|0|root two|two|NUM|CD|5|nummod men|man|NOUN|NNS|3|obj .|.|PUNCT|.|3|punct',
  'Police|police|NOUN|NNS|2|nsubj said|say|VERB|VBD|0|root militants|militant|NOUN|NNS|4|nsubj fled|flee|VERB|VBD|2|ccomp .|.|PUNCT|.|2|punct',
  'The|the|DET|DT|2|det group|group|NOUN|NN|4|nsubj:pass was|be|AUX|VBD|4|aux:pass banned|ban|VERB|VBN|0|root in|in|ADP|IN|6|case 2019|2019|NUM|CD|4|obl .|.|PUNCT|.|4|punct',
  'Troops|troop|NOUN|NNS|2|nsubj seized|seize|VERB|VBD|0|root weapons|weapon|NOUN|NNS|2|obj and|and|CCONJ|CC|5|cc ammunition|ammunition|NOUN|NN|3|conj .|.|PUNCT|.|2|punct',
  'Its|its|PRON|PRP$|2|nmod:poss leader|leader|NOUN|NN|3|nsubj denied|deny|VERB|VBD|0|root the|the|DET|DT|5|det claim|claim|NOUN|NN|3|obj .|.|PUNCT|.|3|punct',
];
const conllu = rows.map((r) => r.split(' ').map((w, i) => {
  const [form, lemma, upos, xpos, head, deprel] = w.split('|');
  return [i + 1, form, lemma, upos, xpos, '_', head, deprel, '_', '_'].join('\t');
}).join('\n') + '\n').join('\n');

test('training is reproducible and writes a model file that parses as the model it trained', () => {
  const sentences = readConllu(conllu, 'own.conllu');
  const run = () => trainModel({ train: sentences, dev: sentences, seed: 3, tagEpochs: 2, parseEpochs: 2, folds: 2, log: () => {}, about: { licence: 'CC BY-SA 4.0' }, hotSize: 16 });
  const a = run(), b = run();
  const bytes = writeModel(a.file);
  assert.ok(bytes.equals(writeModel(b.file)), 'the same seed gives the same file');
  const loaded = modelFromFile(readModel(bytes, 'trained.nxm'));
  assert.deepEqual(annotateConllu(sentences, loaded), annotateConllu(sentences, a.model));
  assert.equal(loaded.about.licence, 'CC BY-SA 4.0');
});

test('word dropout and the root last are trained reproducibly, and the model file says where the root stands', () => {
  const sentences = readConllu(conllu, 'own.conllu');
  const run = (wordDropout: number) => trainModel({ train: sentences, dev: sentences, seed: 3, tagEpochs: 2, parseEpochs: 3, folds: 2, log: () => {}, about: {}, hotSize: 16, wordDropout, rootLast: true });
  const a = run(0.25), b = run(0.25), plain = run(0);
  const bytes = writeModel(a.file);
  assert.ok(bytes.equals(writeModel(b.file)), 'the same seed and settings give the same file');
  assert.ok(!bytes.equals(writeModel(plain.file)), 'word dropout changes what is learnt');
  const loaded = modelFromFile(readModel(bytes, 'trained.nxm'));
  assert.equal(loaded.parser.model.rootLast, true, 'the parser reads where the root stands');
  assert.deepEqual(annotateConllu(sentences, loaded), annotateConllu(sentences, a.model));
});

test('a run that reuses the jackknifed tags of another writes the same file', () => {
  const sentences = readConllu(conllu, 'own.conllu');
  let jackknifed: number[][] | undefined;
  const opts = { train: sentences, dev: sentences, seed: 5, tagEpochs: 2, parseEpochs: 2, folds: 2, log: () => {}, about: {}, hotSize: 16, wordDropout: 0.25, rootLast: true };
  const full = trainModel({ ...opts, onJackknifed: (tags) => { jackknifed = tags; } });
  assert.ok(jackknifed);
  const reused = trainModel({ ...opts, jackknifed });
  assert.ok(writeModel(full.file).equals(writeModel(reused.file)));
});
