import { NexusError, type NexusDocument } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { looksLikeFeed, parseFeed, type Feed } from './feed.js';
import type { SourceItem, SourceOptions } from './types.js';

/** Entries of a feed as documents: the full text when the feed carries it, else the linked article. */
export function* feedItems(feed: Feed, label: string, options: SourceOptions): Generator<SourceItem> {
  for (const [i, e] of feed.entries.entries()) {
    const name = e.link ?? `${label}#${i + 1}`;
    const meta = { ...(e.link ? { url: e.link } : {}), ...(e.title ? { title: e.title } : {}), ...(feed.title ? { publisher: feed.title } : {}), ...(e.author ? { author: e.author } : {}), ...(e.published ? { published: e.published } : {}) };
    yield {
      label: name,
      bytes: 0,
      load: async (): Promise<NexusDocument> => {
        // Atom's type="text" content and plain descriptions carry no markup.
        if (e.html) return documentFromText(e.html, { ...meta, path: name }, { format: /<[a-z!/]/i.test(e.html) ? 'html' : 'text', published: e.published ?? options.published });
        if (!e.link) throw new NexusError('InputEmpty', 'the feed entry has neither text nor a link', { subject: name });
        const page = await options.fetcher.get(e.link);
        const doc = documentFromText(page.text, { url: page.url }, { format: options.format, published: e.published ?? options.published });
        // The feed knows the title, date and publisher better than a page's furniture does.
        doc.source = { ...doc.source, ...meta, url: page.url };
        return doc;
      },
    };
  }
}

/** A URL: a feed (its entries) or an article (one document). */
export async function* urlItems(url: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let page;
  try {
    page = await options.fetcher.get(url);
  } catch (e) {
    yield { label: url, bytes: 0, load: () => Promise.reject(e) };
    return;
  }
  if (/(rss|atom)\+xml|\/xml/i.test(page.contentType) || looksLikeFeed(page.text)) {
    let feed: Feed;
    try { feed = parseFeed(page.text, url); } catch (e) { yield { label: url, bytes: page.bytes, load: () => Promise.reject(e) }; return; }
    yield* feedItems(feed, url, options);
    return;
  }
  yield { label: url, bytes: page.bytes, load: async () => documentFromText(page.text, { url: page.url }, { format: options.format, published: options.published }) };
}
