import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';

// A CommonJS package: under NodeNext its default import is module.exports, which is the function itself.
type Louvain = (g: UndirectedGraph, options: { rng: () => number; resolution: number; getEdgeWeight: string }) => Record<string, number>;
const louvain = ((louvainModule as unknown as { default?: unknown }).default ?? louvainModule) as Louvain;

export interface Community {
  /** "c0", "c1"...: largest first. */
  id: string;
  /** Member actor ids, most connected first. */
  members: string[];
}

/** A seeded generator (mulberry32), so that the same graph always falls into the same communities. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain communities (graphology-communities-louvain) over actors and the
 * edges between them, weighted by independent sources; an actor with no
 * edge is a community of its own. Deterministic: nodes and edges are added
 * in sorted order and the shuffling is seeded.
 */
export function communities(nodes: string[], edges: Array<{ source: string; target: string; weight: number }>, options: { resolution?: number } = {}): Community[] {
  const g = new UndirectedGraph();
  for (const n of [...nodes].sort()) g.addNode(n);
  for (const e of [...edges].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1))) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.weight);
    else g.addEdge(e.source, e.target, { weight: e.weight });
  }
  const of = g.size ? louvain(g, { rng: seeded(7), resolution: options.resolution ?? 1, getEdgeWeight: 'weight' }) : {};
  const groups = new Map<string, string[]>();
  for (const n of g.nodes()) {
    const key = n in of ? `k${of[n]}` : `solo:${n}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()]
    .map((members) => members.sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1))
    .map((members, i) => ({ id: `c${i}`, members }));
}
