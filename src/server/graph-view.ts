import type { EntityType, Modality } from '../core/index.js';
import type { Assertion, Graph } from '../store/index.js';
import type { GraphEdge, GraphResponse } from './api.js';

export interface GraphFilters {
  types?: EntityType[];
  modalities?: Modality[];
  minCredibility?: number;
  /** Most nodes to return; the nodes on the strongest edges are kept. */
  maxNodes: number;
  /** Actors that stay whatever the filters (the focused actor). */
  keep?: string[];
}

function edgeOf(a: Assertion): GraphEdge {
  return {
    id: a.id, source: a.subject.id, target: a.object.id, predicate: a.predicate, polarity: a.polarity,
    independentSources: a.independentSources, claims: a.claims.length, documents: a.documents.length,
    credibility: a.credibility.score, rating: a.credibility.rating, modalities: a.modalities,
    ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}), ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}), ...(a.review ? { review: a.review } : {}),
  };
}

/**
 * The filters the store's graph selection does not take (actor type,
 * modality, credibility), and a cap on size: past a few hundred nodes a
 * drawing is unreadable, so the nodes on the best-sourced edges are kept
 * and the response says how many were left out.
 */
export function filterGraph(graph: Graph, f: GraphFilters): GraphResponse {
  const keep = new Set(f.keep ?? []);
  const typeOk = new Set(graph.nodes.filter((n) => !f.types || f.types.includes(n.type) || keep.has(n.id)).map((n) => n.id));
  const edges = graph.edges.filter((a) => typeOk.has(a.subject.id) && typeOk.has(a.object.id)
    && (!f.modalities || f.modalities.some((m) => (a.modalities[m] ?? 0) > 0))
    && a.credibility.score >= (f.minCredibility ?? 0));
  const ranked = [...edges].sort((a, b) => b.independentSources - a.independentSources || b.credibility.score - a.credibility.score || (a.id < b.id ? -1 : 1));
  const chosen = new Set<string>(keep);
  for (const a of ranked) {
    if (chosen.size >= f.maxNodes) break;
    const add = [a.subject.id, a.object.id].filter((id) => !chosen.has(id));
    if (chosen.size + add.length <= f.maxNodes) add.forEach((id) => chosen.add(id));
  }
  const linked = new Set(edges.flatMap((a) => [a.subject.id, a.object.id]));
  const nodes = graph.nodes.filter((n) => chosen.has(n.id) && (linked.has(n.id) || keep.has(n.id)));
  return {
    nodes,
    edges: ranked.filter((a) => chosen.has(a.subject.id) && chosen.has(a.object.id)).map(edgeOf),
    truncated: [...linked].filter((id) => !chosen.has(id)).length,
  };
}
