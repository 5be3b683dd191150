import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairAppositions, repairCommaConjuncts, repairConjuncts, repairDoubleSubjects, repairPossessors, repairRootedSubjects } from './repair.js';

// "Chad 's Interior Ministry announced measures": words 0..5.
const upos = ['PROPN', 'PART', 'PROPN', 'PROPN', 'VERB', 'NOUN'];
const xpos = ['NNP', 'POS', 'NNP', 'NNP', 'VBD', 'NNS'];

test('a possessor hung on the verb beside its noun phrase moves onto the phrase head', () => {
  const head = Int32Array.from([4, 0, 3, 4, -1, 4]);
  const deprel = ['nsubj', 'case', 'compound', 'nsubj', 'root', 'obj'];
  repairPossessors(upos, xpos, head, deprel);
  assert.deepEqual([...head], [3, 0, 3, 4, -1, 4]);
  assert.equal(deprel[0], 'nmod:poss');
  assert.equal(deprel[3], 'nsubj');
});

test('a possessor already on its noun, or one with no noun after it, stays', () => {
  const head = Int32Array.from([3, 0, 3, 4, -1, 4]);
  const deprel = ['nmod:poss', 'case', 'compound', 'nsubj', 'root', 'obj'];
  repairPossessors(upos, xpos, head, deprel);
  assert.deepEqual([...head], [3, 0, 3, 4, -1, 4]);
  // "The book is John 's ." : nothing nominal follows the 's.
  const u2 = ['DET', 'NOUN', 'AUX', 'PROPN', 'PART', 'PUNCT'];
  const x2 = ['DT', 'NN', 'VBZ', 'NNP', 'POS', '.'];
  const h2 = Int32Array.from([1, 3, 3, -1, 3, 3]);
  const d2 = ['det', 'nsubj', 'cop', 'root', 'case', 'punct'];
  repairPossessors(u2, x2, h2, d2);
  assert.deepEqual([...h2], [1, 3, 3, -1, 3, 3]);
});

test('the preposition of a re-hung possessor goes with it to the phrase head', () => {
  // "sent aid to Chad 's army": words 0..5.
  const u = ['VERB', 'NOUN', 'ADP', 'PROPN', 'PART', 'NOUN'];
  const x = ['VBD', 'NN', 'IN', 'NNP', 'POS', 'NN'];
  const head = Int32Array.from([-1, 0, 3, 0, 3, 0]);
  const deprel = ['root', 'obj', 'case', 'obl', 'case', 'obl'];
  repairPossessors(u, x, head, deprel);
  assert.deepEqual([...head], [-1, 0, 5, 5, 3, 0]);
  assert.equal(deprel[3], 'nmod:poss');
});

test('a bare noun phrase between commas after an argument, hung on the verb, is that argument\'s apposition', () => {
  // "accused the ISI , Chad 's agency , of lying": words 0..9.
  const u = ['VERB', 'DET', 'PROPN', 'PUNCT', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'SCONJ', 'VERB'];
  const x = ['VBD', 'DT', 'NNP', ',', 'NNP', 'POS', 'NN', ',', 'IN', 'VBG'];
  const head = Int32Array.from([-1, 2, 0, 6, 6, 4, 0, 9, 9, 0]);
  const deprel = ['root', 'det', 'obj', 'punct', 'nmod:poss', 'case', 'obl', 'punct', 'mark', 'advcl'];
  repairAppositions(u, x, head, deprel);
  assert.equal(head[6], 2);
  assert.equal(deprel[6], 'appos');
  // With a preposition it is an oblique of the verb: "met the envoy, in Kabul's palace".
  const h2 = Int32Array.from([-1, 2, 0, 6, 6, 4, 0, 9, 9, 0]);
  const d2 = ['root', 'det', 'obj', 'punct', 'case', 'case', 'obl', 'punct', 'mark', 'advcl'];
  const u2 = [...u]; u2[4] = 'ADP';
  repairAppositions(u2, x, h2, d2);
  assert.equal(h2[6], 0);
});

test('a bare noun coordinated with a verb after its object is a second object', () => {
  // "accused the army and the Wagner Group": words 0..6.
  const u = ['VERB', 'DET', 'NOUN', 'CCONJ', 'DET', 'PROPN', 'PROPN'];
  const head = Int32Array.from([-1, 2, 0, 6, 6, 6, 0]);
  const deprel = ['root', 'det', 'obj', 'cc', 'det', 'compound', 'conj'];
  repairConjuncts(u, head, deprel);
  assert.equal(head[6], 2);
  // A nominal conjunct with its own subject is a clause ("... and Mali the culprit"): it stays on the verb.
  const u2 = ['VERB', 'DET', 'NOUN', 'CCONJ', 'PROPN', 'DET', 'NOUN'];
  const h2 = Int32Array.from([-1, 2, 0, 6, 6, 6, 0]);
  const d2 = ['root', 'det', 'obj', 'cc', 'nsubj', 'det', 'conj'];
  repairConjuncts(u2, h2, d2);
  assert.equal(h2[6], 0);
});

test('a name right after a common noun argument, hung beside it on the verb, is that noun\'s apposition', () => {
  // "seized the capital Sanaa in 2014": words 0..5.
  const u = ['VERB', 'DET', 'NOUN', 'PROPN', 'ADP', 'NUM'];
  const x = ['VBD', 'DT', 'NN', 'NNP', 'IN', 'CD'];
  const head = Int32Array.from([-1, 2, 0, 0, 5, 0]);
  const deprel = ['root', 'det', 'obj', 'obl:unmarked', 'case', 'obl'];
  repairAppositions(u, x, head, deprel);
  assert.equal(head[3], 2);
  assert.equal(deprel[3], 'appos');
  // "gave the army Monday off": a bare noun that is no name stays.
  const u2 = ['VERB', 'DET', 'NOUN', 'NOUN', 'ADP'];
  const h2 = Int32Array.from([-1, 2, 0, 0, 0]);
  const d2 = ['root', 'det', 'obj', 'obl:unmarked', 'compound:prt'];
  repairAppositions(u2, ['VBD', 'DT', 'NN', 'NN', 'RP'], h2, d2);
  assert.equal(h2[3], 0);
});

test('a noun phrase made the root with a subjectless finite verb hung on it becomes that verb\'s subject', () => {
  // "Egypt 's Ministry said it arrested men ." : words 0..8.
  const u = ['PROPN', 'PART', 'PROPN', 'VERB', 'PRON', 'VERB', 'NOUN', 'PUNCT'];
  const x = ['NNP', 'POS', 'NNP', 'VBD', 'PRP', 'VBD', 'NNS', '.'];
  const head = Int32Array.from([2, 0, -1, 2, 5, 3, 5, 2]);
  const deprel = ['nmod:poss', 'case', 'root', 'parataxis', 'nsubj', 'ccomp', 'obj', 'punct'];
  repairRootedSubjects(u, x, head, deprel);
  assert.deepEqual([...head], [2, 0, 3, -1, 5, 3, 5, 3]);
  assert.equal(deprel[2], 'nsubj');
  assert.equal(deprel[3], 'root');
  // A headline with its own subject for the verb stays as parsed: "Ministry : police arrested men".
  const h2 = Int32Array.from([-1, 0, 3, 0, 3]);
  const d2 = ['root', 'punct', 'nsubj', 'parataxis', 'obj'];
  repairRootedSubjects(['PROPN', 'PUNCT', 'NOUN', 'VERB', 'NOUN'], ['NNP', ':', 'NN', 'VBD', 'NNS'], h2, d2);
  assert.equal(h2[0], -1);
});

test('a second subject between commas right after the first names the noun before its comma', () => {
  // "the rebels ' radio station , Sauti , aired it": words 0..8, "Sauti" hung on the verb as a second subject.
  const u = ['DET', 'NOUN', 'PART', 'NOUN', 'NOUN', 'PUNCT', 'PROPN', 'PUNCT', 'VERB', 'PRON'];
  const x = ['DT', 'NNS', 'POS', 'NN', 'NN', ',', 'NNP', ',', 'VBD', 'PRP'];
  const head = Int32Array.from([1, 4, 1, 4, 8, 6, 8, 8, -1, 8]);
  const deprel = ['det', 'nmod:poss', 'case', 'compound', 'nsubj', 'punct', 'nsubj', 'punct', 'root', 'obj'];
  repairDoubleSubjects(u, x, head, deprel);
  assert.equal(deprel[6], 'appos');
  assert.equal(head[6], 4);
  assert.deepEqual([head[5], head[7]], [6, 6], 'the commas go with the apposition');
  // "members of the gangs , Sauti , fled": the name goes to "gangs", the noun before the comma, not "members".
  const u2 = ['NOUN', 'ADP', 'DET', 'NOUN', 'PUNCT', 'PROPN', 'PUNCT', 'VERB'];
  const x2 = ['NNS', 'IN', 'DT', 'NNS', ',', 'NNP', ',', 'VBD'];
  const h2 = Int32Array.from([7, 3, 3, 0, 5, 7, 7, -1]);
  const d2 = ['nsubj', 'case', 'det', 'nmod', 'punct', 'nsubj', 'punct', 'root'];
  repairDoubleSubjects(u2, x2, h2, d2);
  assert.deepEqual([h2[5], d2[5]], [3, 'appos']);
});

test('two subjects not set off by commas, or a subject after the verb, stay', () => {
  // "Sauti , radio , aired" has commas; "radio Sauti aired" (no commas) does not move.
  const u = ['NOUN', 'PROPN', 'VERB'];
  const x = ['NN', 'NNP', 'VBD'];
  const head = Int32Array.from([2, 2, -1]);
  const deprel = ['nsubj', 'nsubj', 'root'];
  repairDoubleSubjects(u, x, head, deprel);
  assert.deepEqual([...head], [2, 2, -1]);
  assert.deepEqual(deprel, ['nsubj', 'nsubj', 'root']);
});

test('a name joined by a bare comma to the noun of a prepositional phrase names the noun the phrase modifies', () => {
  // "the group 's branch in Chad , Dawa , attacked": words 0..9.
  const u = ['DET', 'NOUN', 'PART', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'PUNCT', 'VERB'];
  const x = ['DT', 'NN', 'POS', 'NN', 'IN', 'NNP', ',', 'NNP', ',', 'VBD'];
  const head = Int32Array.from([1, 3, 1, 9, 5, 3, 7, 5, 3, -1]);
  const deprel = ['det', 'nmod:poss', 'case', 'nsubj', 'case', 'nmod', 'punct', 'conj', 'punct', 'root'];
  repairCommaConjuncts(u, x, head, deprel);
  assert.deepEqual([head[7], deprel[7]], [3, 'appos']);
  assert.equal(head[6], 7);
});

test('a list with "and" anywhere in it stays a coordination', () => {
  // "troops from Chad , Niger and Mali": "and" hangs on the last conjunct, itself a conjunct of "Niger".
  const u = ['NOUN', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN'];
  const x = ['NNS', 'IN', 'NNP', ',', 'NNP', 'CC', 'NNP'];
  const head = Int32Array.from([-1, 2, 0, 4, 2, 6, 4]);
  const deprel = ['root', 'case', 'nmod', 'punct', 'conj', 'cc', 'conj'];
  repairCommaConjuncts(u, x, head, deprel);
  assert.deepEqual(deprel, ['root', 'case', 'nmod', 'punct', 'conj', 'cc', 'conj']);
  assert.deepEqual([...head], [-1, 2, 0, 4, 2, 6, 4]);
});

test('a possessor hung on a noun compounded into a phrase owns the whole phrase', () => {
  // "the rebels ' prisoners committee met": words 0..5.
  const u = ['DET', 'NOUN', 'PART', 'NOUN', 'NOUN', 'VERB'];
  const x = ['DT', 'NNS', 'POS', 'NNS', 'NN', 'VBD'];
  const head = Int32Array.from([1, 3, 1, 4, 5, -1]);
  const deprel = ['det', 'nmod:poss', 'case', 'compound', 'nsubj', 'root'];
  repairPossessors(u, x, head, deprel);
  assert.equal(head[1], 4);
  assert.equal(deprel[1], 'nmod:poss');
});
