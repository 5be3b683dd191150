/**
 * From the graph the API answers to what is drawn: actors, or Louvain
 * communities standing for their members until opened; edges bundled per
 * pair of drawn nodes, with counts; the timeline brush applied.
 */
import type { ActorSummary, GraphEdge, GraphResponse } from '../api.js';
import { FAMILY, FAMILY_COLOR, TYPE_COLOR, verb } from '../palette.js';

export interface Brush { from?: string; to?: string }

export interface DrawnNode {
  id: string;
  kind: 'actor' | 'community';
  label: string;
  color: string;
  /** Node size: claims of an actor, members of a community. */
  weight: number;
  /** Whose label shows first when labels would overlap. */
  priority: number;
  actor?: ActorSummary;
  members?: string[];
}

export interface Bundle {
  id: string;
  source: string;
  target: string;
  edges: GraphEdge[];
  label: string;
  color: string;
  sources: number;
  negative: boolean;
  directed: boolean;
}

export interface Drawn {
  nodes: DrawnNode[];
  bundles: Bundle[];
  /** Edges of the response the brush keeps. */
  edges: GraphEdge[];
}

/** Whether a claim date (YYYY, YYYY-MM or YYYY-MM-DD) falls in the brushed range, compared at the precision of each bound. */
export function inRange(date: string, b: Brush): boolean {
  return (!b.from || date.slice(0, b.from.length) >= b.from.slice(0, date.length)) && (!b.to || date.slice(0, b.to.length) <= b.to.slice(0, date.length));
}

export const edgeInBrush = (e: GraphEdge, b: Brush) => (!b.from && !b.to) || e.dates.some(([d]) => inRange(d, b));

export const communityNodeId = (c: string) => `community:${c}`;

export function edgeLabel(e: GraphEdge): string {
  return `${e.polarity === 'negative' ? 'not ' : ''}${verb(e.predicate)}`;
}

/** What is drawn, given which communities are shown whole (`grouped` false: none is). */
export function drawn(g: GraphResponse, options: { grouped: boolean; open: Set<string>; focus?: string; brush: Brush }): Drawn {
  const edges = g.edges.filter((e) => edgeInBrush(e, options.brush));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const actors = g.nodes.filter((n) => linked.has(n.id) || n.id === options.focus);
  const present = new Set(actors.map((n) => n.id));
  const communityOf = new Map<string, { id: string; members: string[] }>();
  if (options.grouped) {
    for (const c of g.communities) {
      const members = c.members.filter((m) => present.has(m));
      if (members.length > 1 && !options.open.has(c.id)) for (const m of members) communityOf.set(m, { id: c.id, members });
    }
  }
  const drawnOf = (id: string) => (communityOf.has(id) ? communityNodeId(communityOf.get(id)!.id) : id);
  const byId = new Map(actors.map((n) => [n.id, n]));
  const nodes = new Map<string, DrawnNode>();
  for (const n of actors) {
    const c = communityOf.get(n.id);
    if (!c) {
      nodes.set(n.id, { id: n.id, kind: 'actor', label: n.name, color: TYPE_COLOR[n.type] ?? '#999', weight: Math.max(1, n.claims), priority: n.id === options.focus ? 1e9 : n.claims + n.documents / 100, actor: n });
    } else if (!nodes.has(communityNodeId(c.id))) {
      const lead = byId.get(c.members[0])!;
      nodes.set(communityNodeId(c.id), {
        id: communityNodeId(c.id), kind: 'community', label: `${lead.name} +${c.members.length - 1}`, color: TYPE_COLOR[lead.type] ?? '#999',
        weight: c.members.length, priority: 1e6 + c.members.length, members: c.members,
      });
    }
  }
  const pairs = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const [s, t] = [drawnOf(e.source), drawnOf(e.target)];
    if (s === t && s.startsWith('community:')) continue;
    const key = s < t ? `${s}|${t}` : `${t}|${s}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const bundles: Bundle[] = [...pairs].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => b.independentSources - a.independentSources || b.credibility - a.credibility || (a.id < b.id ? -1 : 1));
    const [s, t] = key.split('|');
    const one = sorted.length === 1 ? sorted[0] : undefined;
    const families = new Set(sorted.map((e) => FAMILY[e.predicate]));
    return {
      id: `bundle:${key}`, edges: sorted,
      // A single edge keeps its direction; a bundle is drawn between the pair.
      source: one ? drawnOf(one.source) : s, target: one ? drawnOf(one.target) : t,
      label: one ? edgeLabel(one) : `${sorted.length} · ${edgeLabel(sorted[0])}…`,
      color: families.size === 1 ? FAMILY_COLOR[[...families][0]] : '#4b5563',
      sources: Math.max(...sorted.map((e) => e.independentSources)), negative: sorted.every((e) => e.polarity === 'negative'), directed: !!one,
    };
  });
  return { nodes: [...nodes.values()], bundles, edges };
}
