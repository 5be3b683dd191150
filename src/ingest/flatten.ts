// The HTML parser and reader mode take time quadratic in how deeply elements
// nest (each level walks its subtree). Real pages nest a few dozen levels; a
// page nested deeper than DEEP is read through a flat copy instead: every
// block tag becomes a paragraph break and every other tag is dropped, so the
// parse is linear and the words stay. Both passes below are single scans.

/** Deeper than any real page: 10,000 nested divs is an attack or a broken generator. */
export const DEEP = 256;

/** Elements the parser closes by itself or that never hold others: they do not deepen a page. */
const NO_DEPTH = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'html', 'head', 'body']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'br', 'hr', 'form', 'fieldset']);
const KEEP = new Set(['title', 'meta', 'link', 'time']);
const RAW = ['script', 'style', 'noscript', 'template', 'textarea'];
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g;

/** The greatest nesting of container tags, counted on the markup without building a tree. */
export function nestingDepth(html: string): number {
  let depth = 0, max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (NO_DEPTH.has(name) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Drops the content of script, style and similar elements (an unclosed one runs to the end). */
function dropRaw(html: string): string {
  const lower = html.toLowerCase();
  let out = '', at = 0;
  const open = new RegExp(`<(${RAW.join('|')})\\b`, 'g');
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    out += html.slice(at, m.index);
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) { at = html.length; break; }
    const end = lower.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

/** A flat copy of a page: block tags become paragraph breaks, title and meta tags stay, the rest go. */
export function flattenHtml(html: string): string {
  const body = dropRaw(html).replace(TAG, (tag, _close: string, name: string) => {
    const n = name.toLowerCase();
    if (KEEP.has(n)) return tag;
    return BLOCKS.has(n) ? '</p><p>' : '';
  });
  return `<!doctype html><html><body><p>${body}</p></body></html>`;
}
