import { api } from '../api.js';
import { errorBox, h } from '../dom.js';

const GRADES: Array<[string, string]> = [['A', 'completely reliable'], ['B', 'usually reliable'], ['C', 'fairly reliable'], ['D', 'not usually reliable'], ['E', 'unreliable'], ['F', 'reliability cannot be judged']];

/** Publishers and the people and bodies claims are attributed to, with their reliability grade (Admiralty A to F), editable. */
export async function sourcesView(root: HTMLElement): Promise<void> {
  const sources = await api.sources();
  const note = h('p', { class: 'note', role: 'status' });
  root.append(h('h1', {}, `Sources (${sources.length})`),
    h('p', { class: 'muted' }, 'A grade weighs the claims of a source in every credibility score: the claim’s own source when graded, else its publisher.'),
    note,
    h('table', { class: 'sources' },
      h('thead', {}, h('tr', {}, ['source', 'kind', 'documents', 'claims', 'first seen', 'last seen', 'grade'].map((t) => h('th', {}, t)))),
      h('tbody', {}, sources.map((s) => {
        const select = h('select', { 'aria-label': `Grade of ${s.name}`, 'data-source': s.name },
          s.grade ? null : h('option', { value: '', selected: true }, '— not graded'),
          GRADES.map(([g, label]) => h('option', { value: g, selected: s.grade === g }, `${g} · ${label}`)));
        select.addEventListener('change', async () => {
          try { await api.grade(s.name, select.value); note.textContent = `${s.name} graded ${select.value}.`; } catch (e) { note.replaceChildren(errorBox(e)); }
        });
        return h('tr', {}, h('td', {}, s.name), h('td', {}, s.kind), h('td', { class: 'num' }, s.documents), h('td', { class: 'num' }, s.claims),
          h('td', {}, s.firstSeen ?? ''), h('td', {}, s.lastSeen ?? ''), h('td', {}, select));
      }))));
}
