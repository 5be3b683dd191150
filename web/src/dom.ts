/**
 * The one way the app makes elements. Children that are strings become text
 * nodes, and no attribute can hold markup or script: article text and
 * names are always shown as text, whatever they contain.
 */
export type Child = Node | string | number | false | null | undefined | Child[];
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

const SAFE_URL = /^(https?:|#|\.\/|\/)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') { el.addEventListener(k.replace(/^on/, ''), v); continue; }
    if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error(`attribute ${k} is not allowed`);
    if ((k === 'href' || k === 'src' || k === 'action') && !SAFE_URL.test(String(v))) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A link to an outside page: only http(s), never sending this app's address along. */
export function outLink(url: string, label: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', {}, label);
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer external' }, label);
}

export function errorBox(e: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, e instanceof Error ? e.message : String(e));
}
