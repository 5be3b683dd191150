import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairAppositions, repairHyphenModifiers, repairRelativeClauses, repairBareObliques, repairCompoundsAcrossCommas, repairCommaConjuncts, repairConjuncts, repairDoubleObjects, repairDoubleSubjects, repairParticipleConjuncts, repairParticipleRoots, repairPossessors, repairPunctuationHeads, repairRootedSubjects, repairSubordinateClauses, repairTrailingConjuncts, repairVerbConjuncts } from './index.js';

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

test('a name after a comma that the parser took for someone addressed is the apposition of the argument before the comma', () => {
  // "pressed the group , Hamas , to act": words 0..8.
  const u = ['VERB', 'DET', 'NOUN', 'PUNCT', 'PROPN', 'PUNCT', 'PART', 'VERB', 'PUNCT'];
  const x = ['VBD', 'DT', 'NN', ',', 'NNP', ',', 'TO', 'VB', '.'];
  const head = Int32Array.from([-1, 2, 0, 4, 0, 7, 7, 0, 0]);
  const deprel = ['root', 'det', 'obj', 'punct', 'vocative', 'punct', 'mark', 'advcl', 'punct'];
  repairAppositions(u, x, head, deprel);
  assert.equal(head[4], 2);
  assert.equal(deprel[4], 'appos');
  // The same name "coordinated" with the verb, with no conjunction.
  const h3 = Int32Array.from([-1, 2, 0, 4, 0, 7, 7, 0, 0]);
  const d3 = ['root', 'det', 'obj', 'punct', 'conj', 'punct', 'mark', 'advcl', 'punct'];
  repairAppositions(u, x, h3, d3);
  assert.equal(h3[4], 2);
  assert.equal(d3[4], 'appos');
  // Addressed at the start, with no argument before the comma, it stays: "Hamas , act now".
  const h2 = Int32Array.from([2, 0, -1, 2]);
  const d2 = ['vocative', 'punct', 'root', 'advmod'];
  repairAppositions(['PROPN', 'PUNCT', 'VERB', 'ADV'], ['NNP', ',', 'VB', 'RB'], h2, d2);
  assert.equal(d2[0], 'vocative');
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

test('a common noun after a coordination closed by "and" describes the whole coordination', () => {
  // "Iran and Russia , Syria 's backers , stayed": words 0..8.
  const u = ['PROPN', 'CCONJ', 'PROPN', 'PUNCT', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'VERB'];
  const x = ['NNP', 'CC', 'NNP', ',', 'NNP', 'POS', 'NNS', ',', 'VBD'];
  const head = Int32Array.from([8, 2, 0, 6, 6, 4, 0, 8, -1]);
  const deprel = ['nsubj', 'cc', 'conj', 'punct', 'nmod:poss', 'case', 'conj', 'punct', 'root'];
  repairTrailingConjuncts(u, x, head, deprel);
  assert.deepEqual([head[6], deprel[6]], [0, 'appos']);
  // "Iran , Russia and Syria 's backers": the noun with its own "and" is a member.
  const member = ['nsubj', 'punct', 'conj', 'cc', 'nmod:poss', 'case', 'conj', 'punct', 'root'];
  const h2 = Int32Array.from([8, 2, 0, 6, 6, 4, 0, 8, -1]);
  repairTrailingConjuncts(['PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'VERB'], ['NNP', ',', 'NNP', 'CC', 'NNP', 'POS', 'NNS', ',', 'VBD'], h2, member);
  assert.equal(member[6], 'conj');
});

test('a bare oblique before a verb with no subject is its subject; one with a preposition is not', () => {
  // "the Houthis ' backer , Iran , denied it": words 0..8.
  const u = ['DET', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'PROPN', 'PUNCT', 'VERB', 'PRON'];
  const x = ['DT', 'NNPS', 'POS', 'NN', ',', 'NNP', ',', 'VBD', 'PRP'];
  const head = Int32Array.from([1, 3, 1, 7, 5, 3, 3, -1, 7]);
  const deprel = ['det', 'nmod:poss', 'case', 'obl', 'punct', 'appos', 'punct', 'root', 'obj'];
  repairBareObliques(u, x, head, deprel);
  assert.equal(deprel[3], 'nsubj');
  // "in the town , gunmen ... ": "in" makes it an oblique.
  const d2 = ['case', 'det', 'obl', 'punct', 'root'];
  repairBareObliques(['ADP', 'DET', 'NOUN', 'PUNCT', 'VERB'], ['IN', 'DT', 'NN', ',', 'VBD'], Int32Array.from([2, 2, 4, 4, -1]), d2);
  assert.equal(d2[2], 'obl');
});

test('a name taken as a first object right before the real one modifies it', () => {
  // "drew US air strikes on targets": words 0..6.
  const u = ['VERB', 'PROPN', 'NOUN', 'NOUN', 'ADP', 'NOUN', 'PUNCT'];
  const head = Int32Array.from([-1, 0, 3, 0, 5, 3, 0]);
  const deprel = ['root', 'obj', 'compound', 'obj', 'case', 'nmod', 'punct'];
  repairDoubleObjects(u, head, deprel);
  assert.deepEqual([head[1], deprel[1]], [3, 'compound']);
  // "gave Hamas , in secret , weapons": not adjacent, left alone.
  const d2 = ['root', 'obj', 'punct', 'case', 'obl', 'punct', 'obj'];
  const h2 = Int32Array.from([-1, 0, 4, 4, 0, 4, 0]);
  repairDoubleObjects(['VERB', 'PROPN', 'PUNCT', 'ADP', 'NOUN', 'PUNCT', 'NOUN'], h2, d2);
  assert.equal(d2[1], 'obj');
});

test('a participle between commas taken for the root describes the phrase before it; the finite verb after is the root', () => {
  // "The SPLM , led by Hilu , controls Kauda .": words 0..9.
  const u = ['DET', 'PROPN', 'PUNCT', 'VERB', 'ADP', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'];
  const x = ['DT', 'NNP', ',', 'VBN', 'IN', 'NNP', ',', 'VBZ', 'NNP', '.'];
  const head = Int32Array.from([3, 3, 3, -1, 5, 3, 7, 3, 7, 3]);
  const deprel = ['det', 'obl:unmarked', 'punct', 'root', 'case', 'obl:agent', 'punct', 'conj', 'obj', 'punct'];
  repairParticipleRoots(u, x, head, deprel);
  assert.deepEqual([head[7], deprel[7]], [-1, 'root']);
  assert.deepEqual([head[1], deprel[1]], [7, 'nsubj']);
  assert.deepEqual([head[3], deprel[3]], [1, 'acl']);
  assert.equal(head[0], 1, '"The" is the phrase\'s');
  assert.equal(head[9], 7);
  // "The SPLM , led by Hilu , and the army fought": a verb joined by "and" is a second clause; left alone.
  const d2 = ['det', 'obl:unmarked', 'punct', 'root', 'case', 'obl:agent', 'punct', 'cc', 'conj', 'punct'];
  const h2 = Int32Array.from([3, 3, 3, -1, 5, 3, 8, 8, 3, 3]);
  repairParticipleRoots(u, ['DT', 'NNP', ',', 'VBN', 'IN', 'NNP', ',', 'CC', 'VBD', '.'], h2, d2);
  assert.equal(d2[3], 'root');
});

test('a finite verb hung as a list item on a name that is the root takes the name as its subject', () => {
  // "Ali al - Hilu leads the rebels .": words 0..7.
  const u = ['PROPN', 'PROPN', 'PUNCT', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'];
  const x = ['NNP', 'NNP', 'HYPH', 'NNP', 'VBZ', 'DT', 'NNS', '.'];
  const head = Int32Array.from([-1, 0, 1, 0, 0, 6, 4, 0]);
  const deprel = ['root', 'flat', 'punct', 'flat', 'list', 'det', 'obj', 'punct'];
  repairRootedSubjects(u, x, head, deprel);
  assert.deepEqual([head[4], deprel[4]], [-1, 'root']);
  assert.deepEqual([head[0], deprel[0]], [4, 'nsubj']);
});

test('a name after a comma hung on a noun with no preposition is its apposition', () => {
  // "the head of Hamas , Ali Baraka , spoke": words 0..8.
  const u = ['DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'PROPN', 'PUNCT', 'VERB'];
  const x = ['DT', 'NN', 'IN', 'NNP', ',', 'NNP', 'NNP', ',', 'VBD'];
  const head = Int32Array.from([1, 8, 3, 1, 5, 1, 5, 1, -1]);
  const deprel = ['det', 'nsubj', 'case', 'nmod', 'punct', 'nmod', 'flat', 'punct', 'root'];
  repairAppositions(u, x, head, deprel);
  assert.deepEqual([head[5], deprel[5]], [1, 'appos']);
  assert.equal(deprel[3], 'nmod', 'the phrase with "of" stays');
});

test('a name before a phrase that opens with a determiner is an object of its own ("branded X a terrorist group")', () => {
  const u = ['VERB', 'PROPN', 'DET', 'ADJ', 'NOUN', 'PUNCT'];
  const head = Int32Array.from([-1, 0, 4, 4, 0, 0]);
  const deprel = ['root', 'obj', 'det', 'amod', 'obj', 'punct'];
  repairDoubleObjects(u, head, deprel);
  assert.deepEqual([head[1], deprel[1]], [0, 'obj']);
});

test('a name hung as a compound on a noun after a comma and a clause is the subject; the noun names the phrase before the comma', () => {
  // "Ali Musa , who leads Chad 's junta , the Council , spoke": words 0..11.
  const u = ['PROPN', 'PROPN', 'PUNCT', 'PRON', 'VERB', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'DET', 'PROPN', 'PUNCT', 'VERB'];
  const x = ['NNP', 'NNP', ',', 'WP', 'VBZ', 'NNP', 'POS', 'NN', ',', 'DT', 'NNP', ',', 'VBD'];
  const head = Int32Array.from([10, 0, 4, 4, 0, 7, 5, 4, 0, 10, 12, 10, -1]);
  const deprel = ['compound', 'flat', 'punct', 'nsubj', 'acl:relcl', 'nmod:poss', 'case', 'obj', 'punct', 'det', 'nsubj', 'punct', 'root'];
  repairCompoundsAcrossCommas(u, x, head, deprel);
  assert.deepEqual([head[0], deprel[0]], [12, 'nsubj']);
  assert.deepEqual([head[10], deprel[10]], [7, 'appos']);
  assert.equal(head[8], 10, 'the comma opens the apposition');
  // "the Ali Musa Council": a compound with nothing between it and its head stays.
  const d2 = ['det', 'compound', 'flat', 'root'];
  repairCompoundsAcrossCommas(['DET', 'PROPN', 'PROPN', 'PROPN'], ['DT', 'NNP', 'NNP', 'NNP'], Int32Array.from([3, 3, 1, -1]), d2);
  assert.equal(d2[1], 'compound');
});

test('a subjectless finite verb "coordinated" with no conjunction after a phrase opened by "after" is a clause: the phrase its subject', () => {
  // "spoke a day after the militia attacked the town": words 0..8.
  const u = ['VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'VERB', 'DET', 'NOUN'];
  const x = ['VBD', 'DT', 'NN', 'IN', 'DT', 'NN', 'VBD', 'DT', 'NN'];
  const l = ['speak', 'a', 'day', 'after', 'the', 'militia', 'attack', 'the', 'town'];
  const head = Int32Array.from([-1, 2, 0, 5, 5, 2, 0, 8, 6]);
  const deprel = ['root', 'det', 'obl', 'case', 'det', 'nmod', 'conj', 'det', 'obj'];
  repairSubordinateClauses(u, x, head, deprel, l);
  assert.deepEqual([head[5], deprel[5]], [6, 'nsubj']);
  assert.deepEqual([head[3], deprel[3]], [6, 'mark']);
  assert.deepEqual([head[6], deprel[6]], [0, 'advcl']);
  // "of" opens no clause: "any of her allies expresses" keeps its reading.
  const l2 = [...l]; l2[3] = 'of';
  const h2 = Int32Array.from([-1, 2, 0, 5, 5, 2, 0, 8, 6]);
  const d2 = ['root', 'det', 'obl', 'case', 'det', 'nmod', 'conj', 'det', 'obj'];
  repairSubordinateClauses(u, x, h2, d2, l2);
  assert.deepEqual([h2[5], d2[5], d2[6]], [2, 'nmod', 'conj']);
});

test('a word hung on a punctuation mark goes to the mark\'s head, keeping its relation', () => {
  // "struck , said Jules Ngongo ." with "Jules" taken as a dependent of the full stop: words 0..5.
  const u = ['VERB', 'PUNCT', 'VERB', 'PROPN', 'PROPN', 'PUNCT'];
  const head = Int32Array.from([-1, 2, 0, 5, 3, 2]);
  const deprel = ['root', 'punct', 'parataxis', 'nsubj', 'flat', 'punct'];
  repairPunctuationHeads(u, head, deprel);
  assert.deepEqual([...head], [-1, 2, 0, 2, 3, 2]);
  assert.equal(deprel[3], 'nsubj');
  // Under a verb with a subject of its own, the mark's "subject" was another phrase: an oblique.
  const h2 = Int32Array.from([2, 2, -1, 5, 3, 2]);
  const d2 = ['nsubj', 'punct', 'root', 'nsubj', 'flat', 'punct'];
  repairPunctuationHeads(['PROPN', 'PUNCT', 'VERB', 'PROPN', 'PROPN', 'PUNCT'], h2, d2);
  assert.deepEqual([h2[3], d2[3]], [2, 'obl']);
});

test('a clause opened by a relative pronoun after a comma and a noun phrase, hung as a second verb, is that phrase\'s relative clause', () => {
  // "struck Hezbollah , which Israel accused ." : words 0..6.
  const u = ['VERB', 'PROPN', 'PUNCT', 'PRON', 'PROPN', 'VERB', 'PUNCT'];
  const x = ['VBD', 'NNP', ',', 'WDT', 'NNP', 'VBD', '.'];
  const head = Int32Array.from([-1, 0, 5, 5, 5, 0, 0]);
  const deprel = ['root', 'obj', 'punct', 'obj', 'nsubj', 'conj', 'punct'];
  repairRelativeClauses(u, x, head, deprel);
  assert.deepEqual([head[5], deprel[5]], [1, 'acl:relcl']);
  // Without the relative pronoun it stays a second verb: "struck Hezbollah , Israel said".
  const x2 = [...x]; x2[3] = 'NNP';
  const h2 = Int32Array.from([-1, 0, 5, 5, 5, 0, 0]);
  const d2 = ['root', 'obj', 'punct', 'obj', 'nsubj', 'conj', 'punct'];
  repairRelativeClauses(['VERB', 'PROPN', 'PUNCT', 'PROPN', 'PROPN', 'VERB', 'PUNCT'], x2, h2, d2);
  assert.deepEqual([h2[5], d2[5]], [0, 'conj']);
});

test('a hyphenated modifier hung as a clause on the next hyphenated modifier modifies their noun', () => {
  // "the US - backed , Kurdish - led forces": words 0..8.
  const u = ['DET', 'PROPN', 'PUNCT', 'VERB', 'PUNCT', 'PROPN', 'PUNCT', 'VERB', 'NOUN'];
  const x = ['DT', 'NNP', 'HYPH', 'VBN', ',', 'NNP', 'HYPH', 'VBN', 'NNS'];
  const head = Int32Array.from([8, 3, 1, 7, 3, 7, 5, 8, -1]);
  const deprel = ['det', 'obl:unmarked', 'punct', 'advcl', 'punct', 'obl:unmarked', 'punct', 'amod', 'root'];
  repairHyphenModifiers(u, x, head, deprel);
  assert.deepEqual([head[3], deprel[3]], [8, 'amod']);
  // Not hyphenated ("backed , led forces"): left as the parser read it.
  const x2 = [...x]; x2[2] = ',';
  const h2 = Int32Array.from([8, 3, 1, 7, 3, 7, 5, 8, -1]);
  const d2 = ['det', 'obl:unmarked', 'punct', 'advcl', 'punct', 'obl:unmarked', 'punct', 'amod', 'root'];
  repairHyphenModifiers(u, x2, h2, d2);
  assert.equal(d2[3], 'advcl');
});

test('a verb joined by "and" to the object of a verb, with no subject of its own, is a second verb of that clause', () => {
  // "MONUSCO condemned the attack and called on Kinshasa": words 0..7.
  const u = ['PROPN', 'VERB', 'DET', 'NOUN', 'CCONJ', 'VERB', 'ADP', 'PROPN'];
  const x = ['NNP', 'VBD', 'DT', 'NN', 'CC', 'VBN', 'IN', 'NNP'];
  const head = Int32Array.from([1, -1, 3, 1, 5, 3, 7, 5]);
  const deprel = ['nsubj', 'root', 'det', 'obj', 'cc', 'conj', 'case', 'obl'];
  repairVerbConjuncts(u, x, head, deprel);
  assert.deepEqual([head[5], deprel[5]], [1, 'conj']);
  // A gerund joined to a noun is a noun-like conjunct: "bought food and cooking gear" stays.
  const x2 = [...x]; x2[5] = 'VBG';
  const h2 = Int32Array.from([1, -1, 3, 1, 5, 3, 7, 5]);
  repairVerbConjuncts(u, x2, h2, [...deprel]);
  assert.equal(h2[5], 3);
});

test('a bare participle "coordinated" with a finite verb, before a noun it took for its object, modifies a second object', () => {
  // "Kigali accused Kinshasa and neighbouring Burundi of arming rebels": words 0..8.
  const u = ['PROPN', 'VERB', 'PROPN', 'CCONJ', 'VERB', 'PROPN', 'SCONJ', 'VERB', 'NOUN'];
  const x = ['NNP', 'VBD', 'NNP', 'CC', 'VBG', 'NNP', 'IN', 'VBG', 'NNS'];
  const head = Int32Array.from([1, -1, 1, 4, 1, 4, 7, 4, 7]);
  const deprel = ['nsubj', 'root', 'obj', 'cc', 'conj', 'obj', 'mark', 'advcl', 'obj'];
  repairParticipleConjuncts(u, x, head, deprel);
  assert.deepEqual([...head], [1, -1, 1, 5, 5, 2, 7, 1, 7]);
  assert.deepEqual([deprel[4], deprel[5], deprel[7]], ['amod', 'conj', 'advcl']);
  // "They were attacking posts and killing soldiers": a participle joined to a participle stays a verb.
  const u2 = ['PRON', 'AUX', 'VERB', 'NOUN', 'CCONJ', 'VERB', 'NOUN'];
  const x2 = ['PRP', 'VBD', 'VBG', 'NNS', 'CC', 'VBG', 'NNS'];
  const h2 = Int32Array.from([2, 2, -1, 2, 5, 2, 5]);
  const d2 = ['nsubj', 'aux', 'root', 'obj', 'cc', 'conj', 'obj'];
  repairParticipleConjuncts(u2, x2, h2, d2);
  assert.deepEqual([...h2], [2, 2, -1, 2, 5, 2, 5]);
});
