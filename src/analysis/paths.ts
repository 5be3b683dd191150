import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra.js';
import type { Assertion } from '../store/index.js';

/**
 * The length of a hop, by its evidence: 1 + 2 x (1 - credibility score),
 * from 1 (score 1) to 3 (score 0). A well-sourced hop is nearly a plain
 * step; a doubtful direct link (score 0.35, length 2.3) weighs about as
 * much as two solid hops (score 0.9, 1.2 each).
 */
export function hopLength(a: Assertion): number {
  return 1 + 2 * (1 - Math.max(0, Math.min(1, a.credibility.score)));
}

/** Actors joined by positive, unrejected assertions between two different actors; each pair keeps its best-evidenced assertion. */
export function linkGraph(assertions: Assertion[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const a of assertions) {
    if (a.polarity !== 'positive' || a.review === 'rejected' || a.subject.id === a.object.id) continue;
    g.mergeNode(a.subject.id);
    g.mergeNode(a.object.id);
    const prev = g.hasEdge(a.subject.id, a.object.id) ? (g.getEdgeAttribute(a.subject.id, a.object.id, 'best') as Assertion) : undefined;
    if (!prev || hopLength(a) < hopLength(prev) || (hopLength(a) === hopLength(prev) && a.id < prev.id)) {
      g.mergeEdge(a.subject.id, a.object.id, { best: a, length: hopLength(a) });
    }
  }
  return g;
}

export interface LinkPath {
  /** Actor ids from the start to the end. */
  actors: string[];
  /** The assertion of each hop. */
  hops: Assertion[];
  /** Sum of the hops' lengths (see hopLength). */
  length: number;
}

function lengthOf(g: UndirectedGraph, actors: string[]): number {
  let sum = 0;
  for (let i = 1; i < actors.length; i++) sum += g.getEdgeAttribute(actors[i - 1], actors[i], 'length') as number;
  return sum;
}

/**
 * The k shortest simple paths between two actors by evidence-weighted
 * length (Yen's algorithm over graphology's bidirectional Dijkstra). Hops
 * and actors a spur path may not use are given an infinite length rather
 * than removed, so the graph is never copied.
 */
export function shortestPaths(g: UndirectedGraph, from: string, to: string, options: { k?: number; maxHops?: number } = {}): LinkPath[] {
  const k = options.k ?? 3;
  const maxHops = options.maxHops ?? 6;
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  const banned = new Set<string>();
  const bannedNodes = new Set<string>();
  const weight = (edge: string, attr: Record<string, unknown>) =>
    (banned.has(edge) || bannedNodes.has(g.source(edge)) || bannedNodes.has(g.target(edge)) ? Infinity : (attr.length as number));
  const search = (a: string, b: string): string[] | null => {
    const p = bidirectional(g, a, b, weight);
    // Dijkstra returns a path through an infinite hop when there is no other: such a path is no path.
    return p && p.every((n, i) => i === 0 || Number.isFinite(weight(g.edge(p[i - 1], n)!, g.getEdgeAttributes(p[i - 1], n)))) ? p : null;
  };
  const first = search(from, to);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates = new Map<string, string[]>();
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      banned.clear();
      bannedNodes.clear();
      for (const p of found) if (p.length > i && root.every((n, j) => p[j] === n)) banned.add(g.edge(p[i], p[i + 1])!);
      for (const n of root.slice(0, -1)) bannedNodes.add(n);
      const spur = search(root[root.length - 1], to);
      if (!spur) continue;
      const path = [...root.slice(0, -1), ...spur];
      if (path.length - 1 <= maxHops && new Set(path).size === path.length) candidates.set(path.join('>'), path);
    }
    banned.clear();
    bannedNodes.clear();
    const best = [...candidates.values()].sort((a, b) => lengthOf(g, a) - lengthOf(g, b) || a.length - b.length || (a.join() < b.join() ? -1 : 1))[0];
    if (!best) break;
    candidates.delete(best.join('>'));
    found.push(best);
  }
  return found.filter((p) => p.length - 1 <= maxHops).map((actors) => ({
    actors, length: lengthOf(g, actors),
    hops: actors.slice(1).map((n, i) => g.getEdgeAttribute(actors[i], n, 'best') as Assertion),
  }));
}

export interface PathSupport {
  /** Every hop rests on a single independent source. */
  singleSource: boolean;
  /** Every hop rests on one and the same document (its id). */
  oneDocument?: string;
  /** Every hop rests on one and the same source (its publishers). */
  oneSource?: string[];
}

/** Whether a path stands on thin evidence: each hop on one source, or the whole chain on one document or one source. */
export function pathSupport(hops: Assertion[]): PathSupport {
  const singleSource = hops.every((h) => h.independentSources <= 1);
  const docs = new Set(hops.flatMap((h) => h.documents));
  const oneDocument = docs.size === 1 ? [...docs][0] : undefined;
  const key = (h: Assertion) => (h.sources.length === 1 ? [...h.sources[0].publishers].sort().join('|') : undefined);
  const first = hops.length ? key(hops[0]) : undefined;
  const oneSource = first !== undefined && hops.every((h) => key(h) === first) ? hops[0].sources[0].publishers : undefined;
  return { singleSource, ...(oneDocument ? { oneDocument } : {}), ...(oneSource ? { oneSource } : {}) };
}
