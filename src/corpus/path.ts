import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import type { Assertion } from './types.js';

export interface EvidencePath {
  /** Actor ids from the start to the end. */
  actors: string[];
  /** One assertion per hop (the best sourced one between the two actors). */
  hops: Assertion[];
}

/** An undirected graph of actors joined by positive, unrejected assertions; each edge keeps its best assertion. */
export function actorGraph(assertions: Assertion[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const a of assertions) {
    if (a.polarity !== 'positive' || a.review === 'rejected' || a.subject.id === a.object.id) continue;
    g.mergeNode(a.subject.id);
    g.mergeNode(a.object.id);
    const prev = g.hasEdge(a.subject.id, a.object.id) ? (g.getEdgeAttribute(a.subject.id, a.object.id, 'best') as Assertion) : undefined;
    if (!prev || rank(a) > rank(prev)) g.mergeEdge(a.subject.id, a.object.id, { best: a });
  }
  return g;
}

const rank = (a: Assertion) => a.independentSources * 10 + a.credibility.score;

/**
 * Paths between two actors, shortest first: the shortest (graphology's
 * bidirectional search), then every simple path at most `slack` hops longer,
 * up to `limit` paths.
 */
export function evidencePaths(g: UndirectedGraph, from: string, to: string, options: { limit?: number; slack?: number; maxHops?: number } = {}): EvidencePath[] {
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  const shortest = bidirectional(g, from, to);
  if (!shortest) return [];
  const maxLen = Math.min(shortest.length - 1 + (options.slack ?? 1), options.maxHops ?? 6);
  const limit = options.limit ?? 10;
  const found: string[][] = [];
  const walk = (path: string[]) => {
    if (found.length >= limit * 20) return;
    const last = path[path.length - 1];
    if (last === to) { found.push([...path]); return; }
    if (path.length - 1 >= maxLen) return;
    for (const n of g.neighbors(last).sort()) if (!path.includes(n)) walk([...path, n]);
  };
  walk([from]);
  found.sort((a, b) => a.length - b.length || score(g, b) - score(g, a));
  return found.slice(0, limit).map((actors) => ({ actors, hops: actors.slice(1).map((n, i) => g.getEdgeAttribute(actors[i], n, 'best') as Assertion) }));
}

function score(g: UndirectedGraph, path: string[]): number {
  return path.slice(1).reduce((s, n, i) => s + rank(g.getEdgeAttribute(path[i], n, 'best') as Assertion), 0);
}

/** Actors and their neighbours, each with a weight (the claims behind the edge): a part of the corpus's graph read so far. */
export type Adjacency = Map<string, Map<string, number>>;

export function addEdge(adj: Adjacency, a: string, b: string, weight: number): void {
  if (a === b || weight <= 0) return;
  for (const [x, y] of [[a, b], [b, a]]) {
    const m = adj.get(x) ?? new Map<string, number>();
    m.set(y, (m.get(y) ?? 0) + weight);
    adj.set(x, m);
  }
}

/** Hops from `start` to every actor the adjacency reaches. */
export function distancesFrom(adj: Adjacency, start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of adj.get(n)?.keys() ?? []) if (!dist.has(m)) { dist.set(m, d); next.push(m); }
    frontier = next;
  }
  return dist;
}

/**
 * Simple paths from `from` to `to` of at most `maxLen` hops, at most `cap` of
 * them, shortest first and then heaviest (most claims along the way). A step
 * is taken only if the end is still within reach (distances to `to`), so a
 * hub with thousands of neighbours costs only the neighbours that lead there.
 */
export function simplePaths(adj: Adjacency, from: string, to: string, maxLen: number, cap: number): string[][] {
  const toEnd = distancesFrom(adj, to);
  const found: string[][] = [];
  const path = [from];
  const onPath = new Set(path);
  // Iterative deepening: every path of one length before any longer one, so the cap never drops a shorter path.
  const walk = (len: number) => {
    if (found.length >= cap) return;
    const last = path[path.length - 1];
    if (last === to) { if (path.length - 1 === len) found.push([...path]); return; }
    const next = [...(adj.get(last)?.keys() ?? [])].filter((n) => !onPath.has(n) && path.length + (toEnd.get(n) ?? Infinity) <= len).sort();
    for (const n of next) {
      path.push(n);
      onPath.add(n);
      walk(len);
      path.pop();
      onPath.delete(n);
    }
  };
  for (let len = toEnd.get(from) ?? Infinity; len <= maxLen && found.length < cap; len++) walk(len);
  const weight = (p: string[]) => p.slice(1).reduce((s, n, i) => s + (adj.get(p[i])?.get(n) ?? 0), 0);
  return found.sort((a, b) => a.length - b.length || weight(b) - weight(a) || (a.join() < b.join() ? -1 : 1));
}

/** How well an assertion supports a hop: independent sources first, then credibility. */
export const hopRank = (a: Assertion) => a.independentSources * 10 + a.credibility.score;
