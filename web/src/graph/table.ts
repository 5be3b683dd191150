/**
 * The claims in view as a table beside the graph: sort by any column,
 * filter by words and decision, select rows (or every matching row),
 * accept, reject or clear them at once, and export the selection.
 */
import { api, type ClaimRow, type ClaimRows } from '../api.js';
import { append, clear, errorBox, h } from '../dom.js';
import { predicateColor, verb } from '../palette.js';
import { review, type Decision } from '../review.js';

const COLUMNS: Array<[string, string]> = [
  ['subject', 'subject'], ['predicate', 'predicate'], ['object', 'object'], ['polarity', 'polarity'], ['modality', 'modality'], ['date', 'date'],
  ['source', 'source'], ['publisher', 'publisher'], ['credibility', 'credibility'], ['review', 'review'],
];
const PAGE = 50;

export interface ClaimsTable {
  element: HTMLElement;
  /** Reloads if open; `count` is shown on the closed header. */
  reload(count?: number): Promise<void>;
  open(): Promise<void>;
}

export function claimsTable(options: { query: () => Record<string, string | undefined>; openEdge: (id: string) => void }): ClaimsTable {
  let isOpen = false;
  let sort = 'credibility';
  let dir: 'asc' | 'desc' = 'desc';
  let offset = 0;
  let words = '';
  let reviewFilter = '';
  /** Selected claim ids with their own decision before (for undo). */
  const selected = new Map<string, ClaimRow['review']>();
  let data: ClaimRows = { total: 0, rows: [] };
  const toggle = h('button', { type: 'button', class: 'table-toggle', 'aria-expanded': 'false' }, 'Claims in view');
  const body = h('div', { class: 'table-body', hidden: true });
  const element = h('section', { class: 'claims-table', 'aria-label': 'Claims in view' }, toggle, body);
  const note = h('p', { class: 'note', role: 'status' });

  const params = (extra: Record<string, string | number | boolean | undefined> = {}) => ({
    ...options.query(), sort, dir, q: words || undefined, review: reviewFilter || undefined, offset, limit: PAGE, ...extra,
  });

  const decide = async (decision: Decision) => {
    const ids = [...selected.keys()];
    if (!ids.length) return;
    try {
      await review(ids.map((id) => ({ kind: 'claim', id, decision })));
      note.textContent = `${decision === 'clear' ? 'Cleared' : decision === 'accepted' ? 'Accepted' : 'Rejected'} ${ids.length} claim${ids.length === 1 ? '' : 's'}.`;
      selected.clear();
    } catch (e) { note.replaceChildren(errorBox(e)); }
  };

  const exportAs = async (format: 'csv' | 'stix' | 'gexf') => {
    try {
      const blob = await api.exportClaims(format, [...selected.keys()]);
      const a = h('a', { href: '/', download: `nexus-claims.${format === 'stix' ? 'stix.json' : format}` });
      a.href = URL.createObjectURL(blob);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      note.textContent = `Exported ${selected.size} claims as ${format.toUpperCase()}.`;
    } catch (e) { note.replaceChildren(errorBox(e)); }
  };

  const draw = () => {
    clear(body);
    const filter = h('input', { type: 'search', value: words, placeholder: 'Filter rows by words', 'aria-label': 'Filter claims by words' });
    let timer: number | undefined;
    filter.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(() => { words = filter.value.trim(); offset = 0; void load(); }, 300); });
    const reviewSelect = h('select', { 'aria-label': 'Filter claims by decision' },
      [['', 'any decision'], ['unreviewed', 'unreviewed'], ['accepted', 'accepted'], ['rejected', 'rejected']].map(([v, l]) => h('option', { value: v, selected: v === reviewFilter }, l)));
    reviewSelect.addEventListener('change', () => { reviewFilter = reviewSelect.value; offset = 0; void load(); });
    const pageIds = data.rows.map((r) => r.id);
    const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
    const pageBox = h('input', { type: 'checkbox', checked: allOnPage, 'aria-label': 'Select the rows of this page' });
    pageBox.addEventListener('change', () => {
      for (const r of data.rows) { if (pageBox.checked) selected.set(r.id, r.review); else selected.delete(r.id); }
      draw();
    });
    const format = h('select', { 'aria-label': 'Export format' }, ['csv', 'stix', 'gexf'].map((f) => h('option', { value: f }, f.toUpperCase())));
    const none = selected.size === 0;
    append(body, [
      h('div', { class: 'table-tools' },
        filter, reviewSelect,
        h('span', { class: 'selection' }, `${selected.size} selected`),
        h('button', { type: 'button', onclick: () => void selectAll() }, `Select all ${data.total}`),
        selected.size ? h('button', { type: 'button', class: 'link', onclick: () => { selected.clear(); draw(); } }, 'Select none') : null,
        h('button', { type: 'button', class: 'accept', disabled: none, onclick: () => void decide('accepted') }, 'Accept selected'),
        h('button', { type: 'button', class: 'reject', disabled: none, onclick: () => void decide('rejected') }, 'Reject selected'),
        h('button', { type: 'button', class: 'clear', disabled: none, onclick: () => void decide('clear') }, 'Clear decisions'),
        format, h('button', { type: 'button', disabled: none, onclick: () => void exportAs(format.value as 'csv' | 'stix' | 'gexf') }, 'Export selected')),
      note,
      h('div', { class: 'table-scroll' }, h('table', { class: 'claims' },
        h('thead', {}, h('tr', {}, h('th', {}, pageBox), COLUMNS.map(([key, label]) => h('th', { 'aria-sort': sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' },
          h('button', { type: 'button', class: 'sort', onclick: () => { dir = sort === key && dir === 'desc' ? 'asc' : sort === key ? 'desc' : key === 'credibility' || key === 'date' ? 'desc' : 'asc'; sort = key; offset = 0; void load(); } },
            label, sort === key ? (dir === 'asc' ? ' ▲' : ' ▼') : ''))), h('th', {}, ''))),
        h('tbody', {}, data.rows.map((r) => row(r))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); void load(); } }, '← Previous'),
        h('span', {}, data.total ? ` rows ${offset + 1}–${Math.min(data.total, offset + PAGE)} of ${data.total} ` : ' no claim matches '),
        h('button', { type: 'button', disabled: offset + PAGE >= data.total, onclick: () => { offset += PAGE; void load(); } }, 'Next →')),
    ]);
  };

  const row = (r: ClaimRow) => {
    const box = h('input', { type: 'checkbox', checked: selected.has(r.id), 'aria-label': `Select: ${r.subject.name} ${verb(r.predicate)} ${r.object.name}` });
    box.addEventListener('change', () => { if (box.checked) selected.set(r.id, r.review); else selected.delete(r.id); draw(); });
    const state = r.review ?? (r.edgeReview ? `${r.edgeReview} (edge)` : 'unreviewed');
    return h('tr', { 'data-claim': r.id, class: r.review ?? r.edgeReview ?? '' },
      h('td', {}, box), h('td', {}, r.subject.name),
      h('td', {}, h('span', { class: `predicate${r.polarity === 'negative' ? ' negative' : ''}`, 'data-color': predicateColor(r.predicate) }, verb(r.predicate))),
      h('td', {}, r.object.name), h('td', {}, r.polarity), h('td', {}, r.modality), h('td', { class: 'num' }, r.date ?? ''),
      h('td', {}, r.source), h('td', {}, r.publisher), h('td', { class: 'num' }, r.credibility.toFixed(2)), h('td', { class: 'state' }, state),
      h('td', {}, h('button', { type: 'button', class: 'link', title: r.quote, onclick: () => options.openEdge(r.assertion) }, 'evidence')));
  };

  const selectAll = async () => {
    try {
      const all = await api.graphClaims(params({ ids: true, limit: 1, offset: 0 }));
      for (const x of all.ids ?? []) selected.set(x.id, x.review);
      draw();
    } catch (e) { note.replaceChildren(errorBox(e)); }
  };

  let loading = 0;
  const load = async () => {
    const run = ++loading;
    try {
      const fresh = await api.graphClaims(params());
      if (run !== loading) return;
      data = fresh;
      if (data.total && offset >= data.total) { offset = Math.max(0, Math.floor((data.total - 1) / PAGE) * PAGE); return load(); }
      toggle.textContent = `Claims in view (${data.total})`;
      draw();
      element.dataset.loaded = String(run);
    } catch (e) { body.replaceChildren(errorBox(e)); }
  };

  toggle.addEventListener('click', () => {
    isOpen = !isOpen;
    toggle.setAttribute('aria-expanded', String(isOpen));
    body.hidden = !isOpen;
    element.classList.toggle('open', isOpen);
    if (isOpen) void load();
  });

  return {
    element,
    reload: async (count) => {
      if (count !== undefined && !isOpen) toggle.textContent = `Claims in view (${count})`;
      if (isOpen) await load();
    },
    open: async () => { if (!isOpen) toggle.click(); await load(); },
  };
}
