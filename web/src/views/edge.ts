import { api, type AssertionView, type ClaimView, type CopyGroup } from '../api.js';
import { actorLink, claimCard, predicateTag, type Decision } from '../components.js';
import { onReviewed, reviewOne } from '../review.js';
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

export interface EdgePanelOptions {
  /** A way back to where the panel was opened from (the actor's edges). */
  back?: { label: string; go: () => void };
}

/**
 * Every claim behind one edge, with its quote in its sentence, who asserts
 * it, how firmly, when, and where; copies of one report are one card; each
 * claim, or the whole edge, can be accepted or rejected, and undone. The
 * panel redraws itself after any review made anywhere in the app.
 */
export async function edgePanel(box: HTMLElement, id: string, options: EdgePanelOptions = {}): Promise<() => void> {
  let showRejected = false;
  let drawn = 0;
  const draw = async () => {
    const run = ++drawn;
    let a: AssertionView;
    try {
      a = await api.assertion(id, true);
    } catch (e) {
      if (run !== drawn || box.dataset.owner !== id) return;
      clear(box);
      if (options.back) box.append(backButton(options.back));
      box.append(errorBox(e));
      return;
    }
    if (run !== drawn || box.dataset.owner !== id) return;
    const edgeState = a.review;
    const rejected = a.claims.filter((c) => c.review === 'rejected');
    const shown = showRejected ? a.claims : a.claims.filter((c) => c.review !== 'rejected');
    const onClaim = (c: ClaimView, decision: Decision) => void reviewOne('claim', c.id, decision).catch((e) => box.append(errorBox(e)));
    const onEdge = (decision: Decision) => void reviewOne('assertion', a.id, decision).catch((e) => box.append(errorBox(e)));
    const handlers = { review: onClaim, edgeReview: edgeState, clearEdge: () => onEdge('clear') };
    // Copies of one report: the lead card stands for the group.
    const inGroup = new Map<string, CopyGroup>();
    for (const g of a.copyGroups) for (const cid of g.claims) inGroup.set(cid, g);
    const byId = new Map(a.claims.map((c) => [c.id, c]));
    const cards = shown.filter((c) => !inGroup.has(c.id) || inGroup.get(c.id)!.lead === c.id || !shown.some((x) => x.id === inGroup.get(c.id)!.lead)).map((c) => {
      const g = inGroup.get(c.id);
      const others = g ? g.claims.filter((x) => x !== c.id).map((x) => byId.get(x)!).filter(Boolean) : [];
      return claimCard(c, handlers, g ? { copies: { group: g, others } } : {});
    });
    clear(box);
    box.dataset.edge = a.id;
    box.dataset.owner = id;
    append(box, [
      options.back ? backButton(options.back) : null,
      summary(a),
      h('div', { class: 'review edge-review', 'data-state': edgeState ?? 'unreviewed' }, 'Whole edge: ',
        edgeState ? h('span', { class: `decision ${edgeState}` }, edgeState) : null,
        edgeState !== 'accepted' ? h('button', { type: 'button', class: 'accept', onclick: () => onEdge('accepted') }, 'Accept all') : null,
        edgeState !== 'rejected' ? h('button', { type: 'button', class: 'reject', onclick: () => onEdge('rejected') }, 'Reject all') : null,
        edgeState ? h('button', { type: 'button', class: 'clear', onclick: () => onEdge('clear') }, 'Undo') : null),
      h('h3', {}, `${shown.length} claim${shown.length === 1 ? '' : 's'}`, cards.length < shown.length ? ` (${cards.length} cards: copies of one report are one card)` : ''),
      cards.length ? cards : h('p', { class: 'muted empty-claims' }, 'Every claim behind this edge was rejected.'),
      rejected.length ? h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: showRejected, onchange: () => { showRejected = !showRejected; void draw(); } }), `show ${rejected.length} rejected`) : null,
      h('p', {}, h('a', { href: href('edge', a.id) }, 'Link to this edge')),
    ]);
  };
  box.dataset.owner = id;
  delete box.dataset.edge;
  clear(box);
  if (options.back) box.append(backButton(options.back));
  box.append(h('p', { class: 'muted' }, 'Loading the evidence…'));
  await draw();
  return onReviewed(() => { if (box.isConnected && box.dataset.owner === id) void draw(); });
}

function backButton(back: { label: string; go: () => void }): HTMLElement {
  return h('button', { type: 'button', class: 'link back', onclick: back.go }, `← ${back.label}`);
}

/** An edge on a page of its own (from a link, the contradictions view or a search). */
export async function edgeView(root: HTMLElement, route: Route): Promise<() => void> {
  if (!route.arg) throw new Error('no edge given');
  const box = h('section', { class: 'panel wide' });
  root.append(box);
  return edgePanel(box, route.arg);
}
