import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, type ActorSummary } from '../api.js';
import { append, errorBox, h } from '../dom.js';
import { onReviewed } from '../review.js';
import { href, type Route } from '../router.js';
import { GraphController, type State } from '../graph/controller.js';
import { FILTER_KEYS, filterForm, legend, type Filters } from '../graph/filters.js';
import { graphKeys } from '../graph/keyboard.js';
import { communityNodeId, edgeInBrush } from '../graph/model.js';
import { pathForm } from '../graph/paths.js';
import { SidePanel } from '../graph/side-panel.js';
import { actorSearch } from '../graph/search.js';
import { graphStyle } from '../graph/style.js';
import { sizeLabels } from '../graph/labels.js';
import { claimsTable } from '../graph/table.js';
import { timeline } from '../graph/timeline.js';

cytoscape.use(fcose);

// Cytoscape adds a <style> element (position: relative on its container) unless one with this id exists; the
// page's policy would refuse it and log an error, and style.css already sets the rule, so a placeholder stands in.
if (!document.getElementById('__________cytoscape_stylesheet')) {
  document.head.append(Object.assign(document.createElement('meta'), { id: '__________cytoscape_stylesheet' }));
}

function stateFrom(p: URLSearchParams): State {
  const filters: Filters = {};
  for (const k of FILTER_KEYS) if (p.get(k)) filters[k] = p.get(k)!;
  const a = p.get('a');
  const b = p.get('b');
  return {
    ...(p.get('actor') ? { focus: p.get('actor')! } : {}), filters,
    ...(a && b ? { paths: { a, b, k: Number(p.get('k') ?? 3) || 3 } } : {}),
    grouped: p.get('grouped') === null ? null : p.get('grouped') === 'true',
  };
}

function urlOf(s: State): string {
  return href('graph', undefined, {
    ...s.filters, actor: s.focus, ...(s.paths ? { a: s.paths.a, b: s.paths.b, k: s.paths.k } : {}), grouped: s.grouped === null ? undefined : String(s.grouped),
  });
}

/**
 * The analyst's graph: filters, search, paths and legend on the left; the
 * drawing with its timeline and claims table in the middle; on the right
 * the panel: an actor's edges, a bundle, the evidence of an edge, paths.
 */
export async function graphView(root: HTMLElement, route: Route): Promise<() => void> {
  const state = stateFrom(route.params);
  // The drawing's data is asked for at once, while the vocabulary for the filters arrives.
  const first = !state.paths && !state.focus ? api.graph(Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== 'from' && k !== 'to' && k !== 'depth'))) : undefined;
  first?.catch(() => undefined);
  const meta = await api.meta();
  const canvas = h('div', { id: 'cy', class: 'cy', tabindex: 0, role: 'application',
    'aria-label': 'The network. Arrow keys: next or previous actor. Enter: open it (a community opens). E: expand its neighbours. F: focus on it. Escape: clear.' });
  const side = h('aside', { class: 'panel', id: 'panel', 'aria-live': 'polite', 'aria-label': 'Details' });
  const status = h('p', { class: 'graph-status', role: 'status' });

  // No layout at creation: the container is not on the page yet (the drawing is laid out once it is, see ctl.load).
  const cy = cytoscape({ container: canvas, style: graphStyle(), layout: { name: 'preset' }, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3, boxSelectionEnabled: false });
  (window as unknown as { nexusCy?: unknown }).nexusCy = cy;

  const setUrl = (push = false) => (push ? history.pushState(null, '', urlOf(state)) : history.replaceState(null, '', urlOf(state)));

  const table = claimsTable({
    query: () => ({ ...ctl.query(), ...ctl.brush() }) as Record<string, string | undefined>,
    openEdge: (id) => void panel.edge(id),
  });
  const time = timeline((b) => { state.filters.from = b.from; state.filters.to = b.to; filters.setDates(b.from, b.to); setUrl(); void ctl.render(false); });

  const ctl: GraphController = new GraphController(cy, state, (c) => {
    const g = c.graph();
    const shown = c.drawnNow;
    status.replaceChildren();
    append(status, [
      state.paths ? `Paths: ${c.pathData?.paths.length ?? 0} found, ${shown.nodes.length} actors` : `${shown.nodes.length} ${c.grouped() ? 'nodes (communities and actors)' : 'actors'}, ${shown.edges.length} edges`,
      g.truncated && !state.paths ? ` · ${g.truncated} more actors left out: filter or focus to see them` : '',
      state.focus || state.paths ? '' : [' · ', groupToggle(c)],
      state.paths ? [' · ', h('button', { type: 'button', class: 'link', onclick: () => { state.paths = undefined; setUrl(); panel.hint(); void ctl.load(true); } }, 'Back to the graph')] : null]);
    time.update(g.edges, ctl.brush());
    void table.reload(shown.edges.reduce((n, e) => n + e.claims, 0));
    root.dataset.graph = String(c.version);
    root.dataset.edges = String(shown.edges.length);
  });

  ctl.onLabels = (n) => { root.dataset.labels = String(n); };

  const groupToggle = (c: GraphController) => h('button', { type: 'button', class: 'link', onclick: () => {
    state.grouped = !c.grouped();
    c.open.clear();
    setUrl();
    void c.render(true);
  } }, c.grouped() ? 'Show every actor' : 'Group into communities');

  const panel = new SidePanel(side, ctl, {
    focusOn: (a) => void focusOn(a), pathsFrom: (a) => paths.setFrom(a), focused: () => state.focus,
  });

  // --------------------------------------------------------------- the state

  async function focusOn(a: ActorSummary): Promise<void> {
    state.focus = a.id;
    state.paths = undefined;
    ctl.expanded.clear();
    ctl.open.clear();
    search.set(a);
    setUrl(true);
    await ctl.load(true);
    panel.actor(a.id, { moveFocus: true });
  }

  async function findPaths(a: ActorSummary, b: ActorSummary, k: number): Promise<void> {
    state.paths = { a: a.id, b: b.id, k };
    setUrl(true);
    try {
      await ctl.load(true);
      panel.paths();
    } catch (e) { panel.shell(); side.append(errorBox(e)); }
  }

  // ---------------------------------------------------------------- the page

  const search = actorSearch({ label: 'Focus on an actor', placeholder: 'Actor name or alias, then Enter', onPick: (a) => void focusOn(a) });
  const depth = h('select', { 'aria-label': 'Hops from the focus', name: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: String(d) === (state.filters.depth ?? '1') }, `${d} hop${d > 1 ? 's' : ''}`)));
  depth.addEventListener('change', () => { state.filters.depth = depth.value; setUrl(); void ctl.load(true); });
  const filters = filterForm(meta, state.filters, (f) => {
    const before = JSON.stringify(ctl.query());
    state.filters = { ...f, ...(state.filters.depth ? { depth: state.filters.depth } : {}) };
    ctl.state = state;
    setUrl();
    // The time range is applied in the browser; anything else asks the server.
    void (JSON.stringify(ctl.query()) === before ? ctl.render(false) : ctl.load(false));
  });
  const paths = pathForm((a, b, k) => void findPaths(a, b, k));
  const whole = h('button', { type: 'button', class: 'link', onclick: () => {
    state.focus = undefined; state.paths = undefined; ctl.expanded.clear(); ctl.open.clear(); search.set(); setUrl(true); panel.hint(); void ctl.load(true);
  } }, 'Whole corpus');

  root.append(h('div', { class: 'graph-layout' },
    h('details', { class: 'sidebar', open: !window.matchMedia('(max-width: 700px)').matches },
      h('summary', { class: 'sidebar-toggle' }, 'Search, filters, paths'),
      h('div', { class: 'focus-box' }, h('label', { class: 'block' }, 'Focus', search.element), h('div', { class: 'pair' }, depth, whole)),
      filters.form, paths.element, legend()),
    h('section', { class: 'graph-main' }, status, canvas, time.element, table.element),
    side));

  // ------------------------------------------------------------ interaction

  cy.on('tap', 'node', (evt) => {
    const id = evt.target.id() as string;
    if (id.startsWith('community:')) void ctl.openCommunity(id.slice('community:'.length));
    else panel.actor(id);
  });
  cy.on('dbltap', 'node.actor', (evt) => void ctl.expand(evt.target.id()));
  cy.on('tap', 'edge', (evt) => panel.bundle(evt.target.id()));
  cy.on('tap', (evt) => { if (evt.target === cy) { ctl.mark(); panel.hint(); } });
  let relabelTimer: number | undefined;
  let sizing = 0;
  cy.on('zoom', () => { if (!sizing) sizing = requestAnimationFrame(() => { sizing = 0; if (!cy.destroyed()) sizeLabels(cy); }); });
  cy.on('zoom pan', () => { window.clearTimeout(relabelTimer); relabelTimer = window.setTimeout(() => ctl.relabel(), 60); });
  const resize = new ResizeObserver(() => { if (cy.destroyed()) return; cy.resize(); ctl.relabel(); });
  resize.observe(canvas);
  const stopKeys = graphKeys(canvas, ctl, {
    select: (id) => panel.node(id),
    enter: (id) => { if (id.startsWith('community:')) void ctl.openCommunity(id.slice('community:'.length)); else panel.actor(id, { moveFocus: true }); },
    expand: (id) => void ctl.expand(id).then(() => panel.actor(id)),
    focus: (id) => { const a = ctl.actor(id); if (a) void focusOn(a); },
    clear: () => { ctl.mark(); panel.hint(); },
  });
  const slash = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
    // "/" jumps to the search, "g" to the drawing (then the arrow keys go from actor to actor).
    if (e.key === '/') { e.preventDefault(); search.input.focus(); }
    if (e.key === 'g' && document.activeElement !== canvas) { e.preventDefault(); canvas.focus(); }
  };
  document.addEventListener('keydown', slash);
  const stopReviews = onReviewed(() => void ctl.load(false).then(() => {
    const showing = side.dataset.showing ?? '';
    if (showing.startsWith('actor:')) panel.actor(showing.slice(6));
  }));

  // --------------------------------------------------------------- first draw

  if (state.focus) {
    const a = await api.actor(state.focus).catch(() => undefined);
    if (a) search.set(a.actor);
  }
  panel.hint();
  cy.resize();
  await ctl.load(true, first);
  if (!ctl.graph().nodes.length) {
    canvas.append(h('div', { class: 'empty' }, meta.stats.documents ? 'No edge matches these filters.' : 'The corpus is empty. ', meta.stats.documents ? null : h('a', { href: href('ingest') }, 'Ingest a document')));
  }
  if (state.paths) panel.paths();
  else if (route.params.get('edge')) await panel.edge(route.params.get('edge')!);
  else if (state.focus) panel.actor(state.focus);
  // Tests and the curious reach the controller from the console.
  (window as unknown as { nexusGraph?: unknown }).nexusGraph = { ctl, inBrush: edgeInBrush, community: communityNodeId };
  return () => {
    panel.clean();
    stopKeys();
    stopReviews();
    resize.disconnect();
    window.clearTimeout(relabelTimer);
    document.removeEventListener('keydown', slash);
    cy.stop();
    cy.destroy();
  };
}
