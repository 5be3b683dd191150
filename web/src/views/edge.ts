import { api, type AssertionView, type ClaimView } from '../api.js';
import { actorLink, claimCard, predicateTag } from '../components.js';
import { append, clear, errorBox, h } from '../dom.js';
import { href, type Route } from '../router.js';

const RATING = ['', 'confirmed', 'probably true', 'possibly true', 'doubtful', 'improbable', 'cannot be judged'];

function summary(a: AssertionView): HTMLElement {
  const mods = Object.entries(a.modalities).map(([m, n]) => `${m} ${n}`).join(', ');
  return h('div', { class: 'edge-summary' },
    h('h2', { class: 'triple' }, actorLink(a.subject), ' ', predicateTag(a.predicate, a.polarity), ' ', actorLink(a.object)),
    h('p', {},
      h('strong', { class: 'sources-count' }, `${a.independentSources} independent source${a.independentSources === 1 ? '' : 's'}`),
      ` · ${a.documents.length} document${a.documents.length === 1 ? '' : 's'}`,
      a.firstSeen ? ` · seen ${a.firstSeen}${a.lastSeen && a.lastSeen !== a.firstSeen ? ` to ${a.lastSeen}` : ''}` : '',
      a.eventDates.length ? ` · events ${a.eventDates.join(', ')}` : ''),
    h('p', {}, `Credibility ${a.credibility.rating} (${RATING[a.credibility.rating]}), score ${a.credibility.score.toFixed(2)}`, mods ? ` · ${mods}` : ''),
    h('details', {}, h('summary', {}, 'How the credibility was reckoned'), h('ul', {}, a.credibility.steps.map((s) => h('li', {}, s)))),
    h('p', { class: 'muted' }, 'Sources: ', a.sources.map((s) => s.publishers.join(' = ')).join('; ')),
  );
}

/**
 * Every claim behind one edge, with its quote in its sentence, who asserts
 * it, how firmly, when, and where; each can be accepted or rejected.
 */
export async function edgePanel(box: HTMLElement, id: string, options: { onChange?: () => void } = {}): Promise<void> {
  let showRejected = false;
  const draw = async () => {
    clear(box);
    box.append(h('p', { class: 'muted' }, 'Loading the evidence…'));
    let a: AssertionView;
    try {
      a = await api.assertion(id, true);
    } catch (e) {
      clear(box);
      box.append(errorBox(e));
      return;
    }
    const rejected = a.claims.filter((c) => c.review === 'rejected');
    const shown = showRejected ? a.claims : a.claims.filter((c) => c.review !== 'rejected');
    const review = async (c: ClaimView, decision: 'accepted' | 'rejected' | 'clear') => {
      try {
        await api.reviewClaim(c.id, decision);
        await draw();
        options.onChange?.();
      } catch (e) { box.append(errorBox(e)); }
    };
    const edgeReview = async (decision: 'accepted' | 'rejected' | 'clear') => {
      try { await api.reviewAssertion(a.id, decision); await draw(); options.onChange?.(); } catch (e) { box.append(errorBox(e)); }
    };
    clear(box);
    box.dataset.edge = a.id;
    append(box, [summary(a),
      h('div', { class: 'review edge-review' }, 'Whole edge: ',
        a.review ? h('span', { class: `decision ${a.review}` }, a.review) : null,
        h('button', { type: 'button', onclick: () => void edgeReview('accepted') }, 'Accept all'),
        h('button', { type: 'button', onclick: () => void edgeReview('rejected') }, 'Reject all'),
        a.review ? h('button', { type: 'button', onclick: () => void edgeReview('clear') }, 'Undo') : null),
      h('h3', {}, `${shown.length} claim${shown.length === 1 ? '' : 's'}`),
      shown.length ? shown.map((c) => claimCard(c, { review })) : h('p', { class: 'muted empty-claims' }, 'Every claim behind this edge was rejected.'),
      rejected.length ? h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: showRejected, onchange: () => { showRejected = !showRejected; void draw(); } }), `show ${rejected.length} rejected`) : null,
      h('p', {}, h('a', { href: href('edge', a.id) }, 'Link to this edge')),
    ]);
  };
  await draw();
}

/** An edge on a page of its own (from a link, the contradictions view or a search). */
export async function edgeView(root: HTMLElement, route: Route): Promise<void> {
  if (!route.arg) throw new Error('no edge given');
  const box = h('section', { class: 'panel wide' });
  root.append(box);
  await edgePanel(box, route.arg);
}
