/**
 * A name box that finds actors by any name or alias: type, move with the
 * arrow keys, Enter takes the highlighted actor (or the first found).
 */
import { api, type ActorSummary } from '../api.js';
import { clear, h } from '../dom.js';

let boxes = 0;

export interface ActorSearch {
  element: HTMLElement;
  input: HTMLInputElement;
  set(actor?: { name: string }): void;
}

export function actorSearch(options: { label: string; placeholder?: string; value?: string; onPick: (a: ActorSummary) => void }): ActorSearch {
  const id = `suggest-${++boxes}`;
  const input = h('input', {
    type: 'search', placeholder: options.placeholder ?? 'Name or alias', value: options.value ?? '', autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': options.label,
  });
  const list = h('ul', { class: 'suggest', role: 'listbox', id });
  let found: ActorSummary[] = [];
  let active = -1;
  let pending: Promise<void> = Promise.resolve();
  let timer: number | undefined;
  const show = () => {
    clear(list);
    found.forEach((a, i) => {
      const li = h('li', { role: 'option', id: `${id}-${i}`, 'aria-selected': String(i === active), class: i === active ? 'active' : undefined },
        `${a.name} · ${a.type}${a.aliases.length ? ` (${a.aliases.slice(0, 3).join(', ')})` : ''}`);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      list.append(li);
    });
    input.setAttribute('aria-expanded', String(found.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`); else input.removeAttribute('aria-activedescendant');
  };
  const lookup = async () => {
    const name = input.value.trim();
    found = name.length < 2 ? [] : await api.actors({ name, limit: 8 });
    // An exact name or alias comes first: Enter takes what was typed.
    const exact = found.findIndex((a) => a.name.toLowerCase() === name.toLowerCase() || a.aliases.some((x) => x.toLowerCase() === name.toLowerCase()));
    if (exact > 0) found = [found[exact], ...found.filter((_, i) => i !== exact)];
    active = -1;
    show();
  };
  const pick = (i: number) => {
    const a = found[i];
    if (!a) return;
    input.value = a.name;
    found = [];
    show();
    options.onPick(a);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    pending = new Promise((resolve) => { timer = window.setTimeout(() => void lookup().finally(resolve), 150); });
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!found.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + found.length) % found.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      window.clearTimeout(timer);
      if (!found.length) await (input.value.trim().length >= 2 ? lookup() : pending);
      pick(Math.max(0, active));
    } else if (e.key === 'Escape') {
      found = [];
      show();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { found = []; show(); }, 150));
  return { element: h('div', { class: 'search' }, input, list), input, set: (a) => { input.value = a?.name ?? ''; } };
}
