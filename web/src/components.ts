import type { ClaimView, CopyGroup, DocumentRef } from './api.js';
import { h, outLink } from './dom.js';
import { predicateColor, TYPE_COLOR, verb } from './palette.js';
import { href } from './router.js';

export function docTitle(d: DocumentRef | { id: string; title?: string; path?: string; url?: string }): string {
  return d.title ?? d.path ?? d.url ?? `document ${d.id.slice(0, 10)}`;
}

export function actorLink(a: { id: string; name: string; type: string }): HTMLElement {
  return h('a', { href: href('actor', a.id), class: 'actor', 'data-type': a.type },
    h('span', { class: 'dot', 'aria-hidden': 'true', 'data-color': TYPE_COLOR[a.type] ?? '#999' }), a.name);
}

export function predicateTag(p: string, polarity = 'positive'): HTMLElement {
  return h('span', { class: `predicate${polarity === 'negative' ? ' negative' : ''}`, 'data-color': predicateColor(p) }, `${polarity === 'negative' ? 'not ' : ''}${verb(p)}`);
}

/** The quote, marked, inside the rest of its sentence. */
export function quoteInSentence(c: ClaimView): HTMLElement {
  return h('blockquote', { class: 'quote' }, c.context.before, h('mark', {}, c.context.quote), c.context.after);
}

/** Who asserts it: the author (the publisher's writer) or the source the text cites, as published by the outlet. */
export function attribution(c: ClaimView): HTMLElement {
  const who = c.attributedTo === 'author' ? h('span', {}, `the author (${c.publisher})`) : h('span', {}, actorLink(c.attributedTo), ` as reported by ${c.publisher}`);
  return h('span', { class: 'chain' }, 'according to ', who);
}

export type Decision = 'accepted' | 'rejected' | 'clear';

export interface ReviewHandlers {
  review(claim: ClaimView, decision: Decision): void;
  /** The decision on the whole edge, which each claim follows unless reviewed itself. */
  edgeReview?: 'accepted' | 'rejected';
  clearEdge?(): void;
}

/** Accept, reject or undo one claim, showing its own decision or the one it takes from its edge. */
export function reviewBar(c: { review?: 'accepted' | 'rejected' }, onDecide: (d: Decision) => void, edge?: { review?: 'accepted' | 'rejected'; clear?: () => void }): HTMLElement {
  const own = c.review;
  const inherited = own ? undefined : edge?.review;
  const state = own ?? inherited;
  const bar = h('div', { class: 'review', 'data-state': state ?? 'unreviewed' },
    own ? h('span', { class: `decision ${own}` }, own) : null,
    inherited ? h('span', { class: `decision ${inherited} inherited` }, `${inherited} with the whole edge`) : null);
  if (inherited === 'rejected') {
    // A rejected edge is out of the graph whatever its claims say: only undoing the edge brings it back.
    if (edge?.clear) bar.append(h('button', { type: 'button', class: 'clear', onclick: edge.clear }, 'Undo the edge decision'));
    return bar;
  }
  if (state !== 'accepted') bar.append(h('button', { type: 'button', class: 'accept', onclick: () => onDecide('accepted') }, 'Accept'));
  if (state !== 'rejected') bar.append(h('button', { type: 'button', class: 'reject', onclick: () => onDecide('rejected') }, 'Reject'));
  if (own) bar.append(h('button', { type: 'button', class: 'clear', onclick: () => onDecide('clear') }, 'Undo'));
  return bar;
}

/** "3 copies: Harbour Times, River Wire" with the other documents listed. */
function copiesNote(group: CopyGroup, others: ClaimView[]): HTMLElement {
  return h('details', { class: 'copies' },
    h('summary', {}, h('strong', {}, `${group.copies} copies`), `: ${group.publishers.join(', ')}`),
    h('ul', {}, others.map((o) => h('li', {}, h('a', { href: href('document', o.document.id, { claim: o.id }) }, docTitle(o.document)),
      o.document.published ? ` · ${o.document.published}` : '', ` · ${o.publisher}`))));
}

export function claimCard(c: ClaimView, handlers?: ReviewHandlers, options: { showTriple?: boolean; copies?: { group: CopyGroup; others: ClaimView[] } } = {}): HTMLElement {
  const doc = c.document;
  const card = h('article', { class: `claim${c.review ? ` ${c.review}` : handlers?.edgeReview ? ` ${handlers.edgeReview} inherited` : ''}`, 'data-claim': c.id },
    options.showTriple ? h('div', { class: 'triple' }, actorLink(c.subject), ' ', predicateTag(c.predicate, c.polarity), ' ', actorLink(c.object)) : null,
    quoteInSentence(c),
    options.copies ? copiesNote(options.copies.group, options.copies.others) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, 'source'), h('dd', {}, attribution(c)),
      h('dt', {}, 'modality'), h('dd', {}, h('span', { class: `modality m-${c.modality}` }, c.modality)),
      c.eventDate ? [h('dt', {}, 'event date'), h('dd', {}, c.eventDate)] : null,
      c.amount ? [h('dt', {}, 'amount'), h('dd', {}, `${c.amount.text} (${c.amount.value.toLocaleString('en')} ${c.amount.currency})`)] : null,
      c.place ? [h('dt', {}, 'place'), h('dd', {}, actorLink(c.place))] : null,
      c.role ? [h('dt', {}, 'role'), h('dd', {}, c.role)] : null,
      h('dt', {}, 'document'),
      h('dd', {}, h('a', { href: href('document', doc.id, { claim: c.id }), class: 'doc-link' }, docTitle(doc)),
        doc.published ? ` · ${doc.published}` : '', ` · ${doc.publisher}`, doc.url ? [' · ', outLink(doc.url, 'original')] : null),
      h('dt', {}, 'rule'), h('dd', { class: 'muted' }, `${c.rule} · confidence ${c.confidence.toFixed(2)}`),
    ),
    handlers ? reviewBar(c, (d) => handlers.review(c, d), { review: handlers.edgeReview, clear: handlers.clearEdge }) : null,
  );
  return card;
}

/** Colours come from data attributes (the page's policy forbids inline style markup); set them through the CSSOM. */
export function paint(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-color]')) {
    const color = el.dataset.color!;
    if (el.classList.contains('dot') || el.classList.contains('swatch')) el.style.backgroundColor = color;
    else el.style.borderColor = color;
  }
}
