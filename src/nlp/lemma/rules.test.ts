import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Lemmatizer } from './lemmatizer.js';

// The rules alone (an empty exception table), as for words the treebank never showed.
const rules = new Lemmatizer(new Map());
const lemma = (form: string, upos: string, xpos: string) => rules.lemma(form, upos, xpos);

test('irregular verbs and nouns come from the exception lists', () => {
  assert.equal(lemma('fought', 'VERB', 'VBD'), 'fight');
  assert.equal(lemma('was', 'AUX', 'VBD'), 'be');
  assert.equal(lemma('seized', 'VERB', 'VBD'), 'seize');
  assert.equal(lemma('withdrew', 'VERB', 'VBD'), 'withdraw');
  assert.equal(lemma('overthrown', 'VERB', 'VBN'), 'overthrow');
  assert.equal(lemma('children', 'NOUN', 'NNS'), 'child');
  assert.equal(lemma('crises', 'NOUN', 'NNS'), 'crisis');
  assert.equal(lemma('women', 'NOUN', 'NNS'), 'woman');
});

test('a prefix that keeps an irregular inflection keeps the lemma irregular', () => {
  assert.equal(lemma('retook', 'VERB', 'VBD'), 'retake');
  assert.equal(lemma('outfought', 'VERB', 'VBD'), 'outfight');
  assert.equal(lemma('rewritten', 'VERB', 'VBN'), 'rewrite');
  // A regular verb that merely starts like a prefix is left to the rules.
  assert.equal(lemma('recruited', 'VERB', 'VBD'), 'recruit');
  assert.equal(lemma('overseen', 'VERB', 'VBN'), 'oversee');
});

test('regular endings choose the stem that is an English word', () => {
  assert.equal(lemma('stopped', 'VERB', 'VBD'), 'stop');
  assert.equal(lemma('carried', 'VERB', 'VBD'), 'carry');
  assert.equal(lemma('released', 'VERB', 'VBN'), 'release');
  assert.equal(lemma('attacking', 'VERB', 'VBG'), 'attack');
  assert.equal(lemma('raises', 'VERB', 'VBZ'), 'raise');
  assert.equal(lemma('pushes', 'VERB', 'VBZ'), 'push');
  assert.equal(lemma('seizes', 'VERB', 'VBZ'), 'seize');
  assert.equal(lemma('buzzes', 'VERB', 'VBZ'), 'buzz');
  assert.equal(lemma('militias', 'NOUN', 'NNS'), 'militia');
  assert.equal(lemma('forces', 'NOUN', 'NNS'), 'force');
  assert.equal(lemma('ambushes', 'NOUN', 'NNS'), 'ambush');
  assert.equal(lemma('bigger', 'ADJ', 'JJR'), 'big');
});

test('a stem no English word ends in takes back its final e, even for words the word list lacks', () => {
  assert.equal(lemma('neutralized', 'VERB', 'VBD'), 'neutralize');
  assert.equal(lemma('radicalising', 'VERB', 'VBG'), 'radicalise');
  assert.equal(lemma('reactivated', 'VERB', 'VBN'), 'reactivate');
  // A stem that is a word as it stands keeps no e.
  assert.equal(lemma('attacked', 'VERB', 'VBD'), 'attack');
});

test('proper nouns keep their case; capitalised names keep it too', () => {
  assert.equal(lemma('Taliban', 'PROPN', 'NNP'), 'Taliban');
  assert.equal(lemma('Americans', 'PROPN', 'NNPS'), 'American');
  assert.equal(lemma('Iraqi', 'ADJ', 'JJ'), 'Iraqi');
  assert.equal(lemma('The', 'DET', 'DT'), 'the');
});

test('a form met again with another tag gets the lemma of that tag, not the one kept from before', () => {
  const l = new Lemmatizer(new Map([['saw\tNN', 'saw']]));
  assert.equal(l.lemma('saw', 'VERB', 'VBD'), 'see');
  assert.equal(l.lemma('saw', 'NOUN', 'NN'), 'saw');
  assert.equal(l.lemma('saw', 'VERB', 'VBD'), 'see');
  assert.equal(l.lemma('saws', 'NOUN', 'NNS'), 'saw');
  assert.equal(l.lemma('saws', 'VERB', 'VBZ'), 'saw');
});
