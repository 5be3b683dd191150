import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { NexusError, type SourceMeta } from '../core/index.js';
import { isoDate } from './dates.js';
import { DEEP, flattenHtml, nestingDepth } from './flatten.js';

// The DOM and reader mode are loaded on the first HTML page, not when nexus
// starts: a text file never needs them, and they cost a third of start-up.
const require = createRequire(import.meta.url);
let dom: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | undefined;
function html(): NonNullable<typeof dom> {
  dom ??= { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML };
  return dom;
}

export interface HtmlText {
  /** The readable text: one block per paragraph or heading, blank line between. */
  text: string;
  /** Offsets of the heading blocks in `text`. */
  headings: Array<{ start: number; end: number }>;
  meta: SourceMeta;
}

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE']);
const HEADING = /^H[1-6]$/;

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/** Page metadata from meta tags, JSON-LD and <time>, read before Readability changes the DOM. */
function readMeta(doc: Document): SourceMeta {
  const published = metaContent(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'DC.date.issued', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date')
    ?? jsonLdDate(doc) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const meta: SourceMeta = {
    title: metaContent(doc, 'og:title', 'twitter:title') ?? (doc.querySelector('title')?.textContent?.trim() || undefined),
    author: metaContent(doc, 'author', 'article:author', 'parsely-author', 'byl'),
    publisher: metaContent(doc, 'og:site_name', 'application-name', 'publisher'),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url'),
    published: published ? isoDate(published) : undefined,
  };
  for (const k of Object.keys(meta) as Array<keyof SourceMeta>) if (!meta[k]) delete meta[k];
  return meta;
}

function squash(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

/** Walks the readable content and emits one text block per leaf block element. */
function collectBlocks(root: Element, out: Array<{ text: string; heading: boolean }>): void {
  let inline = '';
  const flush = () => {
    const t = squash(inline);
    if (t) out.push({ text: t, heading: false });
    inline = '';
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3) { inline += node.textContent ?? ''; continue; }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT') continue;
    if (el.tagName === 'BR') { flush(); continue; }
    if (BLOCK.has(el.tagName) || el.tagName === 'UL' || el.tagName === 'OL' || el.tagName === 'TABLE' || el.tagName === 'TR' || el.tagName === 'TBODY') {
      flush();
      const hasBlockChild = Array.from(el.children).some((c) => BLOCK.has(c.tagName) || c.tagName === 'UL' || c.tagName === 'OL' || c.tagName === 'TABLE' || c.tagName === 'BR');
      if (hasBlockChild) collectBlocks(el, out);
      else {
        const t = squash(el.textContent ?? '');
        if (t) out.push({ text: t, heading: HEADING.test(el.tagName) });
      }
      continue;
    }
    inline += el.textContent ?? '';
  }
  flush();
}

/** Drops a site-name suffix or prefix ("Raid in Gao | Sahel Monitor"). */
function cleanTitle(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  if (parts.length < 2) return title;
  const siteKey = site?.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== siteKey);
  if (kept.length < parts.length) return kept.join(' - ');
  // Without a known site name, the shortest end part is most likely the site.
  const first = parts[0], last = parts[parts.length - 1];
  return last.length < first.length ? parts.slice(0, -1).join(' - ') : title;
}

/** Reader-mode main text of an HTML page, with the page's metadata. */
export function htmlToText(page: string, subject: string): HtmlText {
  const { Readability, parseHTML } = html();
  const markup = nestingDepth(page) > DEEP ? flattenHtml(page) : page;
  let parsed: ReturnType<typeof parseHTML>;
  try {
    parsed = parseHTML(markup);
    if (!parsed.document?.documentElement) throw new Error('no document element');
  } catch {
    throw new NexusError('NoReadableText', 'is not an HTML page with readable text', { subject });
  }
  const { document } = parsed;
  const meta = readMeta(document as unknown as Document);
  let article: ReturnType<ReadabilityClass['parse']> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const blocks: Array<{ text: string; heading: boolean }> = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    collectBlocks(content.body as unknown as Element, blocks);
  }
  if (blocks.length === 0) {
    // Readability found no article: fall back to the body's own blocks.
    const { document: again } = parseHTML(markup);
    if (again?.body) collectBlocks(again.body as unknown as Element, blocks);
  }
  if (blocks.every((b) => b.text.trim() === '')) throw new NexusError('NoReadableText', 'is an HTML page with no readable text', { subject });
  const title = cleanTitle(article?.title?.trim() || meta.title, meta.publisher ?? article?.siteName ?? undefined);
  if (title && squash(title) !== blocks[0]?.text) blocks.unshift({ text: squash(title), heading: true });
  let text = '';
  const headings: HtmlText['headings'] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    if (b.heading) headings.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  if (article?.byline && !meta.author) meta.author = squash(article.byline);
  if (article?.siteName && !meta.publisher) meta.publisher = article.siteName;
  if (article?.publishedTime && !meta.published) meta.published = isoDate(article.publishedTime);
  if (title) meta.title = title;
  return { text, headings, meta };
}
