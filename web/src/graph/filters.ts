/**
 * The graph's filters: every change applies at once (no Apply button);
 * numbers and dates after a short pause in typing.
 */
import type { Meta } from '../api.js';
import { h } from '../dom.js';
import { FAMILY, FAMILY_COLOR, TYPE_COLOR, verb, type Family } from '../palette.js';

export const FILTER_KEYS = ['depth', 'predicates', 'types', 'modalities', 'minSources', 'minCredibility', 'includeRejected', 'from', 'to'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

const list = (v?: string) => (v ?? '').split(',').filter(Boolean);

function checks(name: string, values: string[], chosen: string[], label: (v: string) => string, cls = 'checks'): HTMLElement {
  return h('div', { class: cls }, values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), label(v))));
}

export function filterForm(meta: Meta, f: Filters, onChange: (f: Filters) => void): { form: HTMLFormElement; setDates(from?: string, to?: string): void } {
  const families = [...new Set(Object.values(FAMILY))] as Family[];
  const chosenPredicates = list(f.predicates);
  const form = h('form', { class: 'filters', 'aria-label': 'Graph filters' },
    h('fieldset', { class: 'inline' }, h('legend', {}, 'Actors'),
      checks('types', meta.types, list(f.types), (t) => t, 'checks two')),
    h('details', { class: 'predicates' },
      h('summary', {}, `Edges: ${chosenPredicates.length ? `${chosenPredicates.length} kinds` : 'all kinds'}`),
      families.map((fam) => h('fieldset', { class: 'family' }, h('legend', {}, h('span', { class: 'swatch line', 'data-color': FAMILY_COLOR[fam] }), fam),
        checks('predicates', meta.predicates.filter((p) => FAMILY[p] === fam), chosenPredicates, verb, 'checks two')))),
    h('fieldset', { class: 'inline' }, h('legend', {}, 'How firmly'), checks('modalities', meta.modalities, list(f.modalities), (m) => m, 'checks row')),
    h('div', { class: 'pair' },
      h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: f.from ?? '' })),
      h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: f.to ?? '' }))),
    h('div', { class: 'pair' },
      h('label', {}, 'Least sources', h('input', { type: 'number', name: 'minSources', min: 0, max: 50, value: f.minSources ?? '' })),
      h('label', {}, 'Least credibility', h('input', { type: 'number', name: 'minCredibility', min: 0, max: 1, step: 0.05, value: f.minCredibility ?? '' }))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'includeRejected', value: 'true', checked: f.includeRejected === 'true' }), 'show rejected edges'),
  );
  const read = (): Filters => {
    const data = new FormData(form);
    const out: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = data.getAll(k).map(String).filter(Boolean);
      if (v.length) out[k] = v.join(',');
    }
    return out;
  };
  let timer: number | undefined;
  form.addEventListener('change', () => { window.clearTimeout(timer); onChange(read()); });
  form.addEventListener('input', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.type !== 'number' && t.type !== 'date') return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => onChange(read()), 350);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); onChange(read()); });
  return {
    form,
    setDates: (from, to) => {
      (form.elements.namedItem('from') as HTMLInputElement).value = from ?? '';
      (form.elements.namedItem('to') as HTMLInputElement).value = to ?? '';
    },
  };
}

export function legend(): HTMLElement {
  return h('details', { class: 'legend', open: true },
    h('summary', {}, 'Legend'),
    h('ul', { class: 'two' }, Object.entries(TYPE_COLOR).map(([t, c]) => h('li', {}, h('span', { class: 'swatch', 'data-color': c }), t))),
    h('ul', { class: 'two' }, (Object.entries(FAMILY_COLOR) as Array<[Family, string]>).map(([f, c]) => h('li', {}, h('span', { class: 'swatch line', 'data-color': c }), f))),
    h('p', { class: 'muted small' }, 'Width: independent sources. Dashed: denied. A square: a community (click to open). “3 · funds…”: three edges between one pair.'),
  );
}
