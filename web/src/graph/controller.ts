/**
 * The graph's state (focus, filters, time range, opened communities,
 * expanded actors, a path search) and how it is drawn: data is fetched
 * when what the server selects changes, and redrawn in place otherwise, so
 * that what is on screen only moves when a new focus asks for a new layout.
 */
import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
import { api, type ActorSummary, type GraphEdge, type GraphResponse, type PathsResponse } from '../api.js';
import { placeLabels } from './labels.js';
import { focusLayout, pathLayout, placeNew, wholeLayout, type Point } from './layout.js';
import { apply } from './draw.js';
import { communityNodeId, drawn, type Brush, type Drawn } from './model.js';
import type { Filters } from './filters.js';

/** Past this many actors the whole corpus is drawn as communities first. */
export const GROUP_ABOVE = 40;
const MAX_ZOOM_AFTER_LAYOUT = 1.6;

export interface PathSearch { a: string; b: string; k: number }

export interface State {
  focus?: string;
  filters: Filters;
  paths?: PathSearch;
  /** Communities drawn whole; null: the view decides (grouped past GROUP_ABOVE actors). */
  grouped: boolean | null;
}

export class GraphController {
  base: GraphResponse = { nodes: [], edges: [], truncated: 0, communities: [] };
  pathData?: PathsResponse;
  readonly open = new Set<string>();
  readonly expanded = new Map<string, GraphResponse>();
  current?: string;
  drawnNow: Drawn = { nodes: [], bundles: [], edges: [] };
  version = 0;
  private loads = 0;

  constructor(readonly cy: Core, public state: State, private readonly after: (c: GraphController) => void) {}

  /** Server-side parameters of the view (the time range is applied here, in the browser). */
  query(): Record<string, string | undefined> {
    const { from: _from, to: _to, ...rest } = this.state.filters;
    return { ...rest, ...(this.state.focus ? { actor: this.state.focus } : { depth: undefined }) };
  }

  brush(): Brush {
    return { from: this.state.filters.from, to: this.state.filters.to };
  }

  /** Every actor and edge fetched: the view, the expansions, or the paths. */
  graph(): GraphResponse {
    if (this.state.paths && this.pathData) return pathsGraph(this.pathData);
    if (!this.expanded.size) return this.base;
    const nodes = new Map(this.base.nodes.map((n) => [n.id, n]));
    const edges = new Map(this.base.edges.map((e) => [e.id, e]));
    for (const g of this.expanded.values()) {
      for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
      for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: this.base.truncated, communities: this.base.communities };
  }

  grouped(): boolean {
    if (this.state.focus || this.state.paths) return false;
    return this.state.grouped ?? this.base.nodes.length > GROUP_ABOVE;
  }

  actor(id: string): ActorSummary | undefined {
    return this.graph().nodes.find((n) => n.id === id);
  }

  edgesOf(id: string): GraphEdge[] {
    const node = this.drawnNow.nodes.find((n) => n.id === id);
    const members = new Set(node?.members ?? [id]);
    return this.drawnNow.edges.filter((e) => members.has(e.source) || members.has(e.target));
  }

  /** Fetches what the server selects and redraws; `relayout` lays the drawing out anew (a new focus). */
  async load(relayout: boolean, prefetched?: Promise<GraphResponse>): Promise<void> {
    const run = ++this.loads;
    const q = this.query();
    if (this.state.paths) {
      const { a, b, k } = this.state.paths;
      const { actor: _a, depth: _d, ...filters } = q;
      const data = await api.paths({ a, b, k, ...filters });
      if (run !== this.loads) return;
      this.pathData = data;
    } else {
      const [base, ...more] = await Promise.all([prefetched ?? api.graph(q), ...[...this.expanded.keys()].map((id) => api.graph({ ...q, actor: id, depth: 1 }))]);
      if (run !== this.loads) return;
      this.base = base;
      [...this.expanded.keys()].forEach((id, i) => this.expanded.set(id, more[i]));
    }
    await this.render(relayout);
  }

  /** Redraws from the data at hand; new nodes go beside their anchors unless the whole drawing is laid out anew. */
  async render(relayout: boolean, anchors: Map<string, Point> = new Map()): Promise<void> {
    const cy = this.cy;
    if (cy.destroyed()) return;
    this.drawnNow = drawn(this.graph(), { grouped: this.grouped(), open: this.open, focus: this.state.focus, brush: this.brush() });
    const wasEmpty = cy.nodes().empty();
    const added = apply(cy, this.drawnNow, this.state.focus);
    if (relayout || wasEmpty) {
      if (this.state.paths && this.pathData) await pathLayout(cy, this.pathData.paths.map((p) => p.actors.map((a) => a.id)));
      else if (this.state.focus && cy.getElementById(this.state.focus).nonempty()) await focusLayout(cy, this.state.focus);
      else await wholeLayout(cy);
      // A small drawing fitted to the screen would be huge: keep it at reading size.
      if (cy.zoom() > MAX_ZOOM_AFTER_LAYOUT) { cy.zoom(MAX_ZOOM_AFTER_LAYOUT); cy.center(); }
    } else if (added.length) {
      placeNew(cy, added, (id) => anchors.get(id));
      const fresh = cy.nodes().filter((n) => added.includes(n.id()));
      // What was added must be seen: widen the view if it fell outside.
      const ext = cy.extent();
      const box = fresh.boundingBox({});
      if (box.x1 < ext.x1 || box.x2 > ext.x2 || box.y1 < ext.y1 || box.y2 > ext.y2) cy.fit(undefined, 40);
    }
    this.relabel();
    this.version++;
    this.after(this);
  }

  /** Told each time the labels have been placed (tests wait for it after a zoom). */
  onLabels?: (passes: number) => void;
  private labelPasses = 0;

  relabel(): number {
    // A timer or an animation may end after the view was left.
    if (this.cy.destroyed()) return 0;
    const cur = this.current;
    const shown = placeLabels(this.cy, (el: SingularElementArgument) => (el.id() === cur ? 1e12 : 0) + Number(el.data('priority') ?? 0));
    this.onLabels?.(++this.labelPasses);
    return shown;
  }

  /** Opens a community where it stands: its members take its place, around its position. */
  async openCommunity(id: string): Promise<void> {
    const node = this.cy.getElementById(communityNodeId(id));
    const at = node.nonempty() ? { ...node.position() } : undefined;
    const members = this.drawnNow.nodes.find((n) => n.id === communityNodeId(id))?.members ?? [];
    this.open.add(id);
    await this.render(false, new Map(at ? members.map((m) => [m, at]) : []));
  }

  /** Adds an actor's neighbours beside it; nothing on screen moves. */
  async expand(id: string): Promise<void> {
    if (this.expanded.has(id)) return;
    const at = this.cy.getElementById(id);
    const pos = at.nonempty() ? { ...at.position() } : undefined;
    const g = await api.graph({ ...this.query(), actor: id, depth: 1 });
    this.expanded.set(id, g);
    const known = new Set(this.cy.nodes().map((n) => n.id()));
    await this.render(false, new Map(pos ? g.nodes.filter((n) => !known.has(n.id)).map((n) => [n.id, pos]) : []));
  }

  /** Marks the drawn element the keyboard or a click chose, fading what is not next to it. */
  mark(drawnId?: string): void {
    const cy = this.cy;
    this.current = drawnId;
    cy.batch(() => {
      cy.elements().removeClass('current faded');
      if (!drawnId) return;
      const el = cy.getElementById(drawnId);
      if (el.empty()) return;
      el.addClass('current');
      const near = el.isNode() ? el.closedNeighborhood() : (el as unknown as EdgeSingular).connectedNodes().union(el);
      cy.elements().not(near).addClass('faded');
    });
  }

  /** Zooms to an element and what touches it, then places the labels again. */
  zoomTo(drawnId: string): void {
    const el = this.cy.getElementById(drawnId);
    if (el.empty()) return;
    const eles = el.isNode() ? el.closedNeighborhood() : (el as unknown as EdgeSingular).connectedNodes().union(el);
    this.cy.stop();
    this.cy.animate({ fit: { eles, padding: 70 } }, { duration: 220, complete: () => {
      if (this.cy.destroyed()) return;
      if (this.cy.zoom() > 2.2) this.cy.zoom({ level: 2.2, position: el.isNode() ? el.position() : (el as unknown as EdgeSingular).midpoint() });
      this.relabel();
    } });
  }
}

/** The actors and hops of the paths found, as a graph to draw. */
function pathsGraph(p: PathsResponse): GraphResponse {
  const nodes = new Map<string, ActorSummary>();
  const edges = new Map<string, GraphEdge>();
  for (const path of p.paths) {
    for (const a of path.actors) if (!nodes.has(a.id)) nodes.set(a.id, { ...a, aliases: [], documents: 0, claims: 0 });
    for (const hop of path.hops) edges.set(hop.edge.id, hop.edge);
  }
  for (const a of [p.a, p.b]) if (!nodes.has(a.id)) nodes.set(a.id, { ...a, aliases: [], documents: 0, claims: 0 });
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: 0, communities: [] };
}
