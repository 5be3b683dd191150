import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testModel } from '../testing/model.js';
import { analyzeWords, spacingTags } from './parse-words.js';
import { wordAtom } from './parser/atoms.js';

test('the parser takes its word atoms from the tagger: they are the ones it would hash itself', () => {
  const model = testModel();
  // Known and unknown words, capitals, digits, a first word that is a common word.
  const words = ['Militants', 'from', 'the', 'Xqzorbian', 'Front', 'attacked', '14', 'ISKP', 'posts', 'in', 'Kidal', "'s", 'north', '.'];
  model.tagger.tag(words);
  words.forEach((w, i) => assert.equal(model.tagger.wordAtom(i), wordAtom(w, model.vocab), w));
});

test('a hyphen glued between two words is tagged HYPH whatever the tagger would guess; a spaced dash and a number range are left to it', () => {
  const model = testModel();
  const text = 'Rebel-held Tarsa and Qaeda-linked cells - they said - grew 10-20 percent .';
  const spans: { start: number; end: number; form: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|-|\./gu)) spans.push({ start: m.index!, end: m.index! + m[0].length, form: m[0] });
  const fixed = spacingTags(spans)!;
  const a = analyzeWords(spans.map((s) => s.form), model, fixed);
  const xposOf = (k: number) => a.xpos[k];
  const hyphens = spans.map((s, k) => (s.form === '-' ? k : -1)).filter((k) => k >= 0);
  assert.deepEqual(hyphens.map((k) => fixed[k]), ['PUNCT HYPH', 'PUNCT HYPH', undefined, undefined, undefined]);
  assert.equal(xposOf(hyphens[0]), 'HYPH');
  assert.equal(xposOf(hyphens[1]), 'HYPH');
});

test('an irregular verb form the treebank never showed is tagged a verb', () => {
  const model = testModel();
  // "overran" is not in the training vocabulary; the tagger alone took it for an adjective.
  const words = ['The', 'Rapid', 'Support', 'Forces', 'overran', 'Nyala', 'in', 'October', '.'];
  assert.ok(!model.vocab.has('overran'));
  const a = analyzeWords(words, model);
  assert.equal(a.upos[4], 'VERB');
  assert.equal(a.lemma[4], 'overrun');
  assert.equal(a.deprel[4], 'root');
});

test('after a possessive determiner comes a noun or a participle, never a finite verb', () => {
  const model = testModel();
  // The tagger alone took "affiliate" after "Its" for a verb, and the sentence had two roots' worth of clauses.
  const a = analyzeWords(['Its', 'affiliate', 'in', 'Chad', ',', 'Dawa', ',', 'attacked', 'the', 'town', '.'], model);
  assert.equal(a.upos[1], 'NOUN');
  assert.equal(a.deprel[1], 'nsubj');
  assert.equal(a.deprel[5], 'appos');
  assert.equal(a.head[5], 1);
  // A participle may open the noun phrase: "their proposed deal".
  const b = analyzeWords(['They', 'rejected', 'their', 'proposed', 'deal', '.'], model);
  assert.equal(b.xpos[3], 'VBN');
});

test('right after a preposition comes its object, not a finite verb; a gerund may come', () => {
  const model = testModel();
  // The tagger alone took "clashes" after "after" for a verb.
  const a = analyzeWords(['Boko', 'Haram', 'fighters', 'entered', 'Gwoza', 'after', 'clashes', 'with', 'ISWAP', '.'], model);
  assert.equal(a.upos[6], 'NOUN');
  assert.equal(a.deprel[6], 'obl');
  assert.equal(a.head[6], 3);
  const b = analyzeWords(['They', 'left', 'after', 'burning', 'the', 'houses', '.'], model);
  assert.equal(b.xpos[3], 'VBG');
});

test('a sentence with no verb takes as its verb the noun between two noun phrases the tagger nearly thought one', () => {
  const model = testModel();
  // After a long name the tagger took "controls" for a plural noun, and the sentence had no verb.
  const a = analyzeWords(['Hayat', 'Tahrir', 'al', '-', 'Sham', 'controls', 'Idlib', 'and', 'Jisr', 'al', '-', 'Shughur', '.'], model);
  assert.equal(a.upos[5], 'VERB');
  assert.equal(a.deprel[5], 'root');
  assert.equal(a.deprel[6], 'obj');
  // A verbless fragment with no such noun is left alone.
  const b = analyzeWords(['Great', 'service', 'and', 'friendly', 'staff', '.'], model);
  assert.ok(!b.upos.includes('VERB'));
});

test('a sentence whose only verb is a participle takes as its verb a noun that only a verb inflects so', () => {
  const model = testModel();
  // "struck" after "army" was read as a noun-noun compound; "accusing" alone makes no clause.
  const a = analyzeWords(['The', 'Israeli', 'army', 'struck', 'southern', 'Lebanon', ',', 'accusing', 'Hezbollah', 'of', 'rearming', '.'], model);
  assert.equal(a.upos[3], 'VERB');
  assert.equal(a.deprel[3], 'root');
  assert.equal(a.deprel[2], 'nsubj');
  assert.equal(a.head[7], 3, 'the participle hangs on the verb');
  // A noun that is also an irregular form ("hit", its own base) is not taken for one.
  const b = analyzeWords(['A', 'big', 'hit', 'song', ',', 'playing', 'everywhere', '.'], model);
  assert.notEqual(b.upos[2], 'VERB');
});

test('a prefixed form of an irregular verb is that verb with the prefix', () => {
  const model = testModel();
  const a = analyzeWords(['The', 'militia', 'retook', 'the', 'town', '.'], model);
  assert.equal(a.upos[2], 'VERB');
  assert.equal(a.lemma[2], 'retake');
});

test('a relative clause with no finite verb takes its noun before "of" as the verb; the main clause keeps its own', () => {
  const model = testModel();
  const words = ['The', 'strike', 'targeted', 'Kataib', 'Hezbollah', ',', 'which', 'US', 'officials', 'accuse', 'of', 'attacking', 'American', 'troops', '.'];
  const a = analyzeWords(words, model);
  assert.equal(a.upos[9], 'VERB', 'accuse');
  // The main clause's participle-looking verb is its past tense ("targeted" had been read as "the strike [that was] targeted").
  assert.equal(a.xpos[2], 'VBD');
  assert.equal(a.deprel[2], 'root');
  assert.equal(a.deprel[1], 'nsubj');
});

test("an apostrophe glued to a plural and spaced from the next word is its possessive; a closing quotation mark is not", () => {
  const model = testModel();
  const spansOf = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+|['.]/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, form: m[0] }));
  const own = spansOf("The rebels' committee met .");
  const fixed = spacingTags(own)!;
  assert.equal(fixed[2], 'PART POS');
  const a = analyzeWords(own.map((x) => x.form), model, fixed);
  assert.equal(a.deprel[1], 'nmod:poss');
  assert.equal(a.head[1], 3, 'the committee is theirs');
  // "the 'rebels' said": the quotation opened before, so the second mark closes it.
  const quoted = spansOf("The 'rebels' said so .");
  assert.equal(spacingTags(quoted)?.[3], undefined);
});

test('a clause opened right after its verb ("demanded that ...") takes as its verb the noun the tagger nearly thought one; a gerund is a verb already', () => {
  const model = testModel();
  const words = ['India', 'demanded', 'that', 'Pakistan', 'hand', 'over', 'the', 'plotters', '.'];
  const a = analyzeWords(words, model);
  assert.equal(a.upos[4], 'VERB', 'hand');
  assert.equal(a.deprel[4], 'ccomp');
  assert.equal(a.deprel[3], 'nsubj');
  // "on handing over": the clause has its verb; nothing else is taken for one.
  const b = analyzeWords(['Kenya', 'insisted', 'on', 'handing', 'over', 'the', 'suspects', '.'], model);
  assert.deepEqual(b.upos.slice(3), ['VERB', 'ADP', 'DET', 'NOUN', 'PUNCT']);
});
