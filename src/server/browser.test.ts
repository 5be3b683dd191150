/**
 * The web app in headless Chromium (Debian's `chromium`, driven by
 * playwright-core): ingest, graph, edge panel, review, actor page,
 * document view, and an article full of markup that must stay text.
 * Screenshots of each view go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { KIVU } from '../testing/corpus.js';
import { storeWith, type Fixture } from '../testing/server.js';
import { startServer, WEB_ROOT, type RunningServer } from './serve.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;
const skip = !existsSync(CHROMIUM)
  ? `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`
  : !existsSync(join(WEB_ROOT, 'index.html')) ? `browser tests skipped: the web app is not built (npm run build)` : false;
if (skip) console.log(`# ${skip}`);

/** An article whose text carries markup: every piece must be shown as text and none may run. */
const HOSTILE = `Markup in a militia statement

The Mai-Mai Yakutumba militia has been funding the Twirwaneho rebels <img src=x onerror="window.__pwned = 'img'"> in South Kivu since 2022, local officials said.

A statement signed <script>window.__pwned = 'script'</script> by the militia was posted online <b onmouseover="window.__pwned = 'b'">in bold</b>.
`;

describe('the web app in a browser', { skip }, () => {
  let f: Fixture;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    f = await storeWith(KIVU.slice(1));
    server = await startServer({ ...f.deps, webRoot: WEB_ROOT, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await f?.close();
  });

  async function open(hash: string): Promise<void> {
    await page.evaluate(() => { document.body.dataset.ready = ''; }).catch(() => undefined);
    // The same #fragment again fires no hashchange: load the page anew.
    if (page.url() === `${server.url}${hash}`) await page.reload();
    else await page.goto(`${server.url}${hash}`);
    await page.waitForFunction(() => !!document.body.dataset.ready);
  }
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  test('ingest pasted text and see the job finish', async () => {
    await open('#/ingest');
    await page.getByLabel('Article text').fill(`${KIVU[0].title}\n\n${KIVU[0].body}`);
    await page.getByLabel('Title').fill(KIVU[0].title);
    await page.getByLabel('Publisher').fill(KIVU[0].publisher);
    await page.getByLabel('Publication date').fill(KIVU[0].published);
    await page.getByRole('button', { name: 'Ingest text' }).click();
    await page.locator('.job-state[data-state="done"]').waitFor();
    assert.match(await page.locator('.job-state').innerText(), /Done: 1 stored/);
    assert.match(await page.locator('.job-items').innerText(), /stored .* claims/);
    await shot('ingest');
  });

  test('drop a file full of markup: it is stored and shown as text, and nothing runs', async () => {
    await open('#/ingest');
    await page.getByLabel('Files to ingest').setInputFiles({ name: 'statement.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE) });
    await page.locator('.job-state[data-state="done"]').waitFor();
    assert.match(await page.locator('.job-items').innerText(), /stored statement\.txt/);
    await page.getByRole('link', { name: 'read it' }).click();
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    const text = await page.locator('.doc-text').innerText();
    assert.ok(text.includes('<script>window.__pwned = \'script\'</script>'), 'the script tag is shown as text');
    assert.ok(text.includes('<img src=x onerror="window.__pwned = \'img\'">'), 'the img tag is shown as text');
    assert.equal(await page.locator('main script, main img, main b').count(), 0, 'no element was made from the article');
    await page.locator('.doc-text').hover();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    await shot('document-markup');
  });

  test('open the graph, click an edge and read its quote', async () => {
    await open('#/graph');
    await page.waitForFunction(() => Number(document.getElementById('view')?.dataset.graph ?? 0) > 0);
    await shot('graph');
    // The edges between one pair are one bundle; click the one that carries the funding.
    const target = await page.evaluate(() => {
      type Edge = { id(): string; data(k: string): string; renderedMidpoint(): { x: number; y: number } };
      const g = (window as unknown as { nexusGraph: { ctl: { drawnNow: { bundles: Array<{ id: string; edges: Array<{ id: string; predicate: string; polarity: string }> }> } } } }).nexusGraph;
      const bundle = g.ctl.drawnNow.bundles.find((b) => b.edges.some((e) => e.predicate === 'FUNDS' && e.polarity === 'positive'))!;
      const cy = (window as unknown as { nexusCy: { getElementById(i: string): Edge } }).nexusCy;
      const box = document.getElementById('cy')!.getBoundingClientRect();
      const m = cy.getElementById(bundle.id).renderedMidpoint();
      return { x: box.left + m.x, y: box.top + m.y, edge: bundle.edges.find((e) => e.predicate === 'FUNDS' && e.polarity === 'positive')!.id, many: bundle.edges.length > 1 };
    });
    await page.mouse.click(target.x, target.y);
    if (target.many) await page.locator(`#panel .edge-row[data-edge="${target.edge}"]`).click();
    await page.locator(`#panel [data-edge="${target.edge}"] .claim`).first().waitFor();
    const quotes = await page.locator('#panel .claim mark').allInnerTexts();
    assert.ok(quotes.some((q) => /has been funding the Twirwaneho/.test(q)), quotes.join(' | '));
    assert.match(await page.locator('#panel .edge-summary').innerText(), /independent source/);
    await shot('edge-panel');
  });

  test('reject a claim and see it gone from the edge', async () => {
    const cards = page.locator('#panel .claim');
    const before = await cards.count();
    const first = cards.first();
    const claimId = await first.getAttribute('data-claim');
    await first.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length === (n as number) - 1 || !!document.querySelector('#panel .empty-claims'), ['#panel .claim', before] as const);
    assert.equal(await page.locator(`#panel .claim[data-claim="${claimId}"]`).count(), 0);
    await shot('edge-rejected');
    const res = await page.evaluate(async (cid) => (await fetch(`./api/claims?includeRejected=true&documentId=${encodeURIComponent(cid!.split(':')[0])}`)).json(), claimId);
    assert.ok((res as Array<{ id: string; review?: string }>).some((c) => c.id === claimId && c.review === 'rejected'), 'the rejection is stored');
  });

  test('open an actor page from the edge panel', async () => {
    await page.locator('#panel .edge-summary a.actor').first().click();
    await page.waitForFunction(() => document.body.dataset.ready === 'actor');
    assert.equal(await page.locator('h1').innerText(), 'Mai-Mai Yakutumba');
    assert.match(await page.locator('.aliases').innerText(), /Yakutumba/);
    assert.match(await page.locator('.claims-out').innerText(), /funds/);
    assert.ok(await page.locator('.timeline li').count() > 0);
    await shot('actor');
  });

  test('open a document with its mentions, evidence and dropped boilerplate', async () => {
    await open('#/documents');
    await page.getByRole('link', { name: KIVU[1].title }).click();
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    assert.ok(await page.locator('.doc-text .mention').count() > 0);
    assert.ok(await page.locator('.doc-text mark.evidence').count() > 0);
    assert.match(await page.locator('.doc-text .dropped').first().innerText(), /dropped: .*copyright|dropped: metadata/);
    await shot('document');
  });

  test('contradictions and sources views; a grade is saved', async () => {
    await open('#/contradictions');
    assert.match(await page.locator('h1').innerText(), /Contradictions \(\d+\)/);
    await shot('contradictions');
    await open('#/sources');
    await page.getByLabel('Grade of Lakeside Post').selectOption('B');
    await page.locator('.note').filter({ hasText: 'graded B' }).waitFor();
    await shot('sources');
    await open('#/sources');
    assert.equal(await page.getByLabel('Grade of Lakeside Post').inputValue(), 'B');
  });

  test('no script error, refused policy or dialog on any view', () => {
    assert.deepEqual(problems, []);
  });
});
