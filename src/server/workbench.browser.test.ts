/**
 * The graph as an analyst's workbench, in headless Chromium: labels that
 * never overlap (whole corpus, opened community, focus, zoomed), an
 * actor's edges from the keyboard alone, a path with its evidence, reject
 * then undo everywhere without reload, review from the claims table, the
 * 1024x768 and 420x800 layouts, and a write planted by another site
 * refused. Screenshots of each go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkip, graphDrawn, launch, overlaps, SHOTS, shownLabels, watch } from '../testing/browser.js';
import { KIVU, SYNDICATED } from '../testing/corpus.js';
import { ownFiles, storeWith, type Fixture } from '../testing/server.js';
import type { ClaimRows, GraphResponse } from './api.js';
import { startServer, WEB_ROOT, type RunningServer } from './serve.js';

if (browserSkip) console.log(`# ${browserSkip}`);

describe('the graph workbench in a browser', { skip: browserSkip }, () => {
  let f: Fixture;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const warnings: string[] = [];

  before(async () => {
    f = await storeWith([...KIVU, SYNDICATED], { logger: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) } }, ownFiles());
    server = await startServer({ ...f.deps, webRoot: WEB_ROOT, host: '127.0.0.1', port: 0 });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch(page, problems);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await f?.close();
  });

  const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `${name}.png`) });
  const api = <T>(path: string): Promise<T> => page.evaluate(async (p) => (await fetch(p)).json(), `${server.url}api${path}`) as Promise<T>;
  const showing = (p: Page) => p.locator('#panel').getAttribute('data-showing');
  const positions = (p: Page) => p.evaluate(() => {
    const cy = (window as unknown as { nexusCy: { nodes(): { map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] } } }).nexusCy;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
  async function noOverlap(p: Page, least: number, what: string): Promise<void> {
    const boxes = await shownLabels(p);
    assert.deepEqual(overlaps(boxes), [], `${what}: labels overlap`);
    assert.ok(boxes.length >= least, `${what}: only ${boxes.length} labels shown (${boxes.map((b) => b.label).join(', ')})`);
  }
  async function zoomBy(p: Page, factor: number): Promise<void> {
    const v = await graphVersion(p);
    await p.evaluate((k) => {
      const cy = (window as unknown as { nexusCy: { zoom(o?: object): number; width(): number; height(): number } }).nexusCy;
      cy.zoom({ level: cy.zoom() * k, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }, factor);
    // Labels are placed again shortly after a zoom: wait for the page to say so.
    await p.waitForFunction((before) => Number(document.getElementById('view')?.dataset.labels ?? 0) > before, v);
  }
  const graphVersion = (p: Page) => p.evaluate(() => Number(document.getElementById('view')?.dataset.labels ?? 0));

  test('the whole corpus: communities first, no two labels overlap at any zoom; a community opens in place', async () => {
    await page.goto(`${server.url}#/graph`);
    await graphDrawn(page);
    assert.match(await page.locator('.graph-status').innerText(), /communities/);
    await noOverlap(page, 8, 'whole corpus');
    await shot(page, 'graph-communities');
    for (const k of [2.5, 0.3, 1.6]) {
      await zoomBy(page, k);
      await noOverlap(page, 3, `whole corpus zoomed x${k}`);
    }
    const before = await positions(page);
    const community = Object.keys(before).find((id) => id.startsWith('community:'))!;
    const drawn = await graphDrawn(page, 0);
    await page.evaluate((id) => (window as unknown as { nexusCy: { getElementById(i: string): { emit(e: string): void } } }).nexusCy.getElementById(id).emit('tap'), community);
    await graphDrawn(page, drawn);
    const afterOpen = await positions(page);
    assert.ok(!(community in afterOpen), 'the community gave way to its members');
    for (const [id, p] of Object.entries(before)) if (id !== community) assert.deepEqual(afterOpen[id], p, `${id} did not move`);
    assert.ok(Object.keys(afterOpen).length > Object.keys(before).length);
    await noOverlap(page, 8, 'community opened');
    await shot(page, 'graph-community-open');
  });

  test('legend and filters fit a 900 px tall screen, and filters apply as they change', async () => {
    const fits = await page.locator('.sidebar').evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    assert.ok(fits, 'the sidebar needs no scrolling at 1400x900');
    const drawn = await graphDrawn(page, 0);
    await page.getByLabel('Least sources').fill('2');
    await graphDrawn(page, drawn);
    const edges = Number(await page.locator('#view').getAttribute('data-edges'));
    const g = await api<GraphResponse>('/graph?minSources=2');
    assert.equal(edges, g.edges.length, 'the drawing shows the filtered edges without an Apply click');
    assert.match(page.url(), /minSources=2/);
    const again = await graphDrawn(page, 0);
    await page.getByLabel('Least sources').fill('');
    await graphDrawn(page, again);
  });

  test('search, Enter, and the keyboard alone: an actor is focused, its edges listed, one opened with its evidence', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('Yakutumba');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('panel')?.dataset.showing ?? '').startsWith('actor:'));
    assert.match(page.url(), /actor=/);
    assert.equal(await page.locator('#panel h2').innerText(), 'Mai-Mai Yakutumba');
    const rows = await page.locator('#panel .edge-row').count();
    assert.ok(rows >= 3, `${rows} edges listed`);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('edge-row')), true, 'the keyboard is on the first edge');
    await noOverlap(page, 3, 'focus view');
    await shot(page, 'graph-focus');
    // Sort by date, from the keyboard too.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#panel select')?.value === 'credibility');
    await page.locator('#panel .edge-row').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#panel .claim').first().waitFor();
    assert.ok((await showing(page))!.startsWith('edge:'));
    assert.match(await page.locator('#panel .edge-summary').innerText(), /independent source/);
    await shot(page, 'keyboard-edge');
    // The drawing itself: g, then the arrow keys go from actor to actor, Enter lists the chosen one's edges.
    await page.keyboard.press('Escape');
    await page.locator('#panel button.back').press('Enter');
    await page.waitForFunction(() => (document.getElementById('panel')?.dataset.showing ?? '').startsWith('actor:'));
    await page.locator('body').press('g');
    const first = await showing(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((was) => document.getElementById('panel')?.dataset.showing !== was, first);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('edge-row'));
    await page.keyboard.press('Enter');
    await page.locator('#panel .claim').first().waitFor();
  });

  test('expanding one actor adds its neighbours beside it and moves nothing on screen', async () => {
    const g = await api<GraphResponse>('/graph');
    const army = g.nodes.find((n) => n.name === 'Armed Forces of the Democratic Republic of the Congo')!;
    await page.goto(`${server.url}#/graph?actor=${g.nodes.find((n) => n.name === 'Mai-Mai Yakutumba')!.id}`);
    await graphDrawn(page);
    const before = await positions(page);
    assert.ok(army.id in before);
    const drawn = await graphDrawn(page, 0);
    await page.evaluate((id) => (window as unknown as { nexusGraph: { ctl: { expand(i: string): Promise<void> } } }).nexusGraph.ctl.expand(id), army.id);
    await graphDrawn(page, drawn);
    const after = await positions(page);
    for (const [id, p] of Object.entries(before)) assert.deepEqual(after[id], p, `${id} did not move`);
    assert.ok(Object.keys(after).length > Object.keys(before).length, 'the army brought its neighbours');
    await noOverlap(page, 3, 'after expanding');
    await shot(page, 'graph-expanded');
  });

  test('how Kasongo is connected to Yakutumba: paths drawn and listed with each hop’s evidence, thin ones marked', async () => {
    await page.locator('details.connect > summary').click();
    const from = page.getByLabel('Connect from');
    await from.fill('Jean-Marie Kasongo');
    await from.press('Enter');
    const to = page.getByLabel('Connect to');
    await to.fill('Mai-Mai Yakutumba');
    await to.press('Enter');
    await page.waitForFunction(() => document.getElementById('panel')?.dataset.showing === 'paths');
    const cards = page.locator('#panel .path-card');
    assert.ok(await cards.count() >= 2);
    assert.match(await cards.first().locator('.chain').innerText(), /^Jean-Marie Kasongo — .* — Mai-Mai Yakutumba$/);
    assert.ok(await cards.first().locator('.hop-claim mark').count() >= 2, 'each hop shows a quote');
    assert.ok(await page.locator('#panel .path-card.thin .badge').count() >= 1, 'a path resting on single sources is marked');
    assert.match(page.url(), /a=.*b=/);
    const drawnIds = await page.evaluate(() => (window as unknown as { nexusCy: { nodes(): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } }).nexusCy.nodes().map((n) => n.data('label')));
    assert.ok(drawnIds.includes('Jean-Marie Kasongo') && drawnIds.includes('Mai-Mai Yakutumba'));
    await noOverlap(page, 3, 'paths');
    await cards.nth(1).locator('.path-head button').click();
    await shot(page, 'paths');
  });

  test('reject a whole edge then undo: the edge, its cards and the counts come back without reload', async () => {
    await page.goto(`${server.url}#/graph`);
    await graphDrawn(page);
    const g = await api<GraphResponse>('/graph');
    const yak = g.nodes.find((n) => n.name === 'Mai-Mai Yakutumba')!;
    const funds = g.edges.find((e) => e.predicate === 'FUNDS' && e.polarity === 'positive' && e.source === yak.id)!;
    await page.goto(`${server.url}#/graph?actor=${yak.id}&edge=${encodeURIComponent(funds.id)}`);
    await graphDrawn(page);
    await page.locator('#panel .claim').first().waitFor();
    const edgesBefore = Number(await page.locator('#view').getAttribute('data-edges'));
    const tableBefore = await page.locator('.table-toggle').innerText();
    const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    const drawn = await graphDrawn(page, 0);
    await page.locator('#panel .edge-review').getByRole('button', { name: 'Reject all' }).click();
    await graphDrawn(page, drawn);
    assert.equal(Number(await page.locator('#view').getAttribute('data-edges')), edgesBefore - 1);
    await page.waitForFunction(() => document.querySelector('#panel .edge-review')?.getAttribute('data-state') === 'rejected');
    // The whole-edge decision is on every card: no card offers Accept/Reject as if nothing were decided.
    const states = await page.locator('#panel .claim .review').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    assert.ok(states.length > 0 && states.every((s) => s === 'rejected'), states.join());
    assert.equal(await page.locator('#panel .claim').getByRole('button', { name: 'Reject' }).count(), 0);
    assert.notEqual(await page.locator('.table-toggle').innerText(), tableBefore);
    await shot(page, 'edge-rejected-all');
    const again = await graphDrawn(page, 0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await graphDrawn(page, again);
    assert.equal(Number(await page.locator('#view').getAttribute('data-edges')), edgesBefore);
    await page.waitForFunction(() => document.querySelector('#panel .edge-review')?.getAttribute('data-state') === 'unreviewed');
    await page.waitForFunction((t) => document.querySelector('.table-toggle')?.textContent === t, tableBefore);
    assert.ok(await page.locator('#panel .claim').first().getByRole('button', { name: 'Reject' }).isVisible());
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), loads, 'no reload');
    await shot(page, 'edge-undone');
  });

  test('review from the claims table: select, reject, undo', async () => {
    await page.locator('.table-toggle').click();
    await page.locator('.claims-table table.claims tbody tr').first().waitFor();
    await page.getByLabel('Filter claims by words').fill('Lakeside');
    await page.waitForFunction(() => [...document.querySelectorAll('.claims-table tbody tr')].every((r) => r.textContent!.includes('Lakeside Post')));
    const ids = await page.locator('.claims-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim')!));
    assert.ok(ids.length >= 2);
    await page.getByLabel('Select the rows of this page').check();
    assert.match(await page.locator('.table-tools .selection').innerText(), new RegExp(`^${ids.length} selected`));
    await shot(page, 'table-selected');
    await page.getByRole('button', { name: 'Reject selected' }).click();
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).waitFor();
    const rejected = await api<ClaimRows>(`/graph/claims?actor=${encodeURIComponent(new URL(page.url().replace('#/', '')).searchParams.get('actor')!)}&includeRejected=true&review=rejected&limit=100`);
    assert.deepEqual(rejected.rows.map((r) => r.id).sort(), [...ids].sort());
    await page.waitForFunction(() => ![...document.querySelectorAll('.claims-table tbody tr')].some((r) => r.textContent!.includes('Lakeside Post') && !r.classList.contains('rejected')));
    await shot(page, 'table-rejected');
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.claims-table tbody tr:not(.rejected)').length === n, ids.length);
    const after = await api<ClaimRows>('/graph/claims?includeRejected=true&review=rejected&limit=100');
    assert.equal(after.total, 0);
  });

  for (const [w, hgt, name] of [[1024, 768, 'layout-1024'], [420, 800, 'layout-420']] as const) {
    test(`at ${w}x${hgt}: the panel is at least 300 px tall and nothing scrolls sideways`, async () => {
      const p = await browser.newPage({ viewport: { width: w, height: hgt } });
      watch(p, problems);
      try {
        await p.goto(`${server.url}#/graph`);
        await graphDrawn(p);
        const g = await api<GraphResponse>('/graph');
        const yak = g.nodes.find((n) => n.name === 'Mai-Mai Yakutumba')!;
        await p.goto(`${server.url}#/graph?actor=${yak.id}`);
        await p.waitForFunction(() => (document.getElementById('panel')?.dataset.showing ?? '').startsWith('actor:'));
        await p.locator('#panel .edge-row').first().click();
        await p.locator('#panel .claim').first().waitFor();
        const panel = await p.locator('#panel').boundingBox();
        assert.ok(panel && panel.height >= 300 && panel.width >= 300, JSON.stringify(panel));
        const sideways = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(sideways <= 0, `the page scrolls ${sideways} px sideways`);
        const cy = await p.locator('#cy').boundingBox();
        assert.ok(cy && cy.width >= (w < 600 ? w - 30 : 500), `the drawing gets the width: ${JSON.stringify(cy)}`);
        await shot(p, name);
        for (const hash of [`#/actor/${yak.id}`, '#/documents', '#/sources']) {
          await p.goto(`${server.url}${hash}`);
          await p.waitForFunction(() => !!document.body.dataset.ready);
          assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${hash} scrolls sideways`);
        }
      } finally { await p.close(); }
    });
  }

  test('a write planted from a sandboxed frame on another site is refused', async () => {
    const target = `${server.url}api/ingest`;
    const frame = `<script>
      const form = new FormData();
      form.append('files', new Blob(['The CIA funds Lashkar-e-Taiba, officials said.'], { type: 'text/plain' }), 'planted.txt');
      fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', body: form })
        .then(() => parent.postMessage('sent', '*'), (e) => parent.postMessage('failed: ' + e, '*'));
    </script>`;
    const attacker: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>another site</title><p id="out">waiting</p>
        <iframe sandbox="allow-scripts" srcdoc="${frame.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>
        <script>addEventListener('message', (e) => { document.getElementById('out').textContent = e.data; });</script>`);
    });
    await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()));
    const p = await browser.newPage();
    try {
      const docs = (await f.store.stats()).documents;
      // localhost and 127.0.0.1 are two sites: the page is on another site than the server, and its frame has the origin "null".
      await p.goto(`http://localhost:${(attacker.address() as { port: number }).port}/`);
      await p.waitForFunction(() => document.getElementById('out')?.textContent !== 'waiting');
      assert.equal(await p.locator('#out').innerText(), 'sent', 'the request left the browser');
      await p.screenshot({ path: join(SHOTS, 'planted-write.png') });
      assert.ok(warnings.some((w) => /refused POST \/api\/ingest from another site \((Origin: null|Sec-Fetch-Site: cross-site)\)/.test(w)), warnings.join('\n'));
      assert.equal((await f.store.stats()).documents, docs, 'nothing was stored');
      assert.ok(!(await f.store.documents()).some((d) => d.path === 'planted.txt'));
    } finally {
      await p.close();
      await new Promise<void>((r) => attacker.close(() => r()));
    }
  });

  test('no script error, refused policy or dialog on any view', () => {
    assert.deepEqual(problems, []);
  });
});
