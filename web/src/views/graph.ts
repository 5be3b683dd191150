import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, type GraphResponse, type Meta } from '../api.js';
import { actorLink } from '../components.js';
import { append, clear, errorBox, h } from '../dom.js';
import { FAMILY, FAMILY_COLOR, TYPE_COLOR, verb, type Family } from '../palette.js';
import { go, href, type Route } from '../router.js';
import { edgePanel } from './edge.js';

cytoscape.use(fcose);

// Cytoscape adds a <style> element (position: relative on its container) unless one with this id exists; the
// page's policy would refuse it and log an error, and style.css already sets the rule, so a placeholder stands in.
if (!document.getElementById('__________cytoscape_stylesheet')) {
  document.head.append(Object.assign(document.createElement('meta'), { id: '__________cytoscape_stylesheet' }));
}

const FILTER_KEYS = ['actor', 'depth', 'predicates', 'types', 'modalities', 'from', 'to', 'minSources', 'minCredibility', 'includeRejected'] as const;

function elements(g: GraphResponse, focus?: string): ElementDefinition[] {
  // Zoomed out, only the most connected actors keep a readable label: the rest show as the reader zooms in.
  const hubs = new Set([...g.nodes].sort((a, b) => b.claims - a.claims).slice(0, Math.max(12, Math.round(g.nodes.length / 12))).map((n) => n.id));
  const nodes: ElementDefinition[] = g.nodes.map((n) => ({
    data: { id: n.id, label: n.name, type: n.type, color: TYPE_COLOR[n.type] ?? '#999', weight: Math.max(1, n.claims) },
    classes: [n.id === focus ? 'focus' : '', hubs.has(n.id) ? 'hub' : ''].join(' ').trim(),
  }));
  const edges: ElementDefinition[] = g.edges.map((e) => ({
    data: {
      id: e.id, source: e.source, target: e.target, label: `${e.polarity === 'negative' ? 'not ' : ''}${verb(e.predicate)}`,
      color: FAMILY_COLOR[FAMILY[e.predicate]], sources: e.independentSources, predicate: e.predicate,
    },
    classes: [e.polarity === 'negative' ? 'negative' : '', e.review === 'accepted' ? 'accepted' : ''].join(' ').trim(),
  }));
  return [...nodes, ...edges];
}

function style(): cytoscape.StylesheetJson {
  return [
    { selector: 'node', style: {
      'background-color': 'data(color)', label: 'data(label)', width: 'mapData(weight, 1, 30, 18, 54)', height: 'mapData(weight, 1, 30, 18, 54)',
      'font-size': 11, color: '#111827', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '140px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px', 'min-zoomed-font-size': 7,
      'border-width': 1, 'border-color': '#ffffff',
    } },
    { selector: 'node.hub', style: { 'font-size': 17, 'font-weight': 'bold', 'text-max-width': '260px' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'edge', style: {
      'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
      width: 'mapData(sources, 1, 8, 1.5, 9)', opacity: 0.85, label: 'data(label)', 'font-size': 9, color: '#374151', 'min-zoomed-font-size': 9,
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
    } },
    { selector: 'edge.negative', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'overlay-color': '#111827', 'overlay-opacity': 0.15, 'overlay-padding': 4 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: '.faded', style: { opacity: 0.15 } },
  ];
}

function legend(): HTMLElement {
  return h('div', { class: 'legend' },
    h('h3', {}, 'Actors'),
    h('ul', {}, Object.entries(TYPE_COLOR).map(([t, c]) => h('li', {}, h('span', { class: 'swatch', 'data-color': c }), t))),
    h('h3', {}, 'Edges'),
    h('ul', {}, (Object.entries(FAMILY_COLOR) as Array<[Family, string]>).map(([f, c]) => h('li', {}, h('span', { class: 'swatch line', 'data-color': c }), f))),
    h('p', { class: 'muted' }, 'Width: independent sources. Dashed: denied (negative).'),
  );
}

function checkboxes(name: string, values: string[], chosen: string[], label: (v: string) => string = (v) => v): HTMLElement {
  return h('fieldset', {}, h('legend', {}, name),
    values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), label(v))));
}

function filterForm(meta: Meta, p: URLSearchParams, focusName?: string): HTMLFormElement {
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const search = h('input', { type: 'search', name: 'q', placeholder: 'Actor name or alias', value: focusName ?? '', autocomplete: 'off', 'aria-label': 'Focus on an actor' });
  const results = h('ul', { class: 'suggest', role: 'listbox' });
  let timer: number | undefined;
  search.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      clear(results);
      const name = search.value.trim();
      if (name.length < 2) return;
      for (const a of await api.actors({ name, limit: 12 })) {
        results.append(h('li', {}, h('a', { href: href('graph', undefined, { ...Object.fromEntries(p), actor: a.id }), role: 'option' }, `${a.name} · ${a.type}${a.aliases.length ? ` (${a.aliases.slice(0, 3).join(', ')})` : ''}`)));
      }
    }, 200);
  });
  const form = h('form', { class: 'filters', 'aria-label': 'Graph filters' },
    h('label', { class: 'block' }, 'Focus', search), results,
    p.get('actor') ? h('p', {}, h('a', { href: href('graph', undefined, { ...Object.fromEntries([...p].filter(([k]) => k !== 'actor' && k !== 'depth')) }) }, 'Show the whole corpus')) : null,
    h('label', { class: 'block' }, 'Hops from the focus', h('select', { name: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: String(d) === (p.get('depth') ?? '1') }, String(d))))),
    checkboxes('types', meta.types, list('types')),
    checkboxes('predicates', meta.predicates, list('predicates'), (v) => `${verb(v)} (${FAMILY[v as keyof typeof FAMILY]})`),
    checkboxes('modalities', meta.modalities, list('modalities')),
    h('label', { class: 'block' }, 'From', h('input', { type: 'date', name: 'from', value: p.get('from') ?? '' })),
    h('label', { class: 'block' }, 'To', h('input', { type: 'date', name: 'to', value: p.get('to') ?? '' })),
    h('label', { class: 'block' }, 'Least independent sources', h('input', { type: 'number', name: 'minSources', min: 0, max: 50, value: p.get('minSources') ?? '' })),
    h('label', { class: 'block' }, 'Least credibility (0 to 1)', h('input', { type: 'number', name: 'minCredibility', min: 0, max: 1, step: 0.05, value: p.get('minCredibility') ?? '' })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'includeRejected', value: 'true', checked: p.get('includeRejected') === 'true' }), 'show rejected'),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const out: Record<string, string> = {};
    if (p.get('actor')) out.actor = p.get('actor')!;
    for (const k of FILTER_KEYS) {
      if (k === 'actor') continue;
      const v = data.getAll(k).map(String).filter(Boolean);
      if (v.length) out[k] = v.join(',');
    }
    if (!out.actor) delete out.depth;
    go('graph', undefined, out);
  });
  return form;
}

/** The network: filters on the left, the drawing, and the evidence of the chosen edge on the right. */
export async function graphView(root: HTMLElement, route: Route): Promise<() => void> {
  const p = route.params;
  const query: Record<string, string> = {};
  for (const k of FILTER_KEYS) if (p.get(k)) query[k] = p.get(k)!;
  const [meta, graph] = await Promise.all([api.meta(), api.graph(query)]);
  const focus = p.get('actor') ?? undefined;
  const focusName = graph.nodes.find((n) => n.id === focus)?.name;
  const canvas = h('div', { id: 'cy', class: 'cy', role: 'img', 'aria-label': `Network of ${graph.nodes.length} actors and ${graph.edges.length} claims` });
  const side = h('aside', { class: 'panel', id: 'panel', 'aria-live': 'polite' });
  const status = h('p', { class: 'graph-status' },
    `${graph.nodes.length} actors, ${graph.edges.length} edges`, graph.truncated ? ` (${graph.truncated} more actors left out: filter or focus to see them)` : '');
  root.append(h('div', { class: 'graph-layout' }, h('div', { class: 'sidebar' }, filterForm(meta, p, focusName), legend()), h('section', { class: 'graph-main' }, status, canvas), side));
  if (!graph.nodes.length) {
    canvas.append(h('div', { class: 'empty' }, meta.stats.documents ? 'No edge matches these filters.' : 'The corpus is empty. ', meta.stats.documents ? null : h('a', { href: href('ingest') }, 'Ingest a document')));
    return () => {};
  }
  const cy: Core = cytoscape({
    container: canvas, elements: elements(graph, focus), style: style(), minZoom: 0.1, maxZoom: 4,
    layout: { name: 'fcose', animate: false, randomize: true, quality: 'default', nodeRepulsion: () => 6500, idealEdgeLength: () => 90, edgeElasticity: () => 0.45, gravity: 0.4, gravityRange: 3.8, nodeSeparation: 80, numIter: 2500, tile: true, padding: 30 } as cytoscape.LayoutOptions,
  });
  // A small graph fitted to the screen would be drawn huge: keep labels at reading size.
  if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }
  // Tests and the curious reach the drawing from the console.
  (window as unknown as { nexusCy?: Core }).nexusCy = cy;
  const showEdge = (id: string) => {
    cy.elements().removeClass('faded');
    const el = cy.getElementById(id);
    if (el.nonempty()) { cy.elements().not(el.union(el.connectedNodes())).addClass('faded'); el.select(); }
    void edgePanel(side, id, { onChange: () => void reloadAfterReview(id) });
  };
  const reloadAfterReview = async (id: string) => {
    try {
      const fresh = await api.graph(query);
      if (!fresh.edges.some((e) => e.id === id)) cy.getElementById(id).remove();
      root.dataset.edges = String(cy.edges().length);
    } catch (e) { side.append(errorBox(e)); }
  };
  cy.on('tap', 'edge', (evt) => { history.replaceState(null, '', href('graph', undefined, { ...query, edge: evt.target.id() })); showEdge(evt.target.id()); });
  cy.on('tap', 'node', (evt) => {
    const n = graph.nodes.find((x) => x.id === evt.target.id());
    if (!n) return;
    cy.elements().removeClass('faded');
    cy.elements().not(evt.target.closedNeighborhood()).addClass('faded');
    clear(side);
    append(side, [h('h2', {}, actorLink(n)), h('p', {}, `${n.type}${n.kbId ? ` · knowledge base: ${n.kbId}` : ''}`),
      n.aliases.length ? h('p', {}, 'Also: ', n.aliases.join(', ')) : null,
      h('p', {}, `${n.documents} documents · ${n.claims} claims`),
      h('p', {}, h('a', { href: href('actor', n.id) }, 'Open actor page'), ' · ', h('a', { href: href('graph', undefined, { ...query, actor: n.id }) }, 'Focus the graph here'))]);
  });
  cy.on('tap', (evt) => { if (evt.target === cy) { cy.elements().removeClass('faded'); clear(side); } });
  root.dataset.edges = String(cy.edges().length);
  if (p.get('edge')) showEdge(p.get('edge')!);
  else side.append(h('p', { class: 'muted hint' }, 'Click an edge to read the evidence behind it, or an actor to see its neighbourhood.'));
  return () => cy.destroy();
}
