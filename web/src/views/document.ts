import { api, type DocumentView, type StoredClaim } from '../api.js';
import { actorLink, docTitle, predicateTag, reviewBar } from '../components.js';
import { errorBox, h, outLink } from '../dom.js';
import { onReviewed, reviewOne } from '../review.js';
import { TYPE_COLOR } from '../palette.js';
import { href, type Route } from '../router.js';

interface Piece {
  start: number;
  end: number;
}

/**
 * Cuts the text at every span edge and wraps each piece in what covers it:
 * a dropped block (struck through, labelled with its rule), claim evidence
 * (marked) and a mention (underlined in its type's colour). Every piece is a
 * text node: the article can contain anything and still only be read.
 */
function renderText(view: DocumentView, focusClaim?: string): HTMLElement {
  const { text } = view;
  const cuts = new Set<number>([0, text.length]);
  const add = (s: Piece) => { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); };
  view.dropped.forEach(add);
  view.mentions.forEach(add);
  const evidence = view.claims.flatMap((c) => [c.quote, ...c.more].map((q) => ({ start: q.start, end: q.end, claim: c })));
  evidence.forEach(add);
  const points = [...cuts].sort((a, b) => a - b);
  const body = h('div', { class: 'doc-text' });
  let openDrop: HTMLElement | undefined;
  let dropEnd = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = text.slice(s, e);
    const drop = view.dropped.find((d) => d.start <= s && e <= d.end);
    let node: Node = document.createTextNode(piece);
    const mention = view.mentions.find((m) => m.start <= s && e <= m.end);
    if (mention && !drop) {
      node = h('span', { class: 'mention', 'data-color': TYPE_COLOR[mention.type] ?? '#999', title: `${mention.name} · ${mention.type} · ${mention.how}` }, node);
      if (mention.actor) { const a = h('a', { href: href('actor', mention.actor.id), class: 'mention-link' }); a.append(node); node = a; }
    }
    const ev = evidence.filter((x) => x.start <= s && e <= x.end && !drop);
    if (ev.length) {
      const rejected = ev.every((x) => x.claim.review === 'rejected');
      node = h('mark', { class: `evidence${rejected ? ' rejected' : ''}${ev.some((x) => x.claim.id === focusClaim) ? ' focus' : ''}`, 'data-claims': ev.map((x) => x.claim.id).join(' '), title: ev.map((x) => `${x.claim.subject.name} ${x.claim.predicate} ${x.claim.object.name}`).join('\n') }, node);
    }
    if (drop) {
      if (!openDrop || dropEnd !== drop.end) {
        openDrop = h('span', { class: `dropped ${drop.reason}`, title: `dropped by ${drop.rule}` },
          h('span', { class: 'drop-label' }, `dropped: ${drop.rule}${drop.of ? ' (repeats kept text)' : ''}`));
        dropEnd = drop.end;
        body.append(openDrop);
      }
      openDrop.append(node);
    } else {
      openDrop = undefined;
      body.append(node);
    }
  }
  return body;
}

function claimList(claims: StoredClaim[]): HTMLElement {
  return h('ol', { class: 'doc-claims' }, claims.map((c) => h('li', { class: c.review ?? '', 'data-claim': c.id },
    actorLink(c.subject), ' ', predicateTag(c.predicate, c.polarity), ' ', actorLink(c.object),
    h('span', { class: 'muted' }, ` · ${c.modality}${c.attributedTo === 'author' ? '' : ` · according to ${c.attributedTo.name}`}${c.review ? ` · ${c.review}` : ''}`),
    reviewBar(c, (d) => void reviewOne('claim', c.id, d)),
    ' ', h('button', { type: 'button', class: 'link', onclick: () => {
      const mark = document.querySelector(`mark[data-claims~="${CSS.escape(c.id)}"]`);
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      document.querySelectorAll('mark.focus').forEach((m) => m.classList.remove('focus'));
      mark?.classList.add('focus');
    } }, 'show'))));
}

/** One document as the cleaner kept it, with what it dropped shown as such, its mentions and the evidence of its claims (each can be reviewed). */
export async function documentView(root: HTMLElement, route: Route): Promise<() => void> {
  if (!route.arg) throw new Error('no document given');
  await drawDocument(root, route);
  return onReviewed(() => void drawDocument(root, route).catch((e) => root.append(errorBox(e))));
}

async function drawDocument(root: HTMLElement, route: Route): Promise<void> {
  const view = await api.document(route.arg!);
  root.replaceChildren();
  const d = view.document;
  root.append(
    h('header', { class: 'doc-head' },
      h('h1', {}, docTitle(d)),
      h('p', {}, d.publisher, d.published ? ` · ${d.published}` : '', d.author ? ` · ${d.author}` : '', d.url ? [' · ', outLink(d.url, d.url)] : '', d.path ? ` · ${d.path}` : ''),
      d.copies.length ? h('p', { class: 'muted' }, `Also published as: ${d.copies.map((c) => `${c.url ?? c.path} (${c.publisher})`).join('; ')}`) : null,
      h('p', { class: 'legend-inline' }, h('mark', { class: 'evidence' }, 'claim evidence'), ' ', h('span', { class: 'mention' }, 'mention of an actor'), ' ',
        h('span', { class: 'dropped' }, h('span', { class: 'drop-label' }, 'dropped'), ' boilerplate or duplicate'),
        ` · ${view.mentions.length} mentions, ${view.claims.length} claims, ${view.dropped.length} dropped pieces`)),
    h('div', { class: 'doc-layout' }, h('article', {}, renderText(view, route.params.get('claim') ?? undefined)),
      h('aside', {}, h('h2', {}, 'Claims'), view.claims.length ? claimList(view.claims) : h('p', { class: 'muted' }, 'No claim found.'))),
  );
  const focus = route.params.get('claim');
  if (focus) requestAnimationFrame(() => document.querySelector('mark.focus')?.scrollIntoView({ block: 'center' }));
}

/** Every stored document, newest first. */
export async function documentsView(root: HTMLElement): Promise<void> {
  const docs = (await api.documents()).reverse();
  root.append(h('h1', {}, `Documents (${docs.length})`),
    h('table', { class: 'documents' }, h('thead', {}, h('tr', {}, ['title', 'publisher', 'published', 'characters', 'ingested'].map((t) => h('th', {}, t)))),
      h('tbody', {}, docs.map((d) => h('tr', {},
        h('td', {}, h('a', { href: href('document', d.id) }, docTitle(d))), h('td', {}, d.publisher), h('td', {}, d.published ?? ''),
        h('td', { class: 'num' }, d.chars), h('td', {}, d.ingestedAt.slice(0, 16).replace('T', ' ')))))));
}
