import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NexusDocument } from '../core/index.js';
import { clean } from './clean.js';
import { matchBoilerplate } from './boilerplate.js';

const doc = (text: string, format: 'text' | 'markdown' = 'text') => clean(new NexusDocument(text, format, 'utf-8', { path: 't.txt' }));
const kept = (d: NexusDocument) => d.blocks.map((b) => d.text.slice(b.start, b.end));

const P1 = 'Al-Shabaab fighters attacked a military base near Baidoa on Monday, the Somali National Army said in a statement.';
const P2 = 'The group claimed the attack through its Andalus radio station, saying dozens of soldiers were killed in the raid.';
const P3 = 'Residents reported heavy gunfire for several hours before reinforcements from the African Union mission arrived.';
const P4 = 'Officials in Mogadishu said the militants withdrew towards the Bay region after the fighting ended at dusk.';

test('blocks keep their offsets into the original text', () => {
  const text = `Baidoa Attack\n\n${P1}\n${P2}\n`;
  const d = doc(text);
  assert.deepEqual(kept(d), ['Baidoa Attack', P1, P2]);
  for (const b of d.blocks) assert.equal(text.slice(b.start, b.end), kept(d)[d.blocks.indexOf(b)]);
  assert.equal(d.blocks[0].kind, 'heading');
  assert.equal(d.blocks[1].kind, 'paragraph');
});

test('hard-wrapped paragraphs stay whole', () => {
  const wrapped = 'Al-Shabaab fighters attacked a military base near Baidoa on\nMonday, the Somali National Army said in a statement issued\nlate in the evening by its spokesman in the capital.\n\nThe group claimed the attack through its radio station, saying\ndozens of soldiers were killed in the raid on the outpost near\nthe town, which lies on the main road to Mogadishu.\n\nResidents reported heavy gunfire for several hours before help\narrived from the African Union mission stationed in the area.\n';
  const d = doc(wrapped);
  assert.equal(d.blocks.length, 3);
  assert.ok(kept(d)[0].endsWith('in the capital.'));
});

test('Markdown headings and list markers are left out of the blocks', () => {
  const d = doc(`# Raid near Baidoa\n\n- ${P1}\n\n${P2}\n`, 'markdown');
  assert.deepEqual(kept(d), ['Raid near Baidoa', P1, P2]);
  assert.equal(d.blocks[0].kind, 'heading');
});

test('each boilerplate rule recognises its furniture', () => {
  const cases: Array<[string, string]> = [
    ['© 2024 Horn Observer. All Rights Reserved.', 'boilerplate/copyright'],
    ['Copyright 2023 sahelnews.org', 'boilerplate/copyright'],
    ['Email: amina.farah@example.com', 'boilerplate/email'],
    ['Share this article', 'boilerplate/widget'],
    ['Subscribe to our newsletter', 'boilerplate/widget'],
    ['Join our Facebook group for updates', 'boilerplate/widget'],
    ['Source link', 'boilerplate/widget'],
    ['— Horn Observer (@hornobserver) March 3, 2024', 'boilerplate/tweet'],
    ['pic.twitter.com/AbCdEf123', 'boilerplate/tweet'],
    ['By Amina Farah', 'boilerplate/byline'],
    ['Staff Reporter', 'boilerplate/byline'],
    ['(Reporting by Kofi Mensah; Editing by Ruth Adler)', 'boilerplate/byline'],
    ['COMMENTARY by Ines Varga, Tirana', 'boilerplate/byline'],
    ['Field notes | Kindu | 3 May 2025 | By Paul Ekwe', 'boilerplate/byline'],
    ['Photo: Somali soldiers in Baidoa', 'boilerplate/caption'],
    ['Sunday, December 21, 2025', 'boilerplate/date-line'],
  ];
  for (const [line, rule] of cases) assert.equal(matchBoilerplate(line), rule, line);
  assert.equal(matchBoilerplate(P1), undefined);
  // A sentence in brackets or an ordinary line with pipes is no credit line.
  assert.equal(matchBoilerplate('(The convoy was reported by Kofi Mensah.)'), undefined);
  assert.equal(matchBoilerplate('Home | World | Africa'), undefined);
});

test('boilerplate is dropped with its rule and read as metadata', () => {
  const text = `${P1}\n${P2}\nBy Amina Farah\nEmail: amina.farah@example.com\n© 2024 hornobserver.com All Rights Reserved.\n`;
  const d = doc(text);
  assert.deepEqual(kept(d), [P1, P2]);
  assert.deepEqual(d.dropped.map((x) => x.rule), ['boilerplate/byline', 'boilerplate/email', 'boilerplate/copyright']);
  assert.equal(d.source.publisher, 'hornobserver.com');
  assert.equal(d.source.authorEmail, 'amina.farah@example.com');
  assert.equal(d.source.author, 'Amina Farah');
});

test('a date prefix and a dated byline set the publication date', () => {
  assert.equal(doc(` date 2021-06-14 ${P1}\n${P2}\n`).source.published, '2021-06-14');
  assert.equal(doc(`Horn Desk AFP, 06 Mar, 2019 09:28 PM\n${P1}\n`).source.published, '2019-03-06');
  assert.equal(clean(new NexusDocument(`${P1}\n`, 'text', 'utf-8', {}), { published: '2020-01-02' }).source.published, '2020-01-02');
});

test('an exact or near repeat of a paragraph is dropped, pointing at the kept one', () => {
  const near = P2.replace('dozens of', 'dozens of the').replace('’', "'");
  const d = doc(`${P1}\n${P2}\n${P3}\n${near}\n`);
  assert.deepEqual(kept(d), [P1, P2, P3]);
  const dup = d.dropped.find((x) => x.reason === 'duplicate')!;
  assert.equal(d.text.slice(dup.of!.start, dup.of!.end), P2);
});

test('an article pasted twice keeps its first full copy; a teaser before the first heading goes', () => {
  const article = `The Raid\n${P1}\n${P2}\n${P3}\n${P4}\n`;
  const text = `${P1}\n${article}Email: desk@example.com\n${article}`;
  const d = doc(text);
  assert.deepEqual(kept(d), ['The Raid', P1, P2, P3, P4]);
  const teaser = d.dropped.find((x) => x.reason === 'teaser')!;
  assert.equal(teaser.start, 0);
  const repeat = d.dropped.find((x) => x.reason === 'repeated-article')!;
  assert.equal(text.slice(repeat.start, repeat.end), article.trimEnd());
  assert.equal(d.blocks[1].start, text.indexOf(article) + 'The Raid\n'.length);
});

test('the document id ignores spacing, quotes and dropped furniture', () => {
  const a = doc(`${P1}\n${P2}\n`);
  const b = doc(`${P1.replace(/ /g, '  ')}\n\n${P2}\nShare this article\n`);
  const c = doc(`${P1}\n${P3}\n`);
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
  assert.match(a.id, /^[0-9a-f]{64}$/);
});
