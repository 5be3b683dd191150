// The web app's speed on a store of 2,000 documents (bench/web-store.ts: the
// project's own texts recombined, never the evaluation sets), in headless
// Chromium on this machine: the first graph view (navigation to the drawing
// laid out with its labels placed) and a focus change (Enter on an actor
// found in the search box, to the new drawing). Not a test: the machine is
// shared, so it repeats and reports the best and the median of N runs.
// Run: npm run bench:web [-- RUNS [DOCUMENTS]]
import { silentLogger, systemClock } from '../src/core/index.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { startServer, WEB_ROOT } from '../src/server/index.js';
import { httpFetcher, publicOnly } from '../src/sources/index.js';
import { openStore } from '../src/store/index.js';
import { launch } from '../src/testing/browser.js';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { benchStore } from './web-store.js';

const runs = Number(process.argv[2] ?? 5);
const total = Number(process.argv[3] ?? 2000);
const path = await benchStore(total);
const store = await openStore(path, systemClock);
const stats = await store.stats();
const kb = loadKnowledgeBase();
const start = () => startServer({
  store, kb, clock: systemClock, logger: silentLogger, webRoot: WEB_ROOT, host: '127.0.0.1', port: 0,
  fetcher: httpFetcher({ timeoutMs: 5000, maxBytes: 1e6, userAgent: 'bench', delayMs: 0, addresses: publicOnly }),
});
const browser = await launch();
const cold: number[] = [];
const warm: number[] = [];
const focus: number[] = [];
let drawn = '';
// Hubs to focus on: the actors with most claims.
const hubs = (await store.actors({ limit: 40 })).sort((a, b) => b.claims - a.claims).slice(0, runs * 2);
async function firstView(url: string): Promise<{ ms: number; page: Page }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t = performance.now();
  await page.goto(`${url}#/graph`);
  await page.waitForFunction(() => Number(document.getElementById('view')?.dataset.graph ?? 0) > 0, undefined, { timeout: 60_000 });
  return { ms: performance.now() - t, page };
}
for (let i = 0; i < runs; i++) {
  // Cold: a server just started, its cache empty; the page asks while the server reads the corpus.
  const server = await start();
  const c = await firstView(server.url);
  cold.push(c.ms);
  await c.page.close();
  // Warm: the same server again, the store unchanged.
  const w = await firstView(server.url);
  warm.push(w.ms);
  drawn = await w.page.locator('.graph-status').innerText();
  for (const hub of hubs.slice(i * 2, i * 2 + 2)) {
    const version = Number(await w.page.locator('#view').getAttribute('data-graph'));
    const box = w.page.getByLabel('Focus on an actor');
    await box.fill(hub.name);
    await w.page.locator('.focus-box .suggest li').first().waitFor();
    const t = performance.now();
    await box.press('Enter');
    await w.page.waitForFunction((v) => Number(document.getElementById('view')?.dataset.graph ?? 0) > v, version, { timeout: 60_000 });
    focus.push(performance.now() - t);
  }
  await w.page.close();
  await server.close();
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `best ${(s[0] / 1000).toFixed(2)} s, median ${(s[Math.floor(s.length / 2)] / 1000).toFixed(2)} s (${s.length} runs)`;
};
console.log(`store: ${stats.documents} documents, ${stats.actors} actors, ${stats.claims} claims; node ${process.version}; headless Chromium 1400x900`);
console.log(`first view drawn: ${drawn}`);
console.log(`first graph view, server just started: ${fmt(cold)}`);
console.log(`first graph view, store unchanged:    ${fmt(warm)}`);
console.log(`focus change:                         ${fmt(focus)}`);
console.log(`load average while measuring: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} cores`);
await browser.close();
await store.close();
