import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exportCorpus, FIXED_CLOCK, handSelection, MALI, SYNDICATED, testKb } from '../../testing/export-corpus.js';
import { STIX_MISSING, stixValidator } from '../../testing/stix.js';
import type { Store } from '../../store/index.js';
import { selectCorpus } from '../select.js';
import type { Selection } from '../types.js';
import { toStix } from './bundle.js';
import { openctiId } from './ids.js';

type Obj = Record<string, any> & { type: string; id: string };
const validator = stixValidator();
const ctx = { clock: FIXED_CLOCK, kb: testKb() };
const bundleOf = (sel: Selection, c = ctx) => JSON.parse(toStix(sel, c)) as { type: string; id: string; objects: Obj[] };
const named = (objects: Obj[], name: string) => objects.find((o) => o.name === name);

let store: Store;
let whole: Selection;
before(async () => {
  store = (await exportCorpus()).store;
  whole = await selectCorpus(store, { actors: [], depth: 1 }, { details: true });
});
after(() => store.close());

describe('STIX ids', () => {
  test('actor ids are the UUIDv5 OpenCTI derives (values computed independently with Python uuid.uuid5)', () => {
    assert.equal(openctiId('threat-actor', { name: 'lashkar-e-taiba', opencti_type: 'Threat-Actor-Group' }), 'threat-actor--c8b3bf80-3682-5a8a-afa8-79fad6b43499');
    assert.equal(openctiId('identity', { name: 'mali', identity_class: 'organization' }), 'identity--f7a6044d-1a4b-5288-a0ed-348be16fd5a4');
  });

  test('exporting again, later and from a corpus ingested in another order, gives the same ids, so an import merges', async () => {
    const other = (await exportCorpus([SYNDICATED, ...[...MALI].reverse()])).store;
    try {
      const again = await selectCorpus(other, { actors: [], depth: 1 }, { details: true });
      const first = bundleOf(whole).objects.map((o) => o.id).sort();
      const second = bundleOf(again, { ...ctx, clock: () => new Date('2027-06-01T00:00:00.000Z') }).objects.map((o) => o.id).sort();
      assert.deepEqual(second, first);
    } finally {
      await other.close();
    }
  });
});

describe('STIX bundle', () => {
  test('validates against the official STIX 2.1 schemas (draft 2020-12)', (t) => {
    if (!validator) { t.skip(STIX_MISSING); return; }
    assert.deepEqual(validator.check(bundleOf(whole)), []);
    assert.deepEqual(validator.check(bundleOf(handSelection())), []);
  });

  test('the validator does reject a broken bundle (a place with neither country nor region, an empty alias list)', (t) => {
    if (!validator) { t.skip(STIX_MISSING); return; }
    const b = bundleOf(whole);
    const place = b.objects.find((o) => o.type === 'location')!;
    delete place.country; delete place.region;
    b.objects.find((o) => o.type === 'threat-actor')!.aliases = [];
    const errors = validator.check(b);
    assert.ok(errors.some((e) => e.startsWith(place.id)), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('bundle')), errors.join('\n'));
  });

  test('armed groups are threat actors with aliases and types; a member of one too; states are organizations; places locations', () => {
    const { objects } = bundleOf(whole);
    const jnim = named(objects, "Jama'at Nusrat al-Islam wal-Muslimin")!;
    assert.equal(jnim.type, 'threat-actor');
    assert.deepEqual(jnim.aliases, ['JNIM']);
    assert.deepEqual(jnim.threat_actor_types, ['terrorist']);
    assert.equal(jnim.id, openctiId('threat-actor', { name: "jama'at nusrat al-islam wal-muslimin", opencti_type: 'Threat-Actor-Group' }));
    const member = named(objects, 'Hamadou Sangare')!;
    assert.equal(member.type, 'threat-actor');
    assert.equal(member.resource_level, 'individual');
    const mali = named(objects, 'Mali')!;
    assert.equal(mali.type, 'identity');
    assert.equal(mali.identity_class, 'organization');
    assert.deepEqual(mali.sectors, ['government-national']);
    const gao = named(objects, 'Gao')!;
    assert.equal(gao.type, 'location');
    assert.equal(gao.country, 'ML');
    assert.equal(gao.x_opencti_location_type, 'City');
  });

  test('each document is a report with its publication date and the objects its claims yield', () => {
    const { objects } = bundleOf(whole);
    const reports = objects.filter((o) => o.type === 'report');
    assert.equal(reports.length, whole.documents.length);
    const ledger = reports.find((r) => r.name === 'Militia funding in central Mali')!;
    assert.equal(ledger.published, '2024-03-02T00:00:00.000Z');
    const ids = new Set(objects.map((o) => o.id));
    for (const r of reports) for (const ref of r.object_refs) assert.ok(ids.has(ref), `${r.name} refers to ${ref}, not in the bundle`);
    assert.ok(ledger.object_refs.some((id: string) => id.startsWith('relationship--')));
  });

  test('claims become relationships by the documented mapping, with Admiralty confidence and a note per claim', () => {
    const { objects } = bundleOf(whole);
    const rels = objects.filter((o) => o.type === 'relationship');
    const funds = rels.find((r) => r.x_nexus_predicate === 'FUNDS')!;
    const assertion = whole.assertions.find((a) => a.predicate === 'FUNDS' && a.polarity === 'positive')!;
    assert.equal(funds.relationship_type, 'related-to');
    assert.match(funds.description, /funds Katiba Serma/);
    assert.equal(funds.confidence, { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10 }[assertion.credibility.rating as 1]);
    assert.equal(funds.start_time, '2022-01-01T00:00:00.000Z');
    assert.equal(rels.find((r) => r.x_nexus_predicate === 'ATTACKED')!.relationship_type, 'targets');
    assert.equal(rels.find((r) => r.x_nexus_predicate === 'BASED_IN')!.relationship_type, 'located-at');
    const notes = objects.filter((o) => o.type === 'note' && o.object_refs.includes(funds.id));
    assert.equal(notes.length, assertion.claims.length);
    const ledger = notes.find((n) => n.x_nexus_publisher === 'Bamako Ledger')!;
    assert.match(ledger.content, /^"JNIM has funded the Katiba Serma"/);
    assert.match(ledger.content, /Attribution: the author, in Bamako Ledger/);
    assert.match(ledger.content, /Modality: reported/);
  });

  test('a denial is no relationship (STIX cannot negate one) but a note on the two actors', () => {
    const { objects } = bundleOf(whole);
    const denial = objects.find((o) => o.type === 'note' && o.x_nexus_polarity === 'negative')!;
    assert.match(denial.abstract, /^Denial: Jama'at Nusrat al-Islam wal-Muslimin does not fund Katiba Serma/);
    assert.match(denial.content, /Attribution: Katiba Serma, as reported by Niger River Wire/);
    const refs = denial.object_refs.map((id: string) => objects.find((o) => o.id === id)!.name ?? id);
    assert.ok(refs.includes('Katiba Serma') && refs.includes("Jama'at Nusrat al-Islam wal-Muslimin"), refs.join(', '));
    assert.equal(objects.filter((o) => o.type === 'relationship' && o.x_nexus_assertion_id?.endsWith('.neg')).length, 0);
  });

  test('a selection around one actor is a valid bundle of that neighbourhood only', async (t) => {
    const [sangare] = await store.findActors('Hamadou Sangare');
    const sel = await selectCorpus(store, { actors: [sangare], depth: 1 }, { details: true });
    const b = bundleOf(sel);
    assert.deepEqual(b.objects.filter((o) => ['threat-actor', 'identity', 'location'].includes(o.type)).map((o) => o.name).sort(),
      ["Jama'at Nusrat al-Islam wal-Muslimin", 'Hamadou Sangare', 'Katiba Serma'].sort());
    if (!validator) { t.skip(STIX_MISSING); return; }
    assert.deepEqual(validator.check(b), []);
  });
});
