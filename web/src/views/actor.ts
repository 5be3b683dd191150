import { api, type ActorPage, type ClaimView } from '../api.js';
import { actorLink, docTitle, predicateTag, reviewBar } from '../components.js';
import { onReviewed, reviewOne } from '../review.js';
import { append, clear, errorBox, h } from '../dom.js';
import { TYPE_COLOR, verb } from '../palette.js';
import { go, href, type Route } from '../router.js';

function claimGroups(title: string, groups: Record<string, ClaimView[]>, side: 'out' | 'in'): HTMLElement {
  const entries = Object.entries(groups).sort((a, b) => b[1].length - a[1].length);
  return h('section', { class: `claims-${side}` }, h('h2', {}, title),
    entries.length ? entries.map(([p, claims]) => h('details', { open: entries.length <= 3 },
      h('summary', {}, predicateTag(p), ` ${claims.length}`),
      claims.map((c) => h('div', { class: `brief${c.review ? ` ${c.review}` : ''}`, 'data-claim': c.id },
        side === 'out' ? [verb(c.predicate), ' ', actorLink(c.object)] : [actorLink(c.subject), ' ', verb(c.predicate)],
        c.polarity === 'negative' ? ' (denied)' : '', ' · ',
        h('a', { href: href('document', c.documentId, { claim: c.id }) }, `“${c.quote.text.slice(0, 140)}${c.quote.text.length > 140 ? '…' : ''}”`),
        ` · ${c.modality}`, c.eventDate ? ` · ${c.eventDate}` : '',
        reviewBar(c, (d) => void reviewOne('claim', c.id, d)))))) : h('p', { class: 'muted' }, 'none'));
}

/** Claims by date, a row per year with a mark per claim, and the claims themselves. */
function timeline(page: ActorPage): HTMLElement {
  const byYear = new Map<string, ActorPage['timeline']>();
  for (const t of page.timeline) {
    const y = t.date?.slice(0, 4) ?? 'undated';
    byYear.set(y, [...(byYear.get(y) ?? []), t]);
  }
  return h('section', { class: 'timeline' }, h('h2', {}, 'Timeline'),
    page.timeline.length ? h('ol', {}, [...byYear].map(([year, items]) => h('li', {},
      h('span', { class: 'year' }, year),
      h('span', { class: 'ticks', 'aria-hidden': 'true' }, items.map((t) => h('span', { class: 'tick', 'data-color': TYPE_COLOR[t.claim.subject.id === page.actor.id ? t.claim.object.type : t.claim.subject.type] ?? '#999' }))),
      h('ul', {}, items.map((t) => h('li', {}, h('span', { class: 'date' }, t.date ?? '—'), ' ', actorLink(t.claim.subject), ' ', predicateTag(t.claim.predicate, t.claim.polarity), ' ', actorLink(t.claim.object),
        ' · ', h('a', { href: href('document', t.claim.documentId, { claim: t.claim.id }) }, docTitle(t.claim.document)))))))) : h('p', { class: 'muted' }, 'No dated claim.'));
}

function mergeForm(page: ActorPage): HTMLElement {
  const input = h('input', { type: 'search', placeholder: 'Name of the actor to merge into this one', 'aria-label': 'Actor to merge', autocomplete: 'off' });
  const list = h('ul', { class: 'suggest' });
  const out = h('div', {});
  input.addEventListener('input', async () => {
    clear(list);
    if (input.value.trim().length < 2) return;
    for (const a of (await api.actors({ name: input.value.trim(), limit: 10 })).filter((x) => x.id !== page.actor.id)) {
      list.append(h('li', {}, `${a.name} · ${a.type} · ${a.documents} documents `, h('button', {
        type: 'button', class: 'merge', onclick: async () => {
          if (!confirm(`Merge “${a.name}” into “${page.actor.name}”? Later documents naming it will follow.`)) return;
          try { await api.merge(page.actor.id, a.id); location.reload(); } catch (e) { out.append(errorBox(e)); }
        },
      }, 'Merge into this actor')));
    }
  });
  return h('section', { class: 'merge-split' }, h('h2', {}, 'Merge'), h('p', { class: 'muted' }, 'When two actors are the same body: find the other one and merge it into this one.'), input, list, out);
}

/** One actor: its names and where each was seen, roles, claims in and out (each can be reviewed), timeline, merge and split. */
export async function actorView(root: HTMLElement, route: Route): Promise<() => void> {
  if (!route.arg) throw new Error('no actor given');
  const id = route.arg;
  await drawActor(root, id);
  // A review here or anywhere shows at once.
  return onReviewed(() => void drawActor(root, id).catch((e) => root.append(errorBox(e))));
}

async function drawActor(root: HTMLElement, id: string): Promise<void> {
  const page = await api.actor(id);
  clear(root);
  const a = page.actor;
  const note = h('div', {});
  const split = async (alias: string) => {
    if (!confirm(`Split “${alias}” off ${a.name}? The documents that name it only so go to a new actor.`)) return;
    try { const r = await api.split(a.id, alias); go('actor', r.created); } catch (e) { clear(note); note.append(errorBox(e)); }
  };
  append(root, [
    h('header', { class: 'actor-head' },
      h('h1', {}, h('span', { class: 'dot big', 'data-color': TYPE_COLOR[a.type] ?? '#999' }), a.name),
      h('p', {}, `${a.type}`, a.kbId ? ` · knowledge base: ${a.kbId}` : '', ` · ${a.documents} documents · ${a.claims} claims · `,
        h('a', { href: href('graph', undefined, { actor: a.id }) }, 'Show in the graph')),
      a.roles.length ? h('p', { class: 'roles' }, 'Roles: ', a.roles.join('; ')) : null,
    ),
    note,
    h('section', { class: 'aliases' }, h('h2', {}, 'Names'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'name'), h('th', {}, 'how'), h('th', {}, 'documents'), h('th', {}, 'where seen'), h('th', {}, ''))),
        h('tbody', {}, a.names.map((n) => h('tr', {},
          h('td', {}, n.name), h('td', {}, n.how.join(', ')), h('td', { class: 'num' }, n.count),
          h('td', {}, n.documents.map((d, i) => [i ? ', ' : '', h('a', { href: href('document', d) }, page.documents[d] ? docTitle(page.documents[d]) : d.slice(0, 10))]), n.count > n.documents.length ? ' …' : ''),
          h('td', {}, a.names.length > 1 ? h('button', { type: 'button', class: 'split', onclick: () => void split(n.name) }, 'Split off') : null)))))),
    a.merges.length ? h('details', { class: 'merges' }, h('summary', {}, `Why these names are one actor (${a.merges.length})`),
      h('ul', {}, a.merges.map((m) => h('li', {}, `${m.key} via “${m.via}”`, m.document ? [' in ', h('a', { href: href('document', m.document) }, page.documents[m.document] ? docTitle(page.documents[m.document]) : 'a document')] : '', ` · ${m.by === 'user' ? 'analyst' : 'automatic'} · ${m.at.slice(0, 10)}`)))) : null,
    h('div', { class: 'two-col' }, claimGroups('Claims by this actor', page.out, 'out'), claimGroups('Claims about this actor', page.in, 'in')),
    timeline(page),
    mergeForm(page),
  ]);
}
