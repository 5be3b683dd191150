import { SYMMETRIC } from '../core/index.js';
import { dateInterval } from '../corpus/index.js';
import type { Assertion } from '../store/index.js';
import type { Selection } from './types.js';

/** A time interval in days, both ends included: "2024-01-01", "2024-01-31". */
export type Spell = [start: string, end: string];

export interface NetworkNode {
  id: string;
  label: string;
  type: string;
  kbId?: string;
  aliases: string[];
  documents: number;
  claims: number;
  /** When the node is in the network: the union of its edges' spells; none means always. */
  spells: Spell[];
}

export interface NetworkEdge {
  /** The assertion id. */
  id: string;
  source: string;
  target: string;
  /** "FUNDS", or "NOT FUNDS" for a denial. */
  label: string;
  predicate: string;
  polarity: string;
  /** False for symmetric predicates (ALLY_OF, NEGOTIATED_WITH). */
  directed: boolean;
  claims: number;
  documents: number;
  sources: number;
  credibility: number;
  admiralty: number;
  firstSeen?: string;
  lastSeen?: string;
  modalities: string;
  /** When the claims say it held: their event dates, or publication dates for undated claims; none when nothing dates it. */
  spells: Spell[];
}

/** Sorted, with overlapping or touching intervals joined. */
export function mergeSpells(spells: Spell[]): Spell[] {
  const sorted = [...spells].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Spell[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= nextDay(last[1])) { if (s[1] > last[1]) last[1] = s[1]; } else out.push([s[0], s[1]]);
  }
  return out;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

function edgeSpells(a: Assertion): Spell[] {
  const dates = a.claims.map((c) => c.eventDate ?? c.published);
  // One undated claim makes the edge timeless: hiding it outside the dated claims' spells would misstate the evidence.
  if (dates.some((d) => !d)) return [];
  return mergeSpells(dates.map((d) => dateInterval(d!)));
}

export function toEdge(a: Assertion): NetworkEdge {
  return {
    id: a.id, source: a.subject.id, target: a.object.id,
    label: `${a.polarity === 'negative' ? 'NOT ' : ''}${a.predicate}`, predicate: a.predicate, polarity: a.polarity,
    directed: !SYMMETRIC.has(a.predicate), claims: a.claims.length, documents: a.documents.length, sources: a.independentSources,
    credibility: a.credibility.score, admiralty: a.credibility.rating, firstSeen: a.firstSeen, lastSeen: a.lastSeen,
    modalities: Object.entries(a.modalities).map(([m, n]) => `${m} ${n}`).join(', '), spells: edgeSpells(a),
  };
}

/**
 * The actor-to-actor network of a selection: its actors that take part in
 * an assertion (or that the selection starts from), and one edge per
 * assertion. What GraphML, GEXF and the report's picture draw.
 */
export function network(sel: Selection): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const edges = sel.assertions.map(toEdge);
  const touching = new Map<string, NetworkEdge[]>();
  for (const e of edges) for (const end of [e.source, e.target]) touching.set(end, [...(touching.get(end) ?? []), e]);
  const start = new Set(sel.scope.actors.map((a) => a.id));
  const nodes = sel.actors.filter((a) => touching.has(a.id) || start.has(a.id)).map((a): NetworkNode => {
    const own = touching.get(a.id) ?? [];
    const timeless = !own.length || own.some((e) => !e.spells.length);
    return {
      id: a.id, label: a.name, type: a.type, kbId: a.kbId, aliases: a.aliases, documents: a.documents, claims: a.claims,
      spells: timeless ? [] : mergeSpells(own.flatMap((e) => e.spells)),
    };
  });
  return { nodes, edges };
}
