import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NexusDocument, type Entity, type Mention } from '../core/index.js';
import type { Assertion, StoredClaim } from './types.js';
import { credibility } from './credibility.js';
import { findContradictions } from './contradictions.js';
import { fingerprint, similarity } from './fingerprint.js';
import { sourceGroups } from './independence.js';
import { entityKeys } from './keys.js';
import { normalizeName } from './names.js';
import { KIVU, SYNDICATED } from '../testing/corpus.js';

function docWith(entity: Entity, mentions: Array<[string, Mention['how']]>): NexusDocument {
  const doc = new NexusDocument('x', 'text', 'utf-8');
  doc.entities = [entity];
  doc.mentions = mentions.map(([text, how]) => ({ start: 0, end: 1, text, entity: entity.id, how, rule: 't' }));
  return doc;
}

test('names compare without case, accents, apostrophes, dashes or a leading "the"', () => {
  assert.equal(normalizeName("Hay'at Tahrir al-Sham"), normalizeName('Hayat Tahrir Al Sham'));
  assert.equal(normalizeName('The Résistance Front'), 'resistance front');
});

test('merge keys: kb id for known actors, names and acronyms for others, full names only for people', () => {
  const group: Entity = { id: 'e1', name: 'Kivu Liberation Front', type: 'ArmedGroup', aliases: ['KLF', 'the group'], roles: [] };
  const keys = entityKeys(docWith(group, [['Kivu Liberation Front', 'name'], ['KLF', 'acronym'], ['the group', 'description']]), group, new Set()).keys;
  assert.deepEqual(keys, ['name:org:kivu liberation front', 'name:org:klf']);
  const known: Entity = { ...group, kbId: 'klf' };
  assert.deepEqual(entityKeys(docWith(known, [['KLF', 'acronym']]), known, new Set()).keys, ['kb:klf']);
  const person: Entity = { id: 'e2', name: 'Amina Diallo', type: 'Person', aliases: ['Diallo'], roles: [] };
  assert.deepEqual(entityKeys(docWith(person, [['Amina Diallo', 'name'], ['Diallo', 'short']]), person, new Set()).keys, ['name:person:amina diallo']);
  const surname: Entity = { id: 'e3', name: 'Diallo', type: 'Person', aliases: [], roles: [] };
  assert.deepEqual(entityKeys(docWith(surname, [['Diallo', 'name']]), surname, new Set()).keys, ['doc::e3'], 'a surname alone joins nothing: keyed to its document');
  // After an analyst split "KLF" off, it joins nothing, except for an entity the document names only so.
  const split = new Set(['org:klf']);
  assert.deepEqual(entityKeys(docWith(group, [['Kivu Liberation Front', 'name'], ['KLF', 'acronym']]), group, split).keys, ['name:org:kivu liberation front']);
  const onlyAcronym: Entity = { id: 'e4', name: 'KLF', type: 'ArmedGroup', aliases: [], roles: [], kbId: 'klf' };
  assert.deepEqual(entityKeys(docWith(onlyAcronym, [['KLF', 'acronym']]), onlyAcronym, split).keys, ['name:org:klf']);
});

test('near-duplicate copies share most of their fingerprint; different stories do not', () => {
  const a = fingerprint(`${KIVU[0].title}\n\n${KIVU[0].body}`);
  const copy = fingerprint(`${SYNDICATED.title}\n\n${SYNDICATED.body}`);
  const other = fingerprint(`${KIVU[2].title}\n\n${KIVU[2].body}`);
  assert.ok(similarity(a, copy) >= 0.7, String(similarity(a, copy)));
  assert.ok(similarity(a, other) < 0.2, String(similarity(a, other)));
});

test('independent sources: one publisher counts once, a copy under another masthead counts once, unknown publishers apart', () => {
  const fp = (t: string) => fingerprint(t);
  const docs = [
    { id: 'd1', publisher: 'Harbour Times', ingestedAt: 'x', fingerprint: fp(KIVU[0].body) },
    { id: 'd2', publisher: 'Harbour Times', ingestedAt: 'x', fingerprint: fp(KIVU[1].body) },
    { id: 'd3', publisher: 'River Wire', ingestedAt: 'x', fingerprint: fp(SYNDICATED.body) },
    { id: 'd4', publisher: 'unknown', ingestedAt: 'x', fingerprint: fp(KIVU[2].body) },
    { id: 'd5', publisher: 'unknown', ingestedAt: 'x', fingerprint: fp('A wholly different story about a ceasefire in another region altogether, told at length.') },
  ];
  const groups = sourceGroups(docs).map((g) => g.documents.sort().join(','));
  assert.deepEqual(groups.sort(), ['d1,d2,d3', 'd4', 'd5']);
});

const ref = (id: string) => ({ id, name: id.toUpperCase(), type: 'ArmedGroup' as const });
function claim(over: Partial<StoredClaim>): StoredClaim {
  return { id: 'd:c1', documentId: 'd', subject: ref('a'), predicate: 'FUNDS', object: ref('b'), polarity: 'positive', modality: 'asserted', attributedTo: 'author',
    quote: { text: 'q', start: 0, end: 1 }, more: [], publisher: 'P', rule: 'r', confidence: 0.8, ...over };
}

test('credibility: grades, modality and independent sources, with every step written out', () => {
  const one = credibility([claim({ modality: 'alleged' })], [{ publishers: ['P'], documents: ['d'] }], () => ({ who: 'P' }));
  assert.equal(one.rating, 6, 'one ungraded source cannot be judged');
  assert.equal(one.score, 0.3);
  const graded = credibility([claim({})], [{ publishers: ['P'], documents: ['d'] }], () => ({ who: 'P', grade: 'A' }));
  assert.equal(graded.rating, 2);
  const two = credibility([claim({}), claim({ documentId: 'e' })], [{ publishers: ['P'], documents: ['d'] }, { publishers: ['Q'], documents: ['e'] }], () => ({ who: 'P', grade: 'A' }));
  assert.equal(two.rating, 1, 'two independent reliable sources confirm');
  assert.ok(two.steps.some((s) => s.startsWith('2 independent sources: 1 - (1 - 0.95) x (1 - 0.95)')), two.steps.join('\n'));
});

function assertion(over: Partial<Assertion> & { when?: string }): Assertion {
  const c = claim({ eventDate: over.when, subject: over.subject, object: over.object, predicate: over.predicate, polarity: over.polarity });
  return { id: `${over.predicate}${over.polarity}${over.when}`, subject: ref('a'), object: ref('b'), predicate: 'FUNDS', polarity: 'positive', claims: [c], documents: ['d'], sources: [],
    independentSources: 1, eventDates: [], modalities: {}, credibility: { score: 0.5, rating: 6, steps: [] }, ...over };
}

test('contradictions need overlapping times; a change years later is not one', () => {
  const allies2019 = assertion({ predicate: 'ALLY_OF', when: '2019' });
  const hostile2019 = assertion({ predicate: 'HOSTILE_TO', when: '2019-06' });
  const hostile2023 = assertion({ predicate: 'HOSTILE_TO', when: '2023-02-01' });
  const found = findContradictions([allies2019, hostile2019, hostile2023]);
  assert.equal(found.length, 1);
  assert.equal(found[0].reason, 'ALLY_OF against HOSTILE_TO, both between 2019-06-01 and 2019-06-30');
  const denied = findContradictions([assertion({ when: '2020' }), assertion({ polarity: 'negative', when: '2020-03-02' })]);
  assert.equal(denied[0].kind, 'polarity');
  const otherWay = findContradictions([assertion({ predicate: 'ATTACKED' }), assertion({ predicate: 'ATTACKED', polarity: 'negative', subject: ref('b'), object: ref('a') })]);
  assert.equal(otherWay.length, 0, 'A attacked B is not denied by "B did not attack A"');
  assert.equal(findContradictions([allies2019, { ...hostile2019, review: 'rejected' }]).length, 0, 'a rejected assertion contradicts nothing');
});
