import { api, type Assertion } from '../api.js';
import { actorLink, predicateTag } from '../components.js';
import { h } from '../dom.js';
import { href } from '../router.js';

function side(a: Assertion): HTMLElement {
  return h('div', { class: 'side' },
    h('p', { class: 'triple' }, actorLink(a.subject), ' ', predicateTag(a.predicate, a.polarity), ' ', actorLink(a.object)),
    h('p', { class: 'muted' }, `${a.independentSources} independent sources · credibility ${a.credibility.rating} (${a.credibility.score.toFixed(2)})`,
      a.firstSeen ? ` · ${a.firstSeen}` : '', ' · ', h('a', { href: href('edge', a.id) }, 'evidence')),
    h('blockquote', { class: 'quote' }, h('mark', {}, a.claims[0]?.quote.text ?? ''), ` (${a.claims[0]?.publisher ?? ''})`));
}

/** Where sources disagree: a claim and its denial, or predicates that cannot both hold at once. */
export async function contradictionsView(root: HTMLElement): Promise<void> {
  const list = await api.contradictions();
  root.append(h('h1', {}, `Contradictions (${list.length})`),
    list.length ? h('ul', { class: 'contradictions' }, list.map((c) => h('li', {},
      h('p', {}, h('strong', {}, c.kind === 'polarity' ? 'Claim and denial' : 'Incompatible claims'), ': ', c.reason),
      h('div', { class: 'versus' }, side(c.a), h('span', { class: 'vs' }, 'against'), side(c.b))))) : h('p', { class: 'muted' }, 'No two sources contradict each other in this corpus.'));
}
