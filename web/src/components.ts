import type { ClaimView, DocumentRef } from './api.js';
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

export interface ReviewHandlers {
  review(claim: ClaimView, decision: 'accepted' | 'rejected' | 'clear'): void;
}

export function claimCard(c: ClaimView, handlers?: ReviewHandlers, options: { showTriple?: boolean } = {}): HTMLElement {
  const doc = c.document;
  const card = h('article', { class: `claim${c.review ? ` ${c.review}` : ''}`, 'data-claim': c.id },
    options.showTriple ? h('div', { class: 'triple' }, actorLink(c.subject), ' ', predicateTag(c.predicate, c.polarity), ' ', actorLink(c.object)) : null,
    quoteInSentence(c),
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
    handlers ? h('div', { class: 'review' },
      c.review ? h('span', { class: `decision ${c.review}` }, c.review) : null,
      c.review !== 'accepted' ? h('button', { type: 'button', class: 'accept', onclick: () => handlers.review(c, 'accepted') }, 'Accept') : null,
      c.review !== 'rejected' ? h('button', { type: 'button', class: 'reject', onclick: () => handlers.review(c, 'rejected') }, 'Reject') : null,
      c.review ? h('button', { type: 'button', class: 'clear', onclick: () => handlers.review(c, 'clear') }, 'Undo') : null,
    ) : null,
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
