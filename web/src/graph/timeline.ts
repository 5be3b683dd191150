/**
 * The claims in view over time (event date, else publication date), as
 * bars; dragging across them brushes a range, which filters the graph and
 * the claims table at once.
 */
import type { GraphEdge } from '../api.js';
import { h } from '../dom.js';
import type { Brush } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 1000;
const H = 56;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

interface Bin { key: string; count: number }

/** Bins by month over up to eight years, else by year; a date known only to the year is spread over its months. */
export function bins(edges: GraphEdge[]): Bin[] {
  const dates = edges.flatMap((e) => e.dates);
  if (!dates.length) return [];
  const years = dates.map(([d]) => Number(d.slice(0, 4)));
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  const monthly = hi - lo < 8;
  const keys: string[] = [];
  for (let y = lo; y <= hi; y++) {
    if (!monthly) keys.push(String(y));
    else for (let m = 1; m <= 12; m++) keys.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  const count = new Map(keys.map((k) => [k, 0]));
  for (const [d, n] of dates) {
    if (!monthly) count.set(d.slice(0, 4), count.get(d.slice(0, 4))! + n);
    else if (d.length >= 7) count.set(d.slice(0, 7), count.get(d.slice(0, 7))! + n);
    else for (let m = 1; m <= 12; m++) count.set(`${d}-${String(m).padStart(2, '0')}`, count.get(`${d}-${String(m).padStart(2, '0')}`)! + n / 12);
  }
  return keys.map((key) => ({ key, count: count.get(key)! }));
}

export function timeline(onBrush: (b: Brush) => void): { element: HTMLElement; update(edges: GraphEdge[], brush: Brush): void } {
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'timeline-chart', role: 'img' });
  const caption = h('span', { class: 'muted' });
  const clearBrush = h('button', { type: 'button', class: 'link', hidden: true, onclick: () => onBrush({}) }, 'Clear the time range');
  const element = h('div', { class: 'timeline-strip', 'aria-label': 'Claims over time: drag across to choose a time range' }, h('div', { class: 'timeline-head' }, h('strong', {}, 'Timeline'), ' ', caption, ' ', clearBrush));
  element.append(chart);
  let current: Bin[] = [];
  let drag: { x0: number; rect: SVGRectElement } | undefined;
  const xOf = (e: PointerEvent) => {
    const r = chart.getBoundingClientRect();
    return Math.max(0, Math.min(W, ((e.clientX - r.left) / r.width) * W));
  };
  const binAt = (x: number) => current[Math.max(0, Math.min(current.length - 1, Math.floor((x / W) * current.length)))];
  chart.addEventListener('pointerdown', (e) => {
    if (!current.length) return;
    chart.setPointerCapture(e.pointerId);
    const x0 = xOf(e);
    const rect = svg('rect', { x: x0, y: 0, width: 1, height: H, class: 'brush' });
    chart.append(rect);
    drag = { x0, rect };
  });
  chart.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const x = xOf(e);
    drag.rect.setAttribute('x', String(Math.min(x, drag.x0)));
    drag.rect.setAttribute('width', String(Math.abs(x - drag.x0) + 1));
  });
  chart.addEventListener('pointerup', (e) => {
    if (!drag) return;
    const [a, b] = [drag.x0, xOf(e)].sort((p, q) => p - q);
    drag = undefined;
    onBrush({ from: binAt(a).key, to: binAt(b).key });
  });
  return {
    element,
    update(edges, brush) {
      current = bins(edges);
      chart.replaceChildren();
      const max = Math.max(1, ...current.map((b) => b.count));
      const w = W / Math.max(1, current.length);
      const within = (k: string) => (!brush.from || k >= brush.from.slice(0, k.length)) && (!brush.to || k <= brush.to.slice(0, k.length));
      current.forEach((b, i) => {
        if (b.count > 0) chart.append(svg('rect', { x: i * w + 0.5, y: H - 12 - ((H - 14) * b.count) / max, width: Math.max(1, w - 1), height: ((H - 14) * b.count) / max, class: `bar${within(b.key) ? '' : ' out'}` }));
        if (b.key.length === 4 || b.key.endsWith('-01')) {
          const label = svg('text', { x: i * w + 2, y: H - 1, class: 'tick' });
          label.textContent = b.key.slice(0, 4);
          chart.append(label);
        }
      });
      const total = edges.reduce((n, e) => n + e.dates.reduce((s, [, k]) => s + k, 0), 0);
      caption.textContent = current.length ? `${Math.round(total)} dated claims, ${current[0].key} to ${current[current.length - 1].key}${brush.from || brush.to ? ` · showing ${brush.from ?? '…'} to ${brush.to ?? '…'}` : ' · drag across to filter'}` : 'no dated claim in view';
      clearBrush.hidden = !(brush.from || brush.to);
      chart.setAttribute('aria-label', caption.textContent);
    },
  };
}
