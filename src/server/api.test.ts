import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { KIVU } from '../testing/corpus.js';
import { fakeFetcher, storeWith, type Fixture } from '../testing/server.js';
import type { ActorPage, AssertionView, DocumentView, GraphResponse, IngestJob } from './api.js';
import { createApp, type NexusApp } from './app.js';

const FUNDS = (g: GraphResponse) => g.edges.find((e) => e.predicate === 'FUNDS' && e.polarity === 'positive')!;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function get<T>(app: Hono, path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = await res.json();
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
  return body as T;
}

async function fails(res: Response | Promise<Response>, status: number, code: string): Promise<string> {
  const r = await res;
  const body = await r.json() as { error: { code: string; message: string } };
  assert.equal(r.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
  return body.error.message;
}

describe('reading the corpus', () => {
  let f: Fixture;
  let app: Hono;
  before(async () => { f = await storeWith(KIVU); app = createApp(f.deps).app; });
  after(() => f.close());

  test('meta lists the vocabulary and the corpus size', async () => {
    const m = await get<{ predicates: string[]; stats: { documents: number }; tokenRequired: boolean }>(app, '/api/meta');
    assert.ok(m.predicates.includes('FUNDS'));
    assert.equal(m.stats.documents, 3);
    assert.equal(m.tokenRequired, false);
  });

  test('the graph has the funding edge with its sources, and filters narrow it', async () => {
    const g = await get<GraphResponse>(app, '/api/graph');
    const funds = FUNDS(g);
    assert.ok(funds, 'a FUNDS edge');
    assert.equal(funds.independentSources, 2);
    assert.ok(g.nodes.some((n) => n.name === 'Mai-Mai Yakutumba' && n.type === 'ArmedGroup'));
    const only = await get<GraphResponse>(app, '/api/graph?predicates=FUNDS');
    assert.ok(only.edges.length > 0 && only.edges.every((e) => e.predicate === 'FUNDS'));
    const twoSources = await get<GraphResponse>(app, '/api/graph?minSources=2');
    assert.ok(twoSources.edges.every((e) => e.independentSources >= 2));
    const people = await get<GraphResponse>(app, '/api/graph?types=Person');
    assert.ok(people.nodes.every((n) => n.type === 'Person'));
    const reported = await get<GraphResponse>(app, '/api/graph?modalities=reported');
    assert.ok(reported.edges.every((e) => (e.modalities.reported ?? 0) > 0));
    const credible = await get<GraphResponse>(app, '/api/graph?minCredibility=0.7');
    assert.ok(credible.edges.every((e) => e.credibility >= 0.7) && credible.edges.length < g.edges.length);
    const later = await get<GraphResponse>(app, '/api/graph?from=2024-04-01');
    assert.ok(later.edges.length < g.edges.length);
    const small = await get<GraphResponse>(app, '/api/graph?maxNodes=2');
    assert.equal(small.nodes.length, 2);
    assert.ok(small.truncated > 0);
  });

  test('focusing on an actor returns its neighbourhood', async () => {
    const g = await get<GraphResponse>(app, '/api/graph');
    const kasongo = g.nodes.find((n) => n.name === 'Jean-Marie Kasongo')!;
    const near = await get<GraphResponse>(app, `/api/graph?actor=${kasongo.id}&depth=1`);
    assert.ok(near.nodes.some((n) => n.id === kasongo.id));
    // The neighbourhood: every node is Kasongo or one hop from him; edges stay among those nodes.
    const ids = new Set(near.nodes.map((n) => n.id));
    assert.ok(near.edges.some((e) => e.source === kasongo.id || e.target === kasongo.id));
    assert.ok(near.edges.every((e) => ids.has(e.source) && ids.has(e.target)));
    const oneHop = new Set(near.edges.filter((e) => e.source === kasongo.id || e.target === kasongo.id).flatMap((e) => [e.source, e.target]));
    assert.ok(near.nodes.every((n) => oneHop.has(n.id)), 'no node further than one hop');
    await fails(app.request('/api/graph?actor=nobody'), 404, 'NotFound');
  });

  test('bad graph parameters are refused with the parameter named', async () => {
    for (const q of ['minSources=x', 'minSources=-1', 'predicates=FLIES', 'types=Alien', 'from=yesterday', 'minCredibility=2', 'depth=9', 'includeRejected=maybe', 'colour=red']) {
      await fails(app.request(`/api/graph?${q}`), 400, 'BadParameter');
    }
    assert.match(await fails(app.request('/api/graph?minSources=x'), 400, 'BadParameter'), /minSources/);
  });

  test('an assertion lists its claims with the quote in its sentence and the document', async () => {
    const id = FUNDS(await get<GraphResponse>(app, '/api/graph')).id;
    const a = await get<AssertionView>(app, `/api/assertions/${encodeURIComponent(id)}`);
    const harbour = a.claims.find((c) => c.publisher === 'Harbour Times')!;
    assert.equal(harbour.context.quote, harbour.quote.text);
    assert.match(`${harbour.context.before}${harbour.context.quote}${harbour.context.after}`, /^The Mai-Mai Yakutumba militia has been funding the Twirwaneho rebels in South Kivu since 2022, .* on Monday\.$/);
    assert.equal(harbour.document.path, 'funding.txt');
    assert.equal(harbour.document.published, '2024-03-12');
    await fails(app.request('/api/assertions/x.FUNDS.y.pos'), 404, 'NotFound');
    await fails(app.request('/api/assertions/a.FUNDS.b.pos?includeRejected=perhaps'), 400, 'BadParameter');
  });

  test('claims can be listed by actor and predicate', async () => {
    const [yakutumba] = await get<Array<{ id: string }>>(app, '/api/actors?name=yakutumba');
    const claims = await get<Array<{ predicate: string; context: { quote: string } }>>(app, `/api/claims?actor=${yakutumba.id}&predicate=FUNDS`);
    assert.ok(claims.length >= 2 && claims.every((c) => c.predicate === 'FUNDS' && c.context.quote));
    await fails(app.request('/api/claims?predicate=LIKES'), 400, 'BadParameter');
    await fails(app.request('/api/claims?limit=lots'), 400, 'BadParameter');
  });

  test('actors: search by alias, the actor page with names, claims in and out and a timeline', async () => {
    const found = await get<Array<{ id: string; name: string }>>(app, '/api/actors?name=Yakutumba&type=ArmedGroup');
    assert.equal(found[0].name, 'Mai-Mai Yakutumba');
    const page = await get<ActorPage>(app, `/api/actors/${found[0].id}`);
    assert.ok(page.actor.names.some((n) => n.name === 'Yakutumba'));
    const docs = page.actor.names.flatMap((n) => n.documents);
    assert.ok(docs.every((d) => page.documents[d]), 'every document where a name was seen is described');
    assert.ok(page.out.FUNDS.length >= 2);
    assert.ok(page.in.ATTACKED?.length >= 1);
    const dates = page.timeline.map((t) => t.date ?? '9999');
    assert.deepEqual(dates, [...dates].sort());
    await fails(app.request('/api/actors/nobody'), 404, 'NotFound');
    await fails(app.request('/api/actors?type=Alien'), 400, 'BadParameter');
    await fails(app.request('/api/actors?offset=-3'), 400, 'BadParameter');
  });

  test('documents: the list, and one document with its mentions, dropped pieces and claim evidence', async () => {
    const docs = await get<Array<{ id: string; path: string }>>(app, '/api/documents');
    assert.equal(docs.length, 3);
    const funding = docs.find((d) => d.path === 'funding.txt')!;
    const v = await get<DocumentView>(app, `/api/documents/${funding.id}`);
    assert.ok(v.mentions.some((m) => v.text.slice(m.start, m.end) === m.text && m.name === 'Mai-Mai Yakutumba' && m.actor));
    const copyright = v.dropped.find((d) => d.rule === 'boilerplate/copyright')!;
    assert.match(v.text.slice(copyright.start, copyright.end), /All rights reserved/);
    assert.ok(v.claims.every((c) => v.text.slice(c.quote.start, c.quote.end) === c.quote.text));
    await fails(app.request('/api/documents/0000'), 404, 'NotFound');
    await fails(app.request('/api/documents?from=March'), 400, 'BadParameter');
  });

  test('contradictions, sources and search', async () => {
    const contra = await get<Array<{ kind: string; reason: string }>>(app, '/api/contradictions');
    assert.ok(contra.some((c) => c.kind === 'polarity'));
    const [yakutumba] = await get<Array<{ id: string }>>(app, '/api/actors?name=yakutumba');
    assert.ok((await get<unknown[]>(app, `/api/contradictions?actor=${yakutumba.id}`)).length > 0);
    await fails(app.request('/api/contradictions?who=me'), 400, 'BadParameter');
    const sources = await get<Array<{ name: string; kind: string }>>(app, '/api/sources');
    assert.ok(sources.some((s) => s.name === 'Harbour Times' && s.kind === 'publisher'));
    const hits = await get<Array<{ snippet: string }>>(app, '/api/search?q=funding');
    assert.ok(hits.length > 0);
    await fails(app.request('/api/search'), 400, 'BadParameter');
    await fails(app.request('/api/search?q=%20'), 400, 'BadParameter');
  });

  test('an unknown endpoint is a JSON 404', async () => {
    await fails(app.request('/api/nothing-here'), 404, 'NotFound');
    await fails(app.request('/api/graph', { method: 'DELETE' }), 404, 'NotFound');
  });
});

describe('analyst decisions', () => {
  let f: Fixture;
  let app: Hono;
  before(async () => { f = await storeWith(KIVU); app = createApp(f.deps).app; });
  after(() => f.close());

  test('rejecting a claim takes it out of the edge; rejecting all takes the edge out of the graph; undo brings it back', async () => {
    const id = FUNDS(await get<GraphResponse>(app, '/api/graph')).id;
    const path = `/api/assertions/${encodeURIComponent(id)}`;
    const before = await get<AssertionView>(app, path);
    const [first, ...rest] = before.claims;
    const r = await app.request(`/api/claims/${encodeURIComponent(first.id)}/review`, json({ decision: 'rejected' }));
    assert.equal(r.status, 200);
    const afterOne = await get<AssertionView>(app, path);
    assert.ok(!afterOne.claims.some((c) => c.id === first.id));
    assert.ok((await get<AssertionView>(app, `${path}?includeRejected=true`)).claims.some((c) => c.id === first.id && c.review === 'rejected'));
    for (const c of rest) await app.request(`/api/claims/${encodeURIComponent(c.id)}/review`, json({ decision: 'rejected' }));
    assert.ok(!(await get<GraphResponse>(app, '/api/graph')).edges.some((e) => e.id === id));
    assert.ok((await get<GraphResponse>(app, '/api/graph?includeRejected=true')).edges.some((e) => e.id === id));
    for (const c of before.claims) await app.request(`/api/claims/${encodeURIComponent(c.id)}/review`, json({ decision: 'clear' }));
    assert.ok((await get<GraphResponse>(app, '/api/graph')).edges.some((e) => e.id === id));
    await fails(app.request(`/api/claims/${encodeURIComponent(first.id)}/review`, json({ decision: 'maybe' })), 400, 'BadParameter');
    await fails(app.request('/api/claims/none/review', json({ decision: 'accepted' })), 404, 'NotFound');
  });

  test('reviewing a whole assertion', async () => {
    const id = FUNDS(await get<GraphResponse>(app, '/api/graph')).id;
    const r = await app.request(`/api/assertions/${encodeURIComponent(id)}/review`, json({ decision: 'accepted' }));
    assert.equal(r.status, 200);
    assert.equal(FUNDS(await get<GraphResponse>(app, '/api/graph')).review, 'accepted');
    await fails(app.request('/api/assertions/x.FUNDS.y.pos/review', json({ decision: 'accepted' })), 404, 'NotFound');
    await fails(app.request(`/api/assertions/${encodeURIComponent(id)}/review`, json({})), 400, 'BadParameter');
  });

  test('grading a source', async () => {
    const r = await app.request('/api/sources/grade', { ...json({ name: 'Lakeside Post', grade: 'E' }), method: 'PUT' });
    assert.equal(r.status, 200);
    const sources = await get<Array<{ name: string; grade?: string }>>(app, '/api/sources');
    assert.equal(sources.find((s) => s.name === 'Lakeside Post')?.grade, 'E');
    await fails(app.request('/api/sources/grade', { ...json({ name: 'Lakeside Post', grade: 'Z' }), method: 'PUT' }), 400, 'BadParameter');
    await fails(app.request('/api/sources/grade', { ...json({ grade: 'A' }), method: 'PUT' }), 400, 'BadParameter');
  });

  test('splitting a name off an actor; merging two actors', async () => {
    const [yakutumba] = await get<Array<{ id: string }>>(app, '/api/actors?name=Mai-Mai%20Yakutumba');
    const r = await app.request(`/api/actors/${yakutumba.id}/split`, json({ alias: 'Yakutumba' }));
    const body = await r.json() as { id: string; created: string };
    assert.equal(r.status, 200, JSON.stringify(body));
    // A knowledge-base alias keeps its documents with the entry: the split only stops the name joining new documents.
    assert.equal(typeof body.created, 'string');
    await get<ActorPage>(app, `/api/actors/${body.created}`);
    const [kasongo] = await get<Array<{ id: string }>>(app, '/api/actors?name=Kasongo');
    const [army] = await get<Array<{ id: string }>>(app, '/api/actors?name=Congolese%20army');
    const m = await app.request(`/api/actors/${army.id}/merge`, json({ from: kasongo.id }));
    assert.equal(m.status, 200);
    const merged = await get<ActorPage>(app, `/api/actors/${army.id}`);
    assert.ok(merged.actor.names.some((n) => n.name === 'Jean-Marie Kasongo'));
    assert.ok(merged.actor.merges.some((x) => x.by === 'user'));
    await fails(app.request(`/api/actors/${yakutumba.id}/split`, json({ alias: 'Hezbollah' })), 404, 'NotFound');
    await fails(app.request(`/api/actors/${yakutumba.id}/split`, json({ alias: '' })), 400, 'BadParameter');
    await fails(app.request(`/api/actors/${yakutumba.id}/merge`, json({ from: yakutumba.id })), 400, 'UsageError');
    await fails(app.request(`/api/actors/${yakutumba.id}/merge`, json({ from: 'nobody' })), 404, 'NotFound');
    await fails(app.request(`/api/actors/${yakutumba.id}/merge`, json({ into: 'x' })), 400, 'BadParameter');
    await fails(app.request(`/api/actors/${yakutumba.id}/split`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }), 400, 'BadParameter');
  });
});

describe('ingest from the browser', () => {
  let f: Fixture;
  let nexus: NexusApp;
  const PAGE = '<html><head><title>Raid in Kivu</title></head><body><article><h1>Raid in Kivu</h1><p>Twirwaneho fighters attacked a Congolese army post near Minembwe on Friday, local officials said.</p><p>The army said it arrested two Twirwaneho commanders after the raid.</p></article></body></html>';
  before(async () => {
    f = await storeWith([], { fetcher: fakeFetcher({ 'https://news.example.org/raid': PAGE }), limits: { document: 4000, upload: 20_000, json: 20_000 } });
    nexus = createApp(f.deps);
  });
  after(() => f.close());

  async function finished(res: Response): Promise<IngestJob> {
    const job = await res.json() as IngestJob;
    assert.equal(res.status, 202, JSON.stringify(job));
    await nexus.jobs.idle();
    return get<IngestJob>(nexus.app, `/api/ingest/${job.id}`);
  }

  test('pasted text is stored and its claims reach the graph', async () => {
    const job = await finished(await nexus.app.request('/api/ingest', json({ text: KIVU[0].body, title: KIVU[0].title, published: '2024-03-12', publisher: 'Harbour Times' })));
    assert.equal(job.state, 'done');
    assert.equal(job.items[0].status, 'stored');
    assert.ok(job.items[0].claims! > 0);
    assert.ok(FUNDS(await get<GraphResponse>(nexus.app, '/api/graph')));
    const again = await finished(await nexus.app.request('/api/ingest', json({ text: KIVU[0].body, title: KIVU[0].title })));
    assert.equal(again.items[0].status, 'duplicate');
  });

  test('a URL is fetched; a page that cannot be fetched fails in the job, not the server', async () => {
    const ok = await finished(await nexus.app.request('/api/ingest', json({ url: 'https://news.example.org/raid' })));
    assert.equal(ok.items[0].status, 'stored', JSON.stringify(ok));
    const docs = await get<Array<{ url?: string }>>(nexus.app, '/api/documents');
    assert.ok(docs.some((d) => d.url === 'https://news.example.org/raid'));
    const bad = await finished(await nexus.app.request('/api/ingest', json({ url: 'https://news.example.org/missing' })));
    assert.equal(bad.items[0].status, 'failed');
    assert.equal(bad.items[0].error?.code, 'FetchFailed');
  });

  test('dropped files are read from the request', async () => {
    const form = new FormData();
    form.append('files', new File([KIVU[2].body], 'clash.txt', { type: 'text/plain' }));
    form.append('files', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3])], 'photo.png', { type: 'image/png' }));
    const job = await finished(await nexus.app.request('/api/ingest', { method: 'POST', body: form }));
    assert.deepEqual(job.items.map((i) => i.status), ['stored', 'failed']);
    assert.equal(job.items[1].error?.code, 'InputBinary');
  });

  test('bad ingest requests are refused', async () => {
    await fails(nexus.app.request('/api/ingest', json({})), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest', json({ text: '   ' })), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest', json({ url: 'file:///etc/passwd' })), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest', json({ url: '/etc/passwd' })), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest', json({ text: 'x', published: '12 March' })), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest', { method: 'POST', body: new FormData() }), 400, 'BadParameter');
    await fails(nexus.app.request('/api/ingest/unknown-job'), 404, 'NotFound');
    // Above the request limit: refused before it is read.
    await fails(nexus.app.request('/api/ingest', json({ text: 'word '.repeat(10_000) })), 413, 'InputTooLarge');
    // Within the request limit, above the document limit: the job says why.
    const job = await finished(await nexus.app.request('/api/ingest', json({ text: 'word '.repeat(1000) })));
    assert.equal(job.items[0].error?.code, 'InputTooLarge');
  });
});

describe('security', () => {
  let f: Fixture;
  before(async () => { f = await storeWith(KIVU.slice(0, 1)); });
  after(() => f.close());

  test('every response carries the content security policy', async () => {
    const { app } = createApp(f.deps);
    for (const path of ['/api/meta', '/api/nothing', '/']) {
      const csp = (await app.request(path)).headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/, path);
      assert.match(csp, /object-src 'none'/, path);
    }
  });

  test('with a token, every request needs it', async () => {
    const { app } = createApp({ ...f.deps, token: 'sesame' });
    const token = { 'x-nexus-token': 'sesame' };
    assert.equal((await app.request('/api/graph')).status, 401);
    assert.equal((await app.request('/api/meta', { headers: token })).status, 200);
    assert.equal((await (await app.request('/api/meta', { headers: token })).json() as { tokenRequired: boolean }).tokenRequired, true);
    const grade = { name: 'Harbour Times', grade: 'B' };
    await fails(app.request('/api/sources/grade', { ...json(grade), method: 'PUT' }), 401, 'Unauthorized');
    await fails(app.request('/api/sources/grade', { ...json(grade, { 'x-nexus-token': 'wrong' }), method: 'PUT' }), 401, 'Unauthorized');
    await fails(app.request('/api/ingest', json({ text: 'Anything at all.' })), 401, 'Unauthorized');
    await fails(app.request('/api/claims/x/review', json({ decision: 'rejected' })), 401, 'Unauthorized');
    assert.equal((await app.request('/api/sources/grade', { ...json(grade, token), method: 'PUT' })).status, 200);
    assert.equal((await app.request('/api/sources/grade', { ...json(grade, { authorization: 'Bearer sesame' }), method: 'PUT' })).status, 200);
  });

  test('another site cannot post to the server, nor reach it under another host name', async () => {
    const { app } = createApp({ ...f.deps, allowedHosts: ['127.0.0.1', 'localhost'] });
    await fails(app.request('http://127.0.0.1:4173/api/sources/grade', { ...json({ name: 'X', grade: 'A' }, { origin: 'https://evil.example' }), method: 'PUT' }), 403, 'Forbidden');
    assert.equal((await app.request('http://127.0.0.1:4173/api/sources/grade', { ...json({ name: 'X', grade: 'A' }, { origin: 'http://127.0.0.1:4173', host: '127.0.0.1:4173' }), method: 'PUT' })).status, 200);
    await fails(app.request('http://rebound.example:4173/api/meta', { headers: { host: 'rebound.example:4173' } }), 403, 'Forbidden');
  });

  test('no request path reaches a file outside the built app', async () => {
    const { app } = createApp({ ...f.deps, webRoot: new URL('../../web/', import.meta.url).pathname });
    // web/ (the sources) stands in for a built app: its files are listed, nothing else is reachable.
    assert.equal((await app.request('/index.html')).status, 200);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/src/../../package.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/etc/passwd', '/assets/none.js']) {
      const r = await app.request(path);
      const text = await r.text();
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(text, /"name": "nexus"|root:/, path);
    }
  });
});
