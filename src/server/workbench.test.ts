/**
 * The analyst's workbench over HTTP: communities and dates in the graph,
 * the claims table (sort, filter, page, review many, export), paths
 * between two actors with their evidence, copies folded into one card.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Hono } from 'hono';
import { KIVU, SYNDICATED } from '../testing/corpus.js';
import { storeWith, type Fixture } from '../testing/server.js';
import { STIX_MISSING, stixValidator } from '../testing/stix.js';
import type { AssertionView, ClaimRows, GraphResponse, PathsResponse } from './api.js';
import { createApp } from './app.js';

const post = (path: string, body: unknown) => [path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }] as const;

async function get<T>(app: Hono, path: string): Promise<T> {
  const res = await app.request(path);
  const body = await res.json();
  assert.equal(res.status, 200, `${path}: ${JSON.stringify(body)}`);
  return body as T;
}

describe('the workbench API', () => {
  let f: Fixture;
  let app: Hono;
  let graph: GraphResponse;
  const id = (name: string) => graph.nodes.find((n) => n.name === name)!.id;
  before(async () => {
    f = await storeWith([...KIVU, SYNDICATED]);
    app = createApp(f.deps).app;
    graph = await get<GraphResponse>(app, '/api/graph');
  });
  after(() => f.close());

  test('the graph carries Louvain communities covering every actor once, and the claim dates of each edge', () => {
    const members = graph.communities.flatMap((c) => c.members);
    assert.deepEqual([...members].sort(), graph.nodes.map((n) => n.id).sort());
    assert.ok(graph.communities.every((c, i) => i === 0 || graph.communities[i - 1].members.length >= c.members.length));
    const funds = graph.edges.find((e) => e.predicate === 'FUNDS' && e.polarity === 'positive')!;
    assert.equal(funds.dates.reduce((n, [, k]) => n + k, 0), funds.claims);
    assert.ok(funds.dates.some(([d]) => d === '2022'), JSON.stringify(funds.dates));
  });

  test('the claims table lists every claim in view, sorts, filters and pages', async () => {
    const all = await get<ClaimRows>(app, '/api/graph/claims?limit=1000');
    assert.equal(all.total, graph.edges.reduce((n, e) => n + e.claims, 0));
    for (const r of all.rows) assert.ok(r.subject.name && r.predicate && r.object.name && r.publisher && r.source && typeof r.credibility === 'number', JSON.stringify(r));
    const byDate = await get<ClaimRows>(app, '/api/graph/claims?sort=date&dir=asc&limit=1000');
    const dates = byDate.rows.map((r) => r.date ?? '');
    assert.deepEqual(dates, [...dates].sort());
    const page2 = await get<ClaimRows>(app, '/api/graph/claims?sort=date&dir=asc&limit=2&offset=2');
    assert.deepEqual(page2.rows.map((r) => r.id), byDate.rows.slice(2, 4).map((r) => r.id));
    const lakeside = await get<ClaimRows>(app, '/api/graph/claims?q=lakeside');
    assert.ok(lakeside.total > 0 && lakeside.rows.every((r) => r.publisher === 'Lakeside Post'));
    const funds = await get<ClaimRows>(app, '/api/graph/claims?predicates=FUNDS');
    assert.ok(funds.rows.every((r) => r.predicate === 'FUNDS'));
    const brushed = await get<ClaimRows>(app, '/api/graph/claims?from=2024-03-15&to=2024-03-31');
    // A date known to the month (2024-03) overlaps the range; one known to the day must fall inside it.
    const overlaps = (d: string) => d.length < 10 ? '2024-03-15'.startsWith(d) || '2024-03-31'.startsWith(d) : d >= '2024-03-15' && d <= '2024-03-31';
    assert.ok(brushed.total > 0 && brushed.rows.every((r) => overlaps(r.date!)), JSON.stringify(brushed.rows.map((r) => r.date)));
    assert.ok(brushed.rows.some((r) => r.date === '2024-03-20') && !brushed.rows.some((r) => r.date === '2024-03-12'));
    const ids = await get<ClaimRows>(app, '/api/graph/claims?limit=1&ids=true');
    assert.equal(ids.ids!.length, all.total);
    assert.deepEqual(ids.ids!.map((x) => x.id).sort(), all.rows.map((r) => r.id).sort());
    const bad = await app.request('/api/graph/claims?sort=colour');
    assert.equal(bad.status, 400);
  });

  test('many claims are reviewed at once; a bad id changes nothing; undo restores the counts', async () => {
    const rows = (await get<ClaimRows>(app, '/api/graph/claims?predicates=FUNDS&limit=1000')).rows.filter((r) => r.polarity === 'positive');
    const before = await get<GraphResponse>(app, '/api/graph');
    const fundsEdge = rows[0].assertion;
    const refused = await app.request(...post('/api/review', { items: [{ kind: 'claim', id: rows[0].id, decision: 'rejected' }, { kind: 'claim', id: 'nope:c1', decision: 'rejected' }] }));
    assert.equal(refused.status, 404);
    assert.equal((await get<ClaimRows>(app, '/api/graph/claims?review=rejected&includeRejected=true')).total, 0, 'nothing was half-written');
    const ok = await app.request(...post('/api/review', { items: rows.map((r) => ({ kind: 'claim', id: r.id, decision: 'rejected' })) }));
    assert.equal(ok.status, 200);
    const after = await get<GraphResponse>(app, '/api/graph');
    assert.ok(!after.edges.some((e) => e.id === fundsEdge), 'every claim rejected: the edge left the graph');
    assert.equal((await get<ClaimRows>(app, '/api/graph/claims?review=rejected&includeRejected=true')).total, rows.length);
    await app.request(...post('/api/review', { items: rows.map((r) => ({ kind: 'claim', id: r.id, decision: 'clear' })) }));
    const undone = await get<GraphResponse>(app, '/api/graph');
    assert.deepEqual(undone.edges.map((e) => [e.id, e.claims]).sort(), before.edges.map((e) => [e.id, e.claims]).sort());
  });

  test('undo goes through the store journal and puts back what was there, an earlier acceptance included', async () => {
    const [a, b] = (await get<ClaimRows>(app, '/api/graph/claims?sort=date&limit=2')).rows;
    await app.request(...post('/api/review', { items: [{ kind: 'claim', id: a.id, decision: 'accepted' }] }));
    const res = await app.request(...post('/api/review', { items: [{ kind: 'claim', id: a.id, decision: 'rejected' }, { kind: 'claim', id: b.id, decision: 'rejected' }] }));
    const { decisions } = await res.json() as { decisions: string[] };
    assert.equal(decisions.length, 2);
    const undo = await app.request(...post('/api/undo', { decisions }));
    assert.equal(undo.status, 200);
    const rows = (await get<ClaimRows>(app, '/api/graph/claims?limit=1000&includeRejected=true')).rows;
    assert.equal(rows.find((r) => r.id === a.id)!.review, 'accepted', 'back to accepted, not merely cleared');
    assert.equal(rows.find((r) => r.id === b.id)!.review, undefined);
    assert.equal((await app.request(...post('/api/undo', { decisions }))).status, 409, 'an undone decision cannot be undone twice');
    await app.request(...post('/api/review', { items: [{ kind: 'claim', id: a.id, decision: 'clear' }] }));
  });

  test('a write by another process shows at the next request, though the graph is kept between requests', async () => {
    const before = await get<GraphResponse>(app, '/api/graph');
    const edge = before.edges.find((e) => e.predicate === 'ATTACKED')!;
    // Straight to the store, as a CLI review would: the app's cache is not told.
    await f.store.review({ kind: 'assertion', id: edge.id }, 'rejected');
    assert.ok(!(await get<GraphResponse>(app, '/api/graph')).edges.some((e) => e.id === edge.id));
    await f.store.review({ kind: 'assertion', id: edge.id }, 'clear');
    assert.ok((await get<GraphResponse>(app, '/api/graph')).edges.some((e) => e.id === edge.id));
  });

  test('a whole-edge decision shows on every claim row of the edge', async () => {
    const edge = graph.edges.find((e) => e.predicate === 'ATTACKED')!;
    await app.request(...post('/api/review', { items: [{ kind: 'assertion', id: edge.id, decision: 'accepted' }] }));
    const rows = (await get<ClaimRows>(app, `/api/graph/claims?edges=${encodeURIComponent(edge.id)}`)).rows;
    assert.ok(rows.length > 0 && rows.every((r) => r.edgeReview === 'accepted' && r.assertion === edge.id));
    assert.equal((await get<ClaimRows>(app, '/api/graph/claims?review=accepted')).total, rows.length);
    await app.request(...post('/api/review', { items: [{ kind: 'assertion', id: edge.id, decision: 'clear' }] }));
  });

  test('the selection exports as CSV, GEXF and STIX with exactly the chosen claims', async () => {
    const chosen = (await get<ClaimRows>(app, '/api/graph/claims?sort=date&limit=3')).rows;
    const exp = (format: string) => app.request(...post('/api/export', { format, claims: chosen.map((r) => r.id) }));
    const csv = await exp('csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="nexus-claims\.csv"/);
    const records = parseCsv(await csv.text(), { columns: true }) as Array<{ id: string; quote: string }>;
    assert.deepEqual(records.map((r) => r.id).sort(), chosen.map((r) => r.id).sort());
    const gexf = new XMLParser({ ignoreAttributes: false }).parse(await (await exp('gexf')).text());
    const edges = [gexf.gexf.graph.edges.edge].flat() as Array<{ '@_id': string }>;
    assert.deepEqual(edges.map((e) => e['@_id']).sort(), [...new Set(chosen.map((r) => r.assertion))].sort());
    const bundle = JSON.parse(await (await exp('stix')).text()) as { objects: Array<{ type: string }> };
    assert.equal(bundle.objects.filter((o) => o.type === 'note' && JSON.stringify(o).includes('"abstract"')).length >= chosen.length, true);
    const validator = stixValidator();
    if (!validator) console.log(`# ${STIX_MISSING}`);
    else assert.deepEqual(validator.check(bundle), []);
    assert.equal((await app.request(...post('/api/export', { format: 'cypher', claims: [chosen[0].id] }))).status, 400);
    assert.equal((await app.request(...post('/api/export', { format: 'csv', claims: ['nope:c1'] }))).status, 404);
  });

  test('how Kasongo is connected to Yakutumba: paths by evidence, each hop with quotes, thin paths marked', async () => {
    const r = await get<PathsResponse>(app, `/api/paths?a=${id('Jean-Marie Kasongo')}&b=${id('Mai-Mai Yakutumba')}&k=3`);
    assert.ok(r.paths.length >= 2, JSON.stringify(r.paths.map((p) => p.actors.map((a) => a.name))));
    for (const [i, p] of r.paths.entries()) {
      assert.equal(p.actors[0].name, 'Jean-Marie Kasongo');
      assert.equal(p.actors[p.actors.length - 1].name, 'Mai-Mai Yakutumba');
      assert.equal(p.hops.length, p.actors.length - 1);
      if (i) assert.ok(r.paths[i - 1].length <= p.length);
      const lengths = p.hops.reduce((n, h) => n + 1 + 2 * (1 - h.edge.credibility), 0);
      assert.ok(Math.abs(lengths - p.length) < 0.01);
      for (const h of p.hops) {
        assert.ok(h.claims.length > 0 && h.claims.every((c) => c.context.quote && c.document.publisher));
        assert.ok(new Set([p.actors.map((a) => a.id)].flat()).has(h.subject.id));
      }
      assert.equal(p.singleSource, p.hops.every((h) => h.edge.independentSources === 1));
      if (p.oneDocument) assert.ok(p.hops.every((h) => h.claims.every((c) => c.documentId === p.oneDocument!.id)));
    }
    assert.ok(r.paths.some((p) => p.singleSource) && r.paths.some((p) => !p.singleSource), 'both kinds of path are found here');
    assert.equal((await app.request(`/api/paths?a=${id('Jean-Marie Kasongo')}&b=nobody`)).status, 404);
    assert.equal((await app.request('/api/paths?a=x')).status, 400);
  });

  test('a syndicated copy is one card with its copies and publishers', async () => {
    const funds = graph.edges.find((e) => e.predicate === 'FUNDS' && e.polarity === 'positive')!;
    const a = await get<AssertionView>(app, `/api/assertions/${encodeURIComponent(funds.id)}`);
    const group = a.copyGroups.find((g) => g.publishers.includes('River Wire'))!;
    assert.ok(group, JSON.stringify(a.copyGroups));
    assert.deepEqual([...group.publishers].sort(), ['Harbour Times', 'River Wire']);
    assert.equal(group.copies, 2);
    const lead = a.claims.find((c) => c.id === group.lead)!;
    assert.equal(lead.publisher, 'Harbour Times', 'the first published leads');
  });
});
