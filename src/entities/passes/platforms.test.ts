import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, systemClock } from '../../core/index.js';
import { documentFromText } from '../../ingest/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { testModel } from '../../testing/model.js';
import { extract } from '../../pipeline/extract.js';

// Texts written for these tests.
const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: systemClock, logger: silentLogger };
const run = (text: string) => extract(documentFromText(text, { path: 't.txt' }), ctx);

test('a platform the text names is an Organization entity with its mentions', () => {
  const doc = run('The Houthis said on Telegram that talks would resume. Their spokesman later wrote on X that the prisoners were freed. Facebook removed the page.');
  for (const name of ['Telegram', 'X', 'Facebook']) {
    const e = doc.entities.find((x) => x.name === name);
    assert.ok(e, `no ${name} among ${doc.entities.map((x) => x.name).join(', ')}`);
    assert.equal(e!.type, 'Organization');
    assert.ok(doc.mentions.some((m) => m.entity === e!.id && m.text === name && m.rule === 'entity/platform'));
  }
});

test('"Twitter" is the same platform as X', () => {
  const doc = run('The minister said on Twitter that the army had retaken the town. He repeated it in a post on X.');
  const e = doc.entities.find((x) => x.name === 'X');
  assert.ok(e && e.aliases.includes('Twitter'), JSON.stringify(doc.entities));
});

test('a capital X outside "on X" names no platform', () => {
  const doc = run('The X Brigade of the militia attacked a police post, the army said. Malcolm X was quoted by the rebels.');
  assert.ok(!doc.entities.some((e) => e.kbId === 'x-twitter'), doc.entities.map((x) => x.name).join(', '));
});

test('a platform is where something was said: no claim and no "its" is built on it', () => {
  const doc = run('The Defence Ministry of Ukraine said on Telegram that its drones had struck a depot of the Wagner Group.');
  const telegram = doc.entities.find((e) => e.name === 'Telegram');
  assert.ok(telegram);
  for (const c of doc.claims) {
    assert.notEqual(c.subject, telegram!.id, JSON.stringify(c));
    assert.notEqual(c.object, telegram!.id, JSON.stringify(c));
  }
  assert.ok(!doc.mentions.some((m) => m.entity === telegram!.id && m.how === 'pronoun'));
});
