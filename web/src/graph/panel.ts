/** What the side panel shows for an actor, a bundle of edges or a community: lists of edges to open, sortable. */
import type { ActorSummary, GraphEdge } from '../api.js';
import { actorLink, predicateTag } from '../components.js';
import { h } from '../dom.js';
import { href } from '../router.js';

export type EdgeSort = 'sources' | 'credibility' | 'date';

const SORTS: Record<EdgeSort, (a: GraphEdge, b: GraphEdge) => number> = {
  sources: (a, b) => b.independentSources - a.independentSources || b.credibility - a.credibility,
  credibility: (a, b) => b.credibility - a.credibility || b.independentSources - a.independentSources,
  date: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || b.independentSources - a.independentSources,
};

export interface Names { name(id: string): ActorSummary | undefined }

/** One edge as a button: Enter or a click opens its evidence. */
function edgeRow(e: GraphEdge, from: string | undefined, names: Names, open: (id: string) => void): HTMLElement {
  const other = e.source === from ? e.target : e.target === from ? e.source : undefined;
  const who = (id: string) => names.name(id)?.name ?? id;
  const text = other
    ? [e.source === from ? '→ ' : '← ', predicateTag(e.predicate, e.polarity), ' ', who(other)]
    : [who(e.source), ' ', predicateTag(e.predicate, e.polarity), ' ', who(e.target)];
  return h('li', {}, h('button', { type: 'button', class: 'edge-row', 'data-edge': e.id, onclick: () => open(e.id) },
    h('span', { class: 'what' }, text),
    h('span', { class: 'muted facts-inline' }, `${e.independentSources} source${e.independentSources === 1 ? '' : 's'} · credibility ${e.credibility.toFixed(2)}${e.lastSeen ? ` · ${e.lastSeen}` : ''}${e.review ? ` · ${e.review}` : ''}`)));
}

export function edgeList(edges: GraphEdge[], from: string | undefined, names: Names, open: (id: string) => void, sort: EdgeSort, onSort: (s: EdgeSort) => void): HTMLElement {
  const select = h('select', { 'aria-label': 'Sort the edges by' },
    ([['sources', 'independent sources'], ['credibility', 'credibility'], ['date', 'latest date']] as Array<[EdgeSort, string]>).map(([v, l]) => h('option', { value: v, selected: v === sort }, l)));
  select.addEventListener('change', () => onSort(select.value as EdgeSort));
  return h('div', { class: 'edges' },
    h('div', { class: 'edges-head' }, h('h3', {}, `${edges.length} edge${edges.length === 1 ? '' : 's'}`), h('label', {}, 'sort by ', select)),
    h('ol', { class: 'edge-list' }, [...edges].sort(SORTS[sort]).map((e) => edgeRow(e, from, names, open))));
}

export interface ActorActions { focus(): void; expand(): void; paths(): void; expanded: boolean; focused: boolean }

export function actorHead(a: ActorSummary, act: ActorActions): HTMLElement {
  return h('div', { class: 'actor-panel', 'data-actor': a.id },
    h('h2', {}, actorLink(a)),
    h('p', { class: 'muted' }, `${a.type}${a.kbId ? ` · knowledge base: ${a.kbId}` : ''} · ${a.documents} documents · ${a.claims} claims`),
    a.aliases.length ? h('p', { class: 'aliases-inline' }, 'Also: ', a.aliases.slice(0, 8).join(', '), a.aliases.length > 8 ? ' …' : '') : null,
    h('div', { class: 'actions' },
      act.focused ? null : h('button', { type: 'button', onclick: act.focus }, 'Focus here'),
      act.expanded ? null : h('button', { type: 'button', onclick: act.expand, title: 'Add its neighbours without moving what is drawn (key E)' }, 'Expand neighbours'),
      h('button', { type: 'button', onclick: act.paths }, 'Paths from here'),
      h('a', { href: href('actor', a.id), class: 'button' }, 'Actor page')));
}
