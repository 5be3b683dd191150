import { isNexusError, NexusError, type NexusDocument } from '../core/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { SourceItem } from '../sources/index.js';
import type { Store } from '../store/types.js';
import { inlineExtractor, type Extractor } from './pool.js';

export type IngestOutcome =
  | { label: string; bytes: number; status: 'stored'; id: string; claims: number; actors: number }
  | { label: string; bytes: number; status: 'duplicate'; id: string }
  | { label: string; bytes: number; status: 'failed'; error: unknown };

export interface BatchLimits {
  /** Documents per storing transaction (default 64). */
  docs: number;
  /** Characters of text per storing transaction (default 4 million). */
  chars: number;
  /** Longest a read document waits for its batch, in ms (default 2000), so that progress shows on slow inputs. */
  ms: number;
}

export interface IngestOptions {
  /** Re-extract documents already stored (after an extractor upgrade); decisions and reviews stay. */
  refresh?: boolean;
  /** Where extraction runs (default: in this thread). */
  extractor?: Extractor;
  batch?: Partial<BatchLimits>;
}

const DEFAULT_BATCH: BatchLimits = { docs: 64, chars: 4_000_000, ms: 2000 };

type Ready = { item: SourceItem; doc?: NexusDocument; stored?: boolean; error?: unknown };

/** Every failure names its input, even one no stage foresaw. */
function failure(item: SourceItem, e: unknown): IngestOutcome {
  const error = isNexusError(e) ? e : new NexusError('InputUnreadable', `could not be processed (${(e as Error)?.message ?? String(e)})`, { subject: item.label, cause: e });
  return { label: item.label, bytes: item.bytes, status: 'failed', error };
}

/**
 * Ingests items: reads and cleans them one after another (a feed's host is
 * asked one request at a time), extracts them side by side (the extractor's
 * width), and stores them in batches, one transaction per batch, in the
 * order they came. A failure is reported and the others go on; a document
 * already stored is a duplicate, found before extraction, so re-running an
 * interrupted ingest is quick. After each batch the stored documents are
 * folded into the actors if no other process is at it, and at the end in
 * any case, so the store is whole when this returns.
 */
export async function* ingestItems(items: AsyncIterable<SourceItem>, store: Store, ctx: PipelineContext, options: IngestOptions = {}): AsyncGenerator<IngestOutcome> {
  const extractor = options.extractor ?? inlineExtractor(ctx);
  const limits = { ...DEFAULT_BATCH, ...options.batch };
  let reading: Promise<unknown> = Promise.resolve();
  const prepare = (item: SourceItem): Promise<Ready> => {
    const loaded = reading.then(() => item.load());
    reading = loaded.catch(() => undefined);
    return loaded.then(async (doc) => {
      if (!options.refresh && (await store.hasDocument(doc.id))) return { item, doc, stored: true };
      return { item, doc: await extractor.extract(doc) };
    }).catch((error) => ({ item, error }));
  };
  // Documents read and handed to extraction before their turn to be stored:
  // with threads, a batch more than they work on at once, so that they go on
  // extracting the next batch while this thread stores one (SQLite's writes
  // hold this thread). A document whose extraction is done is taken at once,
  // so that slow inputs (feeds, URLs) still show progress one by one.
  const ahead = extractor.width * 2 + (extractor.inline ? 0 : limits.docs);
  const window: Array<{ ready: Promise<Ready>; done: boolean }> = [];
  const enqueue = (item: SourceItem) => {
    const slot = { ready: prepare(item), done: false };
    void slot.ready.then(() => { slot.done = true; });
    window.push(slot);
  };
  let batch: Ready[] = [];
  let chars = 0;
  let started = Date.now();
  const full = () => batch.length >= limits.docs || chars >= limits.chars || (batch.length > 0 && Date.now() - started >= limits.ms);
  const take = async () => {
    const r = await window.shift()!.ready;
    if (!batch.length) started = Date.now();
    batch.push(r);
    chars += r.doc && !r.stored ? r.doc.text.length : 0;
  };
  const flush = async function* (): AsyncGenerator<IngestOutcome> {
    const list = batch;
    batch = [];
    chars = 0;
    yield* (options.refresh ? refresh(list, store) : storeBatch(list, store));
    if (!options.refresh) await store.resolve({ wait: false });
  };
  for await (const item of items) {
    enqueue(item);
    while (window.length > ahead || window[0]?.done) {
      await take();
      if (full()) yield* flush();
    }
  }
  while (window.length) {
    await take();
    if (full()) yield* flush();
  }
  yield* flush();
  await store.resolve({ wait: true });
}

/** One transaction for the batch; if it fails, each document on its own, so that one bad document fails alone. */
async function* storeBatch(list: Ready[], store: Store): AsyncGenerator<IngestOutcome> {
  const docs = list.filter((r) => r.doc).map((r) => r.doc!);
  let results: Awaited<ReturnType<Store['putDocuments']>> | undefined;
  if (docs.length) {
    try {
      results = await store.putDocuments(docs);
    } catch {
      results = undefined;
    }
  }
  let i = 0;
  for (const r of list) {
    if (!r.doc) { yield failure(r.item, r.error); continue; }
    let result = results?.[i++];
    if (!result) {
      try {
        [result] = await store.putDocuments([r.doc]);
      } catch (e) {
        yield failure(r.item, e);
        continue;
      }
    }
    yield result.status === 'stored'
      ? { label: r.item.label, bytes: r.item.bytes, status: 'stored', id: r.doc.id, claims: result.claims, actors: result.actors }
      : { label: r.item.label, bytes: r.item.bytes, status: 'duplicate', id: r.doc.id };
  }
}

async function* refresh(list: Ready[], store: Store): AsyncGenerator<IngestOutcome> {
  for (const r of list) {
    if (!r.doc) { yield failure(r.item, r.error); continue; }
    try {
      const result = await store.replaceDocument(r.doc);
      yield result.status === 'stored'
        ? { label: r.item.label, bytes: r.item.bytes, status: 'stored', id: r.doc.id, claims: result.claims, actors: result.actors }
        : { label: r.item.label, bytes: r.item.bytes, status: 'duplicate', id: r.doc.id };
    } catch (e) {
      yield failure(r.item, e);
    }
  }
}
