import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFromText } from '../ingest/index.js';
import { testModel } from '../testing/model.js';
import { analyze } from './analyze.js';
import { MAX_SENTENCE_TOKENS } from './sentences.js';
import { DocTree } from './tree.js';

/** Parses a text and gives a lookup of words by form (first occurrence) and the tree. */
function parse(text: string) {
  const doc = analyze(documentFromText(text, { path: 't.txt' }), testModel());
  const tree = new DocTree(doc);
  const at = (form: string, nth = 0) => {
    const hits = doc.words.map((w, i) => (w.form === form ? i : -1)).filter((i) => i >= 0);
    assert.ok(hits.length > nth, `no "${form}" in ${doc.words.map((w) => w.form).join(' ')}`);
    return hits[nth];
  };
  const rel = (form: string) => doc.words[at(form)].deprel;
  const head = (form: string) => doc.words[doc.words[at(form)].head]?.form;
  return { doc, tree, at, rel, head };
}

test('every word of every sentence is in one rooted tree, and spans slice back', () => {
  const { doc, tree } = parse('Gunmen stormed a checkpoint in Kidal on Friday, killing four soldiers. The army said it had repelled the assault.\n\nA second paragraph follows here.');
  assert.equal(doc.sentences.length, 3);
  for (const s of doc.sentences) {
    const roots = doc.words.slice(s.wordFirst, s.wordLast).filter((w) => w.head === -1);
    assert.equal(roots.length, 1);
    for (let i = s.wordFirst; i < s.wordLast; i++) {
      assert.ok(tree.dominates(tree.root(i), i));
      const w = doc.words[i];
      assert.equal(doc.text.slice(w.start, w.end), w.form);
      assert.ok(w.head === -1 || (w.head >= s.wordFirst && w.head < s.wordLast), 'heads stay inside the sentence');
      assert.ok(w.lemma.length > 0 && w.upos.length > 0);
    }
  }
});

test('a passive with its agent: the subject is nsubj:pass, the doer obl:agent', () => {
  const p = parse('The convoy was ambushed by rebels near the border.');
  assert.equal(p.rel('convoy'), 'nsubj:pass');
  assert.equal(p.head('convoy'), 'ambushed');
  assert.equal(p.rel('rebels'), 'obl:agent');
  assert.equal(p.head('rebels'), 'ambushed');
});

test('a relative clause hangs on the noun it describes', () => {
  const p = parse('Police arrested a commander who had planned the bombing.');
  assert.equal(p.rel('planned'), 'acl:relcl');
  assert.equal(p.head('planned'), 'commander');
  assert.equal(p.rel('commander'), 'obj');
});

test('an apposition and a possessive', () => {
  const p = parse("The group's leader, Ahmed Diallo, fled to Mali.");
  assert.equal(p.rel('group'), 'nmod:poss');
  assert.equal(p.head('group'), 'leader');
  assert.equal(p.rel('Ahmed'), 'appos');
  assert.equal(p.head('Ahmed'), 'leader');
});

test('coordination: conjuncts hang on the first, and the tree lists them', () => {
  const p = parse('The army attacked the rebels and the militias.');
  assert.equal(p.rel('militias'), 'conj');
  assert.equal(p.head('militias'), 'rebels');
  assert.deepEqual(p.tree.conjuncts(p.at('militias')), [p.at('rebels'), p.at('militias')]);
});

test('a direct object and a subject of an active verb', () => {
  const p = parse('Soldiers captured two suspects in Maiduguri.');
  assert.equal(p.rel('Soldiers'), 'nsubj');
  assert.equal(p.rel('suspects'), 'obj');
  assert.equal(p.head('Maiduguri'), 'captured');
});

test('an overlong run without a full stop is cut into sentences of bounded length (at a comma where one is near), each one tree', () => {
  const clause = 'the militia shelled the village and the army answered, ';
  const doc = analyze(documentFromText(`${clause.repeat(200)}end.`, { path: 'long.txt' }), testModel());
  assert.ok(doc.sentences.length >= 200 * 10 / MAX_SENTENCE_TOKENS, `${doc.sentences.length} sentences`);
  for (const s of doc.sentences) {
    assert.ok(s.last - s.first <= MAX_SENTENCE_TOKENS);
    if (s !== doc.sentences.at(-1)) assert.equal(doc.tokens[s.last - 1].text, ',', 'cut after a comma');
    assert.equal(doc.words.slice(s.wordFirst, s.wordLast).filter((w) => w.head === -1).length, 1);
  }
  assert.equal(doc.sentences.at(-1)!.end, doc.text.indexOf('end.') + 4);
});
