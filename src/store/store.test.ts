/**
 * The conformance suite: the same tests against every Store implementation
 * (SQLite, and PostgreSQL when its binaries are installed).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger, type NexusDocument } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { extract } from '../pipeline/index.js';
import { asText, KIVU, SYNDICATED, type Article } from '../testing/corpus.js';
import { testModel } from '../testing/model.js';
import { PG_MISSING, startPostgres, type TestPostgres } from '../testing/postgres.js';
import { actorGraph, evidencePaths } from '../corpus/index.js';
import { openStore, type Store } from './index.js';

const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: () => new Date('2026-01-01T00:00:00Z'), logger: silentLogger };
const doc = (a: Article, path = `${a.name}.txt`): NexusDocument => extract(documentFromText(asText(a), { path }), ctx);
const [FUNDING, DENIAL, CLASH] = KIVU;

let pgServer: TestPostgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'nexus-store-'));
let n = 0;
const backends: Array<{ name: string; open: () => Promise<Store>; skip?: string }> = [
  { name: 'sqlite', open: () => openStore(join(dir, `s${++n}.db`), ctx.clock) },
  { name: 'postgres', open: async () => openStore(await pgServer!.database(), ctx.clock) },
];

before(async () => { pgServer = await startPostgres(); if (!pgServer) backends[1].skip = PG_MISSING; });
after(() => pgServer?.stop());

async function corpus(open: () => Promise<Store>, articles: Article[] = KIVU): Promise<Store> {
  const store = await open();
  for (const a of articles) await store.putDocument(doc(a));
  return store;
}

async function actorId(store: Store, name: string): Promise<string> {
  const found = await store.findActors(name);
  assert.equal(found.length, 1, `${name}: ${found.map((a) => a.name).join(', ')}`);
  return found[0].id;
}

/** What a user sees of the whole graph: actors with names and counts, assertions with claims, reviews and credibility, grades. */
async function picture(store: Store): Promise<unknown> {
  const g = await store.graph({ includeRejected: true });
  const nodes = g.nodes.map((a) => ({ id: a.id, name: a.name, type: a.type, kb: a.kbId, aliases: [...a.aliases].sort(), documents: a.documents, claims: a.claims }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = g.edges.map((e) => ({ id: e.id, claims: e.claims.map((c) => `${c.id}:${c.review ?? ''}`).sort(), review: e.review, score: e.credibility.score }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const actors = (await store.actors({ limit: 1000 })).map((a) => `${a.id} ${a.name} ${a.documents}`).sort();
  const grades = (await store.sources()).map((x) => `${x.name}:${x.grade ?? ''}`).sort();
  return { nodes, edges, actors, grades };
}

for (const backend of backends) {
  describe(`store conformance: ${backend.name}`, () => {
    const t = (name: string, fn: () => Promise<void>) => test(name, async (c) => { if (backend.skip) { c.skip(backend.skip); return; } await fn(); });

    t('a document is stored once; a copy from elsewhere is a duplicate with its location kept', async () => {
      const store = await backend.open();
      assert.equal((await store.putDocument(doc(FUNDING))).status, 'stored');
      assert.equal((await store.putDocument(doc(FUNDING, 'mirror/funding.txt'))).status, 'duplicate');
      const [d] = await store.documents();
      assert.equal(d.publisher, 'Harbour Times');
      assert.equal(d.published, '2024-03-12');
      assert.deepEqual(d.copies.map((c) => c.path), ['mirror/funding.txt']);
      assert.equal((await store.stats()).documents, 1);
      assert.match((await store.document(d.id))!.text, /Yakutumba militia has been funding/);
      await store.close();
    });

    t('actors merge across documents by knowledge-base id and by full name; any alias finds them', async () => {
      const store = await corpus(backend.open);
      const yak = await store.findActors('YAKUTUMBA');
      assert.equal(yak.length, 1);
      assert.equal(yak[0].name, 'Mai-Mai Yakutumba');
      assert.equal(yak[0].documents, 3);
      assert.ok(yak[0].aliases.includes('Yakutumba'), yak[0].aliases.join(', '));
      const kasongo = await store.findActors('jean-marie kasongo');
      assert.equal(kasongo.length, 1);
      assert.equal(kasongo[0].documents, 2, 'a person with the same full name in two documents is one actor');
      const detail = (await store.actor(yak[0].id))!;
      const seen = detail.names.find((x) => x.name === 'Yakutumba')!;
      assert.equal(seen.count, 2);
      assert.ok(detail.merges.some((m) => m.key === 'kb:mai-mai-yakutumba'));
      assert.deepEqual(await store.findActors('nobody at all'), []);
      await store.close();
    });

    t('claims across documents form assertions with documents, sources, dates and modalities', async () => {
      const store = await corpus(backend.open);
      const yak = await actorId(store, 'Yakutumba');
      const funds = (await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' }))[0];
      assert.equal(funds.object.name, 'Twirwaneho');
      assert.equal(funds.documents.length, 2);
      assert.equal(funds.independentSources, 2);
      assert.equal(funds.firstSeen, '2024-03-12');
      assert.equal(funds.lastSeen, '2024-04-02');
      assert.deepEqual(funds.eventDates, ['2022', '2023']);
      assert.ok((funds.modalities.asserted ?? 0) + (funds.modalities.reported ?? 0) === 2);
      assert.ok(funds.claims.every((c) => c.quote.text.length > 0 && c.documentId));
      assert.deepEqual(await store.assertion(funds.id).then((a) => a?.documents.length), 2);
      const attacked = (await store.claims({ predicate: 'ATTACKED', actor: await actorId(store, 'Twirwaneho') }));
      assert.ok(attacked.length >= 3);
      const inMarch = await store.claims({ predicate: 'ATTACKED', from: '2024-03-15', to: '2024-03-31' });
      assert.ok(inMarch.every((c) => (c.eventDate ?? c.published)! >= '2024-03' && (c.eventDate ?? c.published)! <= '2024-03-31'), JSON.stringify(inMarch.map((c) => c.eventDate)));
      assert.ok(inMarch.some((c) => c.eventDate === '2024-03'), 'a month-precise date meets a range inside that month');
      assert.equal((await store.claims({ source: 'lakeside post' })).every((c) => c.publisher === 'Lakeside Post'), true);
      await store.close();
    });

    t('the claims of an actor, whole or a page at a time, are those of the whole list with the actor at an end, in its order', async () => {
      const store = await corpus(backend.open);
      const all = await store.claims();
      for (const name of ['Yakutumba', 'Twirwaneho']) {
        const id = await actorId(store, name);
        const mine = all.filter((c) => c.subject.id === id || c.object.id === id).map((c) => c.id);
        assert.ok(mine.length >= 3, `${name}: ${mine.length} claims`);
        assert.deepEqual((await store.claims({ actor: id })).map((c) => c.id), mine);
        assert.equal(await store.countClaims({ actor: id }), mine.length);
        const pages: string[] = [];
        for (let offset = 0; offset < mine.length; offset += 2) pages.push(...(await store.claims({ actor: id, limit: 2, offset })).map((c) => c.id));
        assert.deepEqual(pages, mine);
        const asSubject = all.filter((c) => c.subject.id === id).map((c) => c.id);
        assert.deepEqual((await store.claims({ subject: id, limit: 1000 })).map((c) => c.id), asSubject);
      }
      const page = await store.claims({ limit: 3, offset: 1 });
      assert.deepEqual(page.map((c) => c.id), all.slice(1, 4).map((c) => c.id));
      assert.deepEqual(page.map((c) => c.quote.text), all.slice(1, 4).map((c) => c.quote.text));
      await store.close();
    });

    t('a syndicated copy adds a document but not an independent source', async () => {
      const store = await corpus(backend.open, [...KIVU, SYNDICATED]);
      const yak = await actorId(store, 'Yakutumba');
      const funds = (await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' }))[0];
      assert.equal(funds.documents.length, 3);
      assert.equal(funds.independentSources, 2);
      assert.ok(funds.sources.some((s) => s.publishers.includes('Harbour Times') && s.publishers.includes('River Wire')));
      await store.close();
    });

    t('source grades change credibility, and the derivation is shown', async () => {
      const store = await corpus(backend.open);
      const yak = await actorId(store, 'Yakutumba');
      const before = (await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' }))[0].credibility;
      await store.gradeSource('harbour times', 'A');
      await store.gradeSource('Great Lakes Monitor', 'B');
      const after = (await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' }))[0].credibility;
      assert.ok(after.score > before.score, `${after.score} > ${before.score}`);
      assert.ok(after.steps.some((s) => /Harbour Times \(graded A/.test(s)), after.steps.join('\n'));
      assert.ok(after.steps.some((s) => /2 independent sources/.test(s)));
      const sources = await store.sources();
      assert.equal(sources.find((s) => s.name === 'Harbour Times')?.grade, 'A');
      await store.close();
    });

    t('seeded grades: a well-known publisher is graded from data/source-grades.json, and an analyst\'s grade overrides it', async () => {
      const store = await corpus(backend.open, [{ ...FUNDING, publisher: 'Reuters' }]);
      const yak = await actorId(store, 'Mai-Mai Yakutumba');
      const [funds] = await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' });
      assert.ok(funds.credibility.steps.some((x) => /Reuters \(graded B, 0\.80\)/.test(x)), funds.credibility.steps.join('\n'));
      assert.notEqual(funds.credibility.rating, 6, 'a graded source can be judged');
      assert.equal((await store.sources()).find((x) => x.name === 'Reuters')?.grade, 'B');
      await store.gradeSource('reuters', 'D');
      const [after] = await store.assertions({ subject: yak, predicate: 'FUNDS', polarity: 'positive' });
      assert.ok(after.credibility.steps.some((x) => /Reuters \(graded D/.test(x)), after.credibility.steps.join('\n'));
      await store.close();
    });

    t('contradictions: a claim and its denial, but not incompatible predicates years apart', async () => {
      const store = await corpus(backend.open);
      const list = await store.contradictions();
      const denial = list.find((c) => c.kind === 'polarity' && c.a.predicate === 'FUNDS');
      assert.ok(denial, list.map((c) => c.reason).join('; '));
      assert.notEqual(denial.a.polarity, denial.b.polarity);
      // Funding in 2022 and 2023, and an attack by the funded group in March 2024: a change, not a contradiction.
      assert.ok(!list.some((c) => c.kind === 'predicate' && [c.a.predicate, c.b.predicate].sort().join() === 'ATTACKED,FUNDS'), list.map((c) => c.reason).join('; '));
      await store.close();
    });

    t('merge and split are recorded and later documents follow them', async () => {
      const store = await corpus(backend.open, [FUNDING]);
      const twir = await actorId(store, 'Twirwaneho');
      const kasongo = await actorId(store, 'Jean-Marie Kasongo');
      await store.merge(twir, kasongo);
      assert.deepEqual((await store.findActors('Jean-Marie Kasongo')).map((a) => a.id), [twir]);
      assert.ok((await store.actor(twir))!.merges.some((m) => m.by === 'user' && m.key === 'name:person:jean marie kasongo'));
      await store.putDocument(doc(DENIAL));
      assert.deepEqual((await store.findActors('Jean-Marie Kasongo')).map((a) => a.id), [twir], 'a later document follows the merge');
      const splitId = await store.split(twir, 'Jean-Marie Kasongo');
      assert.notEqual(splitId, twir);
      const [split] = await store.findActors('Jean-Marie Kasongo');
      assert.deepEqual([split.id, split.documents], [splitId, 2]);
      await store.putDocument(doc({ ...CLASH, body: `${CLASH.body}\n\nColonel Jean-Marie Kasongo said Twirwaneho had withdrawn.` }));
      const after = await store.findActors('Jean-Marie Kasongo');
      assert.deepEqual([after.length, after[0].id, after[0].documents], [1, splitId, 3], 'a later document follows the split');
      await assert.rejects(store.split(splitId, 'Nobody'), /not a name of this actor/);
      await store.close();
    });

    t('undo: a merge, a split, reviews and grades are reversed one by one, and the graph is as before', async () => {
      const store = await corpus(backend.open);
      const start = await picture(store);
      const [yak, twir] = [await actorId(store, 'Yakutumba'), await actorId(store, 'Twirwaneho')];
      await store.merge(yak, twir);
      const merged = await picture(store);
      assert.notDeepEqual(merged, start);
      // The two names are two knowledge-base groups: a split by either name separates them again.
      const back = await store.split(yak, 'Twirwaneho');
      assert.notEqual(back, yak);
      const [apart] = await store.findActors('Twirwaneho');
      assert.deepEqual([apart.id, apart.documents], [back, 3]);
      assert.notEqual(apart.id, (await store.findActors('Yakutumba'))[0].id);
      const undoneSplit = await store.undo();
      assert.equal(undoneSplit.kind, 'split');
      assert.deepEqual(await picture(store), merged, 'undoing the split gives the merged graph back');
      const [claim] = await store.claims({ predicate: 'FUNDS', polarity: 'negative' });
      await store.review({ kind: 'claim', id: claim.id }, 'rejected');
      const [edge] = await store.assertions({ subject: yak, predicate: 'ATTACKED' });
      await store.review({ kind: 'assertion', id: edge.id }, 'accepted');
      await store.gradeSource('Harbour Times', 'A');
      await assert.rejects(store.undo((await store.history({ active: true })).find((h) => h.kind === 'merge')!.id), /undo .* first/, 'a later decision on the same actor comes first');
      const history = await store.history();
      assert.deepEqual(history.map((h) => [h.kind, !!h.undoneAt]), [['grade', false], ['review', false], ['review', false], ['split', true], ['merge', false]]);
      for (let i = 0; i < 4; i++) await store.undo();
      assert.deepEqual(await picture(store), start, 'after undoing everything the graph is the one before the merge');
      await assert.rejects(store.undo(), /no decision to undo/);
      await assert.rejects(store.undo(history[0].id), /already undone/);
      await store.close();
    });

    t('undo of a merge after more ingests: the later documents go where their names lead', async () => {
      const plain = await corpus(backend.open, [FUNDING, DENIAL]);
      const expected = await picture(plain);
      await plain.close();
      const store = await corpus(backend.open, [FUNDING]);
      await store.merge(await actorId(store, 'Twirwaneho'), await actorId(store, 'Jean-Marie Kasongo'));
      await store.putDocument(doc(DENIAL));
      const { summary } = await store.undo();
      assert.match(summary, /merged Jean-Marie Kasongo .* into Twirwaneho/);
      assert.deepEqual(await picture(store), expected);
      await store.close();
    });

    t('reviews: rejected claims and assertions drop out, and stay rejected after re-extraction', async () => {
      const store = await corpus(backend.open);
      const yak = await actorId(store, 'Yakutumba');
      const [claim] = await store.claims({ subject: yak, predicate: 'FUNDS', polarity: 'negative' });
      await store.review({ kind: 'claim', id: claim.id }, 'rejected');
      assert.equal((await store.claims({ subject: yak, predicate: 'FUNDS', polarity: 'negative' })).length, 0);
      assert.equal((await store.claims({ subject: yak, predicate: 'FUNDS', polarity: 'negative', includeRejected: true }))[0].review, 'rejected');
      await store.replaceDocument(doc(DENIAL));
      assert.equal((await store.claims({ subject: yak, predicate: 'FUNDS', polarity: 'negative' })).length, 0, 'the rejection survives re-extraction');
      const [ally] = await store.assertions({ predicate: 'ALLY_OF' });
      await store.review({ kind: 'assertion', id: ally.id }, 'rejected');
      assert.ok(!(await store.assertions({ predicate: 'ALLY_OF' })).some((a) => a.id === ally.id));
      assert.equal((await store.assertions({ predicate: 'ALLY_OF', includeRejected: true })).find((a) => a.id === ally.id)?.review, 'rejected');
      await store.replaceDocument(doc(CLASH));
      assert.ok(!(await store.assertions({ predicate: 'ALLY_OF' })).some((a) => a.id === ally.id));
      await assert.rejects(store.review({ kind: 'claim', id: 'nope:c1' }, 'accepted'), /no such claim/);
      await store.close();
    });

    t('full-text search finds documents and quotes', async () => {
      const store = await corpus(backend.open);
      const hits = await store.search('funding rebels');
      assert.ok(hits.some((h) => h.kind === 'document' && h.publisher === 'Harbour Times' && /\[/.test(h.snippet)), JSON.stringify(hits));
      const quotes = await store.search('allied');
      assert.ok(quotes.some((h) => h.kind === 'quote' && h.claimId));
      assert.deepEqual(await store.search('zzzzqqq'), []);
      assert.deepEqual(await store.search('"*'), []);
      await store.close();
    });

    t('graph: an actor, its neighbours within the depth, the assertions among them, and a date range', async () => {
      const store = await corpus(backend.open);
      const yak = await actorId(store, 'Yakutumba');
      const g = await store.graph({ actors: [yak], depth: 1 });
      const names = g.nodes.map((x) => x.name);
      assert.ok(names.includes('Twirwaneho') && names.includes('Mai-Mai Yakutumba'), names.join(', '));
      assert.ok(g.edges.every((e) => g.nodes.some((x) => x.id === e.subject.id) && g.nodes.some((x) => x.id === e.object.id)));
      const april = await store.graph({ actors: [yak], depth: 1, from: '2024-04-01' });
      assert.ok(april.edges.length < g.edges.length);
      const all = await store.actors({});
      assert.ok(all.length >= 5);
      assert.deepEqual((await store.actors({ type: 'Person' })).map((a) => a.name), ['Jean-Marie Kasongo']);
      assert.ok((await store.actors({ name: 'kivu' })).some((a) => a.name === 'South Kivu'));
      await store.close();
    });

    t('paths are searched in the store from both ends: shortest first, the same lengths as a search over the whole graph, and a rejected hop is no path', async () => {
      const store = await corpus(backend.open);
      const [from, to] = [await actorId(store, 'Yakutumba'), await actorId(store, 'Jean-Marie Kasongo')];
      const paths = await store.paths(from, to, { limit: 10, maxHops: 4 });
      assert.ok(paths.length >= 1, 'connected through the army or Twirwaneho');
      // The reference: every simple path over the whole graph read into memory (graphology).
      const whole = evidencePaths(actorGraph((await store.graph({})).edges), from, to, { limit: 100, maxHops: 4 });
      assert.equal(paths[0].hops.length, whole[0].hops.length, 'the shortest path has the shortest length');
      for (const p of paths) {
        assert.deepEqual([p.actors[0], p.actors[p.actors.length - 1]], [from, to]);
        p.hops.forEach((h, i) => assert.deepEqual([h.subject.id, h.object.id].sort(), [p.actors[i], p.actors[i + 1]].sort(), 'each hop joins its two actors'));
        assert.ok(whole.some((w) => w.actors.join() === p.actors.join()), `${p.actors.join(' > ')} is a path of the whole graph`);
      }
      assert.deepEqual(paths.map((p) => p.hops.length), [...paths.map((p) => p.hops.length)].sort((a, b) => a - b));
      const [first] = paths;
      for (const h of first.hops) await store.review({ kind: 'assertion', id: h.id }, 'rejected');
      const after = await store.paths(from, to, { limit: 10, maxHops: 4 });
      assert.ok(after.every((p) => p.hops.every((h) => !first.hops.some((x) => x.id === h.id))), 'rejected assertions carry no path');
      assert.deepEqual(await store.paths(from, from), []);
      await store.close();
    });
  });
}
