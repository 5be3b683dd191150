/**
 * The panel beside the drawing: a hint, an actor and its edges, a
 * community, a bundle of edges, one edge's evidence (with a way back), or
 * the paths found. It marks and zooms to what it shows.
 */
import type { ActorSummary } from '../api.js';
import { append, clear, h } from '../dom.js';
import { edgePanel } from '../views/edge.js';
import type { GraphController } from './controller.js';
import { actorHead, edgeList, type EdgeSort } from './panel.js';
import { pathResults } from './paths.js';

const HINT = 'Click an actor to list its edges, an edge to read its evidence, a community to open it. Keyboard: / jumps to the search, g to the drawing; there the arrow keys go from actor to actor, Enter opens one, E expands it, F focuses on it.';

export interface PanelActions {
  focusOn(a: ActorSummary): void;
  pathsFrom(a: ActorSummary): void;
  focused(): string | undefined;
}

export class SidePanel {
  private sort: EdgeSort = 'sources';
  private readonly stops: Array<() => void> = [];

  constructor(private readonly side: HTMLElement, private readonly ctl: GraphController, private readonly act: PanelActions) {}

  /** Stops what the panel listens to (an edge's evidence redraws itself after reviews). */
  clean(): void {
    while (this.stops.length) this.stops.pop()!();
  }

  hint(): void {
    this.clean();
    clear(this.side);
    delete this.side.dataset.open;
    delete this.side.dataset.showing;
    this.side.append(h('p', { class: 'muted hint' }, HINT));
  }

  shell(): void {
    this.clean();
    clear(this.side);
    this.side.dataset.open = 'true';
    this.side.append(h('button', { type: 'button', class: 'link close-panel', 'aria-label': 'Close the panel', onclick: () => { this.ctl.mark(); this.hint(); } }, '×'));
  }

  private sorted(redraw: () => void) {
    return (s: EdgeSort) => { this.sort = s; redraw(); };
  }

  async edge(id: string, back?: { label: string; go: () => void }): Promise<void> {
    this.shell();
    const bundle = this.ctl.drawnNow.bundles.find((b) => b.edges.some((e) => e.id === id));
    if (bundle) { this.ctl.mark(bundle.id); this.ctl.zoomTo(bundle.id); }
    const holder = h('div', {});
    this.side.append(holder);
    this.stops.push(await edgePanel(holder, id, back ? { back } : {}));
    this.side.dataset.showing = `edge:${id}`;
  }

  actor(id: string, options: { moveFocus?: boolean } = {}): void {
    const { ctl } = this;
    const a = ctl.actor(id);
    if (!a) return;
    this.shell();
    ctl.mark(id);
    ctl.zoomTo(id);
    const back = { label: `${a.name}'s edges`, go: () => this.actor(id, { moveFocus: true }) };
    append(this.side, [
      actorHead(a, {
        focused: this.act.focused() === id, expanded: ctl.expanded.has(id),
        focus: () => this.act.focusOn(a), expand: () => void ctl.expand(id).then(() => this.actor(id)), paths: () => this.act.pathsFrom(a),
      }),
      edgeList(ctl.edgesOf(id), id, { name: (x) => ctl.actor(x) }, (e) => void this.edge(e, back), this.sort, this.sorted(() => this.actor(id))),
    ]);
    this.side.dataset.showing = `actor:${id}`;
    if (options.moveFocus) this.side.querySelector<HTMLElement>('.edge-row')?.focus();
  }

  /** An actor, or a community with its members and edges. */
  node(drawnId: string, options: { moveFocus?: boolean } = {}): void {
    if (!drawnId.startsWith('community:')) { this.actor(drawnId, options); return; }
    const { ctl } = this;
    const node = ctl.drawnNow.nodes.find((n) => n.id === drawnId);
    if (!node) return;
    this.shell();
    ctl.mark(drawnId);
    ctl.zoomTo(drawnId);
    append(this.side, [
      h('h2', {}, `Community of ${node.members!.length} actors`),
      h('p', {}, h('button', { type: 'button', onclick: () => void ctl.openCommunity(drawnId.slice('community:'.length)).then(() => this.hint()) }, 'Open it in place')),
      h('ul', { class: 'members' }, node.members!.map((m) => h('li', {}, ctl.actor(m)?.name ?? m))),
      edgeList(ctl.edgesOf(drawnId), undefined, { name: (x) => ctl.actor(x) }, (e) => void this.edge(e), this.sort, this.sorted(() => this.node(drawnId))),
    ]);
    this.side.dataset.showing = `community:${drawnId}`;
    if (options.moveFocus) this.side.querySelector<HTMLElement>('button')?.focus();
  }

  /** The edges drawn as one line between a pair; a single edge opens its evidence. */
  bundle(bundleId: string): void {
    const b = this.ctl.drawnNow.bundles.find((x) => x.id === bundleId);
    if (!b) return;
    if (b.edges.length === 1) { void this.edge(b.edges[0].id); return; }
    this.shell();
    this.ctl.mark(bundleId);
    const back = { label: 'the edges of this pair', go: () => this.bundle(bundleId) };
    this.side.append(edgeList(b.edges, undefined, { name: (x) => this.ctl.actor(x) }, (e) => void this.edge(e, back), this.sort, this.sorted(() => this.bundle(bundleId))));
    this.side.dataset.showing = `bundle:${bundleId}`;
  }

  /** The paths found; choosing one marks its actors and hops in the drawing. */
  paths(): void {
    const data = this.ctl.pathData;
    if (!data) return;
    const cy = this.ctl.cy;
    this.shell();
    this.side.append(pathResults(data, (i) => {
      const ids = data.paths[i].actors.map((x) => x.id);
      cy.elements().removeClass('path faded');
      const on = cy.nodes().filter((n) => ids.includes(n.id()));
      const hops = cy.edges().filter((e) => ids.includes(e.source().id()) && ids.includes(e.target().id()));
      hops.addClass('path');
      cy.elements().not(on.union(hops)).addClass('faded');
    }, (id) => void this.edge(id, { label: 'the paths', go: () => this.paths() })));
    this.side.dataset.showing = 'paths';
  }
}
