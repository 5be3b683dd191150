import { clean } from '../clean/index.js';
import { NexusDocument, type InputFormat, type SourceMeta } from '../core/index.js';
import type { RawInput } from './read.js';
import { decode } from './decode.js';
import { detectFormat } from './detect.js';
import { htmlToText } from './html.js';

export interface IngestOptions {
  /** Force a format instead of detecting it. */
  format?: InputFormat;
  /** Publication date (YYYY-MM-DD) used when the document states none. */
  published?: string;
}

/** Bytes from a file or stdin to a cleaned document. */
export function documentFromBytes(raw: RawInput, options: IngestOptions = {}): NexusDocument {
  const decoded = decode(raw.bytes, raw.path);
  const doc = documentFromText(decoded.text, { path: raw.path }, { ...options, encoding: decoded.encoding });
  if (decoded.fallback) doc.message('warning', 'ingest/encoding', 'not valid UTF-8: read as Windows-1252');
  return doc;
}

/** Text (plain, Markdown or HTML) with what is known of its source to a cleaned document. */
export function documentFromText(text: string, source: SourceMeta, options: IngestOptions & { encoding?: string } = {}): NexusDocument {
  const subject = source.path ?? source.url ?? 'input';
  const format = detectFormat(source.path ?? source.url ?? '', text, options.format);
  if (format === 'html') {
    const page = htmlToText(text, subject);
    const doc = new NexusDocument(page.text, 'html', options.encoding ?? 'utf-8', { ...page.meta, ...definedOnly(source) });
    return clean(doc, { headings: page.headings, published: options.published });
  }
  const doc = new NexusDocument(text, format, options.encoding ?? 'utf-8', { ...source });
  return clean(doc, { published: options.published });
}

function definedOnly(meta: SourceMeta): SourceMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as SourceMeta;
}
