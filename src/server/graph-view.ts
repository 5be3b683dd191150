import { communities } from '../analysis/index.js';
import type { EntityType, Modality } from '../core/index.js';
import type { ActorSummary, Assertion, Graph, StoredClaim } from '../store/index.js';
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

/** What a view shows: its actors and assertions (with their claims), and how many actors were left out. */
export interface View {
  nodes: ActorSummary[];
  assertions: Assertion[];
  truncated: number;
}

/** The date a claim is placed at: its event date, else its document's publication date. */
export function claimDate(c: StoredClaim): string | undefined {
  return c.eventDate ?? c.published;
}

/** Claims per date, for the timeline (sorted by date). */
function datesOf(a: Assertion): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const c of a.claims) {
    const d = claimDate(c);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

export function edgeOf(a: Assertion): GraphEdge {
  return {
    id: a.id, source: a.subject.id, target: a.object.id, predicate: a.predicate, polarity: a.polarity,
    independentSources: a.independentSources, claims: a.claims.length, documents: a.documents.length,
    credibility: a.credibility.score, rating: a.credibility.rating, modalities: a.modalities, dates: datesOf(a),
    ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}), ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}), ...(a.review ? { review: a.review } : {}),
  };
}

/**
 * The filters the store's graph selection does not take (actor type,
 * modality, credibility), and a cap on size: past a few hundred nodes a
 * drawing is unreadable, so the nodes on the best-sourced edges are kept
 * and the view says how many were left out.
 */
export function selectView(graph: Graph, f: GraphFilters): View {
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
  return {
    nodes: graph.nodes.filter((n) => chosen.has(n.id) && (linked.has(n.id) || keep.has(n.id))),
    assertions: ranked.filter((a) => chosen.has(a.subject.id) && chosen.has(a.object.id)),
    truncated: [...linked].filter((id) => !chosen.has(id)).length,
  };
}

/** The view as the graph endpoint answers it, with the Louvain communities of its actors. */
export function graphResponse(view: View): GraphResponse {
  const edges = view.assertions.map(edgeOf);
  return {
    // The panel shows a few aliases; the actor page has them all.
    nodes: view.nodes.map((n) => (n.aliases.length > 8 ? { ...n, aliases: n.aliases.slice(0, 8) } : n)), edges, truncated: view.truncated,
    communities: communities(view.nodes.map((n) => n.id), edges.map((e) => ({ source: e.source, target: e.target, weight: e.independentSources }))),
  };
}
