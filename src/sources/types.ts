import type { InputFormat, NexusDocument } from '../core/index.js';

/** One document to ingest, made when asked so that a large input is read one document at a time. */
export interface SourceItem {
  /** How messages name it: a path, "path:line" for JSONL, a URL. */
  label: string;
  /** Bytes it accounts for in the progress (0 when unknown). */
  bytes: number;
  /** Reads (or fetches) and cleans it; throws a NexusError naming the problem. */
  load(): Promise<NexusDocument>;
}

export interface SourceOptions {
  /** Largest input accepted, in bytes (files, JSONL records, HTTP bodies). */
  maxBytes: number;
  format?: InputFormat;
  /** Publication date for documents that state none. */
  published?: string;
  stdin: NodeJS.ReadableStream;
  fetcher: Fetcher;
}

export interface Fetched {
  url: string;
  contentType: string;
  text: string;
  bytes: number;
}

export interface Fetcher {
  get(url: string): Promise<Fetched>;
  /** Refuses a URL the fetcher would not fetch (a private address), before any work is queued. */
  check?(url: string): Promise<void>;
}
