// Headless Chromium (Debian's, driven by playwright-core) for the web app's tests, and what they check on the drawing.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WEB_ROOT } from '../server/serve.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;

/** Why the browser tests cannot run here, or false. */
export const browserSkip: string | false = !existsSync(CHROMIUM)
  ? `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`
  : !existsSync(join(WEB_ROOT, 'index.html')) ? 'browser tests skipped: the web app is not built (npm run build)' : false;

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Collects what must never happen on a page: script errors, refused policies, dialogs. */
export function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
}

/** Waits until the graph has been drawn more than `after` times (the view counts its draws in #view[data-graph]). */
export async function graphDrawn(page: Page, after = 0): Promise<number> {
  await page.waitForFunction((n) => Number(document.getElementById('view')?.dataset.graph ?? 0) > n, after, { timeout: 60_000 });
  return Number(await page.locator('#view').getAttribute('data-graph'));
}

export interface LabelBox { id: string; label: string; x1: number; y1: number; x2: number; y2: number }

/** The labels drawn on the canvas (not hidden, not empty), with their rendered boxes as Cytoscape computes them for painting. */
export function shownLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    type El = { id(): string; data(k: string): string; hasClass(c: string): boolean; visible(): boolean; renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number; w: number } };
    const cy = (window as unknown as { nexusCy: { elements(): { toArray(): El[] }; width(): number; height(): number } }).nexusCy;
    const opts = { useCache: false, includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false, includeUnderlays: false };
    return cy.elements().toArray().filter((el) => el.visible() && !!el.data('label') && !el.hasClass('nolabel'))
      .map((el) => ({ id: el.id(), label: el.data('label'), ...el.renderedBoundingBox(opts) }))
      .filter((b) => b.w > 0 && b.x2 > 0 && b.y2 > 0 && b.x1 < cy.width() && b.y1 < cy.height());
  });
}

/** Pairs of shown labels whose boxes overlap. */
export function overlaps(boxes: LabelBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`"${a.label}" over "${b.label}"`);
    }
  }
  return out;
}
