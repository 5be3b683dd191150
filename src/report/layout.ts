import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { NetworkEdge, NetworkNode } from '../export/index.js';

// A CommonJS package: under NodeNext its default import is module.exports, which is the layout function itself.
const forceAtlas2 = ((forceAtlas2Module as unknown as { default?: unknown }).default ?? forceAtlas2Module) as typeof forceAtlas2Module.default;

export interface Point { x: number; y: number }

/**
 * Positions for the network picture: nodes start on a circle in id order
 * and ForceAtlas2 (graphology) runs a fixed number of iterations, so the
 * same network always gets the same picture. Coordinates are scaled into
 * [margin, width - margin] x [margin, height - margin].
 */
export function layout(nodes: NetworkNode[], edges: NetworkEdge[], box: { width: number; height: number; margin: number }): Map<string, Point> {
  const g = new MultiUndirectedGraph();
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  sorted.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(sorted.length, 1);
    g.addNode(n.id, { x: Math.cos(t) * 100, y: Math.sin(t) * 100 });
  });
  for (const e of edges) if (g.hasNode(e.source) && g.hasNode(e.target) && e.source !== e.target) g.addEdge(e.source, e.target, { weight: e.sources });
  const raw: Record<string, Point> = g.order > 1
    ? forceAtlas2(g, { iterations: 300, settings: { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 10 } })
    : Object.fromEntries(sorted.map((n) => [n.id, { x: 0, y: 0 }]));
  const xs = Object.values(raw).map((p) => p.x);
  const ys = Object.values(raw).map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (v: number, lo: number, hi: number, size: number) => (hi - lo < 1e-9 ? size / 2 : box.margin + ((v - lo) / (hi - lo)) * (size - 2 * box.margin));
  return new Map(Object.entries(raw).map(([id, p]) => [id, { x: scale(p.x, minX, maxX, box.width), y: scale(p.y, minY, maxY, box.height) }]));
}
