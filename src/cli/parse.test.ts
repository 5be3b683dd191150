import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readConllu } from '../nlp/index.js';
import { runCli } from '../testing/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-parse-'));
const file = (name: string, data: string) => { const p = join(dir, name); writeFileSync(p, data); return p; };

/** Ten columns per word line, ids 1..n in order, heads within the sentence, one root. */
function checkConllu(text: string): number {
  let sentences = 0;
  for (const block of text.trim().split(/\n\n+/)) {
    const rows = block.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    const words = rows.filter((r) => /^\d+$/.test(r[0]));
    for (const r of rows) assert.equal(r.length, 10, `not 10 columns: ${r.join(' | ')}`);
    words.forEach((r, i) => {
      assert.equal(Number(r[0]), i + 1);
      const head = Number(r[6]);
      assert.ok(Number.isInteger(head) && head >= 0 && head <= words.length, `head ${r[6]} of ${words.length} words`);
      assert.ok(r[3] !== '_' && r[7] !== '_' && r[2] !== '_', 'UPOS, DEPREL and LEMMA are filled in');
    });
    assert.equal(words.filter((r) => r[6] === '0').length, 1, 'one root per sentence');
    sentences++;
  }
  return sentences;
}

test('parse prints CoNLL-U for a text file, with every word span slicing back', async () => {
  const text = 'Militants ambushed a police convoy near Bannu on Monday. The Pakistani Taliban, who claimed the attack, said it was revenge.\n';
  const r = await runCli(['parse', file('news.txt', text)]);
  assert.equal(r.code, 0, r.err);
  assert.equal(checkConllu(r.out), 2);
  for (const line of r.out.split('\n').filter((l) => /^\d+\t/.test(l))) {
    const [, form, , , , , , , , misc] = line.split('\t');
    const [, start, end] = /TokenRange=(\d+):(\d+)/.exec(misc)!;
    assert.equal(text.slice(Number(start), Number(end)), form);
  }
  const json = JSON.parse((await runCli(['parse', file('news2.txt', text), '--json'])).out);
  assert.equal(json.sentences.length, 2);
  const ambushed = json.sentences[0].words.find((w: any) => w.form === 'ambushed');
  assert.equal(ambushed.lemma, 'ambush');
  assert.equal(ambushed.upos, 'VERB');
});

test('parse --conllu fills in the columns for the words as given and keeps the sentence count', async () => {
  const given = [
    '# text = Rebels seized the town.',
    '1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_',
    '2\tseized\t_\t_\t_\t_\t_\t_\t_\t_',
    '3\tthe\t_\t_\t_\t_\t_\t_\t_\t_',
    '4\ttown\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
    '5\t.\t_\t_\t_\t_\t_\t_\t_\t_',
    '',
    '# text = They did n\'t stay.',
    '1-2\tThey\'d\t_\t_\t_\t_\t_\t_\t_\t_',
    '1\tThey\t_\t_\t_\t_\t_\t_\t_\t_',
    '2\tdid\t_\t_\t_\t_\t_\t_\t_\t_',
    '3\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
    '4\tstay\t_\t_\t_\t_\t_\t_\t_\t_',
    '',
  ].join('\n');
  const r = await runCli(['parse', '--conllu', file('given.conllu', given)]);
  assert.equal(r.code, 0, r.err);
  assert.equal(checkConllu(r.out), 2);
  const parsed = readConllu(r.out);
  assert.deepEqual(parsed[0].words.map((w) => w.form), ['Rebels', 'seized', 'the', 'town', '.']);
  assert.equal(parsed[0].words[1].deprel, 'root');
  assert.equal(parsed[0].words[0].deprel, 'nsubj');
  assert.equal(parsed[1].multiword.length, 1, 'multi-word token lines are kept');
});

test('parse --conllu on a file that is not CoNLL-U names the file and the line', async () => {
  const r = await runCli(['parse', '--conllu', file('bad.conllu', '1\tonly\tthree\n')]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /bad\.conllu:1: .*10 tab-separated columns/);
});

const EWT_TEST = new URL('../../../shared/resources/ud-english-ewt/en_ewt-ud-test.conllu', import.meta.url).pathname;

test('parse --conllu gives valid CoNLL-U for every sentence of the treebank test file', { skip: existsSync(EWT_TEST) ? false : `needs ${EWT_TEST} (../shared beside the project)` }, async () => {
  const r = await runCli(['parse', '--conllu', EWT_TEST]);
  assert.equal(r.code, 0, r.err);
  assert.equal(checkConllu(r.out), readConllu((await import('node:fs')).readFileSync(EWT_TEST, 'utf8')).length);
});
