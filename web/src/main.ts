import './style.css';
import { api, ApiFailure, takeToken } from './api.js';
import { onReviewed } from './review.js';
import { clear, errorBox, h } from './dom.js';
import { paint } from './components.js';
import { parseRoute, href, type Route } from './router.js';
import { actorView } from './views/actor.js';
import { contradictionsView } from './views/contradictions.js';
import { documentView, documentsView } from './views/document.js';
import { edgeView } from './views/edge.js';
import { graphView } from './views/graph.js';
import { ingestView } from './views/ingest.js';
import { sourcesView } from './views/sources.js';

export type View = (root: HTMLElement, route: Route) => Promise<void | (() => void)>;

const VIEWS: Record<string, View> = {
  graph: graphView, edge: edgeView, actor: actorView, document: documentView, documents: documentsView,
  contradictions: contradictionsView, sources: sourcesView, ingest: ingestView,
};

const NAV: Array<[string, string]> = [['graph', 'Graph'], ['documents', 'Documents'], ['contradictions', 'Contradictions'], ['sources', 'Sources'], ['ingest', 'Ingest']];

async function header(top: HTMLElement, current: string): Promise<void> {
  clear(top);
  const stats = h('span', { class: 'stats', id: 'stats' });
  top.append(
    h('a', { href: href('graph'), class: 'brand' }, 'nexus'),
    h('nav', {}, NAV.map(([name, label]) => h('a', { href: href(name), class: name === current ? 'current' : undefined, 'aria-current': name === current ? 'page' : undefined }, label))),
    stats,
  );
  await refreshStats();
}

async function refreshStats(): Promise<void> {
  const stats = document.getElementById('stats');
  if (!stats) return;
  try {
    const m = await api.meta();
    stats.textContent = `${m.stats.documents} documents · ${m.stats.actors} actors · ${m.stats.claims} claims`;
  } catch { /* the view shows the error */ }
}

let cleanup: void | (() => void);

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const view = VIEWS[route.name] ?? graphView;
  const root = document.getElementById('view')!;
  if (cleanup) cleanup();
  cleanup = undefined;
  void header(document.getElementById('top')!, route.name === 'edge' ? 'graph' : route.name === 'document' ? 'documents' : route.name);
  clear(root);
  root.className = `view-${route.name}`;
  try {
    cleanup = await view(root, route);
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 401) {
      root.append(h('p', { class: 'error', role: 'alert' }, 'This server needs its token: open the address `nexus serve` printed (it ends in #token=...).'));
    } else {
      console.error(e);
      root.append(errorBox(e));
    }
  }
  document.body.dataset.ready = route.name;
}

takeToken();
// Views add content as it loads: colour it as it arrives.
new MutationObserver(() => paint(document.getElementById('view')!)).observe(document.getElementById('view')!, { childList: true, subtree: true });
onReviewed(() => void refreshStats());
window.addEventListener('hashchange', () => { document.body.dataset.ready = ''; void render(); });
void render();
