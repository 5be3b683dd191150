/** "How is A connected to B": the form, and the paths with each hop's evidence. */
import type { ActorSummary, LinkPathView, PathsResponse } from '../api.js';
import { actorLink, docTitle, predicateTag, quoteInSentence } from '../components.js';
import { h } from '../dom.js';
import { href } from '../router.js';
import { actorSearch } from './search.js';

export function pathForm(onFind: (a: ActorSummary, b: ActorSummary, k: number) => void): { element: HTMLElement; setFrom(a: ActorSummary): void } {
  let a: ActorSummary | undefined;
  let b: ActorSummary | undefined;
  const k = h('select', { 'aria-label': 'How many paths' }, [1, 2, 3, 5, 8].map((n) => h('option', { value: n, selected: n === 3 }, String(n))));
  const go = () => { if (a && b) onFind(a, b, Number(k.value)); };
  const from = actorSearch({ label: 'Connect from', placeholder: 'From: name or alias', onPick: (x) => { a = x; go(); } });
  const to = actorSearch({ label: 'Connect to', placeholder: 'To: name or alias', onPick: (x) => { b = x; go(); } });
  const element = h('details', { class: 'connect' },
    h('summary', {}, 'How are two actors connected?'),
    from.element, to.element,
    h('div', { class: 'pair' }, h('label', {}, 'paths ', k), h('button', { type: 'button', onclick: go }, 'Find paths')));
  return { element, setFrom: (x) => { a = x; from.set(x); (element as HTMLDetailsElement).open = true; to.input.focus(); } };
}

function pathCard(p: LinkPathView, i: number, select: () => void, openEdge: (id: string) => void): HTMLElement {
  const thin = p.oneDocument
    ? `the whole chain rests on one document: ${docTitle(p.oneDocument)}`
    : p.oneSource ? `the whole chain rests on one source: ${p.oneSource.join(' = ')}`
      : p.singleSource ? 'every hop rests on a single source' : '';
  return h('li', { class: `path-card${thin ? ' thin' : ''}`, 'data-path': i },
    h('div', { class: 'path-head' },
      h('button', { type: 'button', class: 'link', onclick: select }, `Path ${i + 1}`),
      ` · ${p.hops.length} hop${p.hops.length === 1 ? '' : 's'} · length ${p.length.toFixed(2)}`,
      thin ? h('span', { class: 'badge warn', title: 'Weakly supported: check the sources' }, thin) : null),
    h('p', { class: 'chain' }, p.actors.map((a, j) => [j ? ' — ' : '', actorLink(a)])),
    h('ol', { class: 'hops' }, p.hops.map((hop) => h('li', { class: 'hop' },
      h('div', {}, actorLink(hop.subject), ' ', predicateTag(hop.edge.predicate, hop.edge.polarity), ' ', actorLink(hop.object),
        h('span', { class: 'muted' }, ` · ${hop.edge.independentSources} source${hop.edge.independentSources === 1 ? '' : 's'} · credibility ${hop.edge.credibility.toFixed(2)}`)),
      hop.claims.map((c) => h('div', { class: 'hop-claim' }, quoteInSentence(c),
        h('p', { class: 'muted small' }, c.attributedTo === 'author' ? c.publisher : `${c.attributedTo.name}, reported by ${c.publisher}`, c.document.published ? ` · ${c.document.published}` : '', ' · ',
          h('a', { href: href('document', c.documentId, { claim: c.id }) }, docTitle(c.document))))),
      h('button', { type: 'button', class: 'link', onclick: () => openEdge(hop.edge.id) }, hop.moreClaims ? `all ${hop.claims.length + hop.moreClaims} claims of this hop` : 'open this edge')))));
}

export function pathResults(r: PathsResponse, select: (i: number) => void, openEdge: (id: string) => void): HTMLElement {
  return h('div', { class: 'paths', 'data-a': r.a.id, 'data-b': r.b.id },
    h('h2', {}, 'How ', actorLink(r.a), ' is connected to ', actorLink(r.b)),
    r.paths.length
      ? [h('p', { class: 'muted small' }, 'Shortest first by evidence-weighted length: each hop counts 1 + 2 × (1 − its credibility).'),
        h('ol', { class: 'path-list' }, r.paths.map((p, i) => pathCard(p, i, () => select(i), openEdge)))]
      : h('p', {}, 'No path joins them through the edges the filters keep.'));
}
