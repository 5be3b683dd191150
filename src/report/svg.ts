import type { NetworkEdge, NetworkNode } from '../export/index.js';
import type { Predicate } from '../core/index.js';
import { PREDICATE_FACTS } from '../schema/predicates.js';
import { escapeHtml } from './escape.js';
import { layout, type Point } from './layout.js';

const W = 960;
const H = 640;
const r = (v: number) => Math.round(v * 10) / 10;

/** A shape per actor type, so the picture reads without colour (printed in black and white). */
function shape(type: string, p: Point, size: number): string {
  const [x, y, s] = [r(p.x), r(p.y), size];
  switch (type) {
    case 'ArmedGroup': return `<circle class="n armed" cx="${x}" cy="${y}" r="${s}"/>`;
    case 'StateBody': return `<rect class="n state" x="${r(x - s)}" y="${r(y - s)}" width="${2 * s}" height="${2 * s}"/>`;
    case 'Person': return `<circle class="n person" cx="${x}" cy="${y}" r="${r(s * 0.8)}"/>`;
    case 'Location': return `<polygon class="n place" points="${x},${r(y - s)} ${r(x + s)},${r(y + s * 0.8)} ${r(x - s)},${r(y + s * 0.8)}"/>`;
    default: return `<polygon class="n other" points="${x},${r(y - s)} ${r(x + s)},${y} ${x},${r(y + s)} ${r(x - s)},${y}"/>`;
  }
}

/** What the shapes and lines mean, for the caption. */
export const LEGEND = ['● armed group', '■ state body', '○ person', '▲ place', '◆ organization, event or publication',
  'solid line: partner (funds, supports, allied...)', 'dashed: conflict (attacked, hostile, arrested...)', 'dotted: denied', 'thicker: more independent sources'];

const unit = (from: Point, to: Point) => { const d = Math.hypot(to.x - from.x, to.y - from.y) || 1; return { x: (to.x - from.x) / d, y: (to.y - from.y) / d }; };

/**
 * An edge as a quadratic curve: several assertions between the same two
 * actors bend apart (offset) instead of drawing over one another. The curve
 * starts and stops at the rim of its nodes (radius ra, rb), so arrow heads
 * stay visible; the predicate is written at its middle.
 */
function edge(e: NetworkEdge, a: Point, b: Point, offset: number, ra: number, rb: number): string {
  const cls = ['e', e.polarity === 'negative' ? 'denied' : PREDICATE_FACTS[e.predicate as Predicate].adverse ? 'hostile' : 'partner'].join(' ');
  const n = unit(a, b);
  const c = { x: (a.x + b.x) / 2 - n.y * offset, y: (a.y + b.y) / 2 + n.x * offset };
  const [ua, ub] = [unit(a, c), unit(c, b)];
  const start = { x: a.x + ua.x * ra, y: a.y + ua.y * ra };
  const end = { x: b.x - ub.x * (rb + 3), y: b.y - ub.y * (rb + 3) };
  const mid = { x: 0.25 * start.x + 0.5 * c.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * c.y + 0.25 * end.y };
  const marker = e.directed ? ' marker-end="url(#arrow)"' : '';
  const title = `<title>${escapeHtml(`${e.label}: ${e.sources} independent source(s), ${e.claims} claim(s)`)}</title>`;
  return `<path class="${cls}" d="M${r(start.x)},${r(start.y)} Q${r(c.x)},${r(c.y)} ${r(end.x)},${r(end.y)}" stroke-width="${r(Math.min(1 + e.sources, 6))}"${marker}>${title}</path>` +
    `<text class="el" x="${r(mid.x)}" y="${r(mid.y)}">${escapeHtml(e.label)}</text>`;
}

/** Bends for the edges of each pair of actors: 0 for a lone edge, spread either side for several. */
function offsets(edges: NetworkEdge[]): Map<NetworkEdge, number> {
  const pairs = new Map<string, NetworkEdge[]>();
  for (const e of edges) { const k = [e.source, e.target].sort().join('|'); pairs.set(k, [...(pairs.get(k) ?? []), e]); }
  const out = new Map<NetworkEdge, number>();
  for (const list of pairs.values()) {
    list.forEach((e, i) => {
      // Bend relative to one fixed direction of the pair, whichever way the edge runs.
      const sign = e.source < e.target ? 1 : -1;
      out.set(e, (i - (list.length - 1) / 2) * 36 * sign);
    });
  }
  return out;
}

/**
 * The network as an inline SVG: the `max` actors with most claims and the
 * assertions among them; shapes for actor types, dashed lines for
 * conflict, dotted for denials, thicker lines for more independent sources.
 * Every label is escaped text; the picture uses no external asset.
 */
export function networkSvg(nodes: NetworkNode[], edges: NetworkEdge[], max = 30): string {
  const top = [...nodes].sort((a, b) => b.claims - a.claims || (a.id < b.id ? -1 : 1)).slice(0, max);
  const ids = new Set(top.map((n) => n.id));
  const shown = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  // An actor whose partners all fell outside the picture would float alone and say nothing: leave it out.
  const linked = new Set(shown.flatMap((e) => [e.source, e.target]));
  const kept = shown.length ? top.filter((n) => linked.has(n.id)) : top;
  const pos = layout(kept, shown, { width: W, height: H, margin: 70 });
  const size = (n: NetworkNode) => r(7 + Math.min(Math.sqrt(n.claims) * 2, 12));
  const byId = new Map(kept.map((n) => [n.id, n]));
  const bends = offsets(shown);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="Network of ${kept.length} actors and ${shown.length} assertions">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0L10,5L0,10z" fill="#333"/></marker></defs>',
    '<g class="edges">',
    ...shown.filter((e) => e.source !== e.target).map((e) => {
      const [a, b] = [byId.get(e.source)!, byId.get(e.target)!];
      return edge(e, pos.get(a.id)!, pos.get(b.id)!, bends.get(e)!, size(a), size(b));
    }),
    '</g>',
    '<g class="nodes">',
    ...kept.map((n) => `<g>${shape(n.type, pos.get(n.id)!, size(n))}<title>${escapeHtml(`${n.label} (${n.type}): ${n.claims} claim(s)`)}</title></g>`),
    '</g><g class="labels">',
    ...kept.map((n) => { const p = pos.get(n.id)!; return `<text x="${r(p.x)}" y="${r(p.y + size(n) + 13)}">${escapeHtml(n.label)}</text>`; }),
    '</g></svg>',
  ].join('\n');
}
