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
