import { XMLParser } from 'fast-xml-parser';
import { NexusError } from '../core/index.js';
import { isoDate } from '../ingest/index.js';

export interface FeedEntry {
  title?: string;
  link?: string;
  published?: string;
  author?: string;
  /** The article itself when the feed carries it (content:encoded, Atom content, a long description). */
  html?: string;
}

export interface Feed {
  title?: string;
  entries: FeedEntry[];
}

/** A description shorter than this is a teaser: the article is fetched from its link. */
const FULL_TEXT = 600;

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>][^]*?xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|<rdf:RDF[\s>]/i.test(head) || /<feed[\s>]/i.test(head) && /<entry[\s>]/i.test(text);
}

const str = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (typeof v === 'object' && '#text' in (v as object)) return str((v as Record<string, unknown>)['#text']);
  return undefined;
};
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: their entries with link, title, date, author and any full text. */
export function parseFeed(xml: string, subject: string): Feed {
  let data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    data = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true }).parse(xml);
  } catch (e) {
    throw new NexusError('InputUnreadable', `is not a readable feed (${(e as Error).message.split('\n')[0]})`, { subject });
  }
  const channel = data.rss?.channel ?? data['rdf:RDF']?.channel;
  if (channel) {
    const items = list(data.rss ? channel.item : data['rdf:RDF'].item);
    return {
      title: str(channel.title),
      entries: items.map((i) => {
        return entry(str(i.title), str(i.link) ?? str(i.guid), str(i.pubDate) ?? str(i['dc:date']), str(i['dc:creator']) ?? str(i.author), str(i['content:encoded']), str(i.description));
      }),
    };
  }
  if (data.feed) {
    return {
      title: str(data.feed.title),
      entries: list(data.feed.entry).map((e) => {
        const links = list(e.link) as Array<Record<string, string>>;
        const link = (links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0])?.['@_href'];
        return entry(str(e.title), link, str(e.published) ?? str(e.updated), str(e.author?.name), str(e.content), str(e.summary));
      }),
    };
  }
  throw new NexusError('InputUnreadable', 'is XML but neither an RSS nor an Atom feed', { subject });
}

/** Full content (content:encoded, Atom content) is the article; a description or summary only when long enough not to be a teaser. */
function entry(title?: string, link?: string, date?: string, author?: string, content?: string, summary?: string): FeedEntry {
  const published = date ? isoDate(date) ?? isoFromDate(date) : undefined;
  const text = summary?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() ?? '';
  const body = content ?? (text.length >= FULL_TEXT ? summary : undefined);
  return { title, link, published, author, ...(body ? { html: body } : {}) };
}

function isoFromDate(raw: string): string | undefined {
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}
