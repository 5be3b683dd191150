import { isNexusError, NexusError, type NexusDocument } from '../core/index.js';
import { extract, type PipelineContext } from '../pipeline/index.js';
import type { SourceItem } from '../sources/index.js';
import type { Store } from '../store/types.js';

export type IngestOutcome =
  | { label: string; bytes: number; status: 'stored'; id: string; claims: number; actors: number }
  | { label: string; bytes: number; status: 'duplicate'; id: string }
  | { label: string; bytes: number; status: 'failed'; error: unknown };

export interface IngestOptions {
  /** Re-extract documents already stored (after an extractor upgrade); decisions and reviews stay. */
  refresh?: boolean;
}

/**
 * Ingests items one after another: read, clean, extract, store (one
 * transaction per document). A failure is reported and the next goes on. A
 * document already stored is a duplicate, found before extraction when it
 * can be, so re-running an interrupted ingest is quick.
 */
export async function* ingestItems(items: AsyncIterable<SourceItem>, store: Store, ctx: PipelineContext, options: IngestOptions = {}): AsyncGenerator<IngestOutcome> {
  for await (const item of items) {
    let doc: NexusDocument;
    try {
      doc = await item.load();
      if (!options.refresh && (await store.hasDocument(doc.id))) {
        // Stored already: only record where this copy came from.
        await store.putDocument(doc);
        yield { label: item.label, bytes: item.bytes, status: 'duplicate', id: doc.id };
        continue;
      }
      extract(doc, ctx);
      const result = options.refresh ? await store.replaceDocument(doc) : await store.putDocument(doc);
      yield result.status === 'stored'
        ? { label: item.label, bytes: item.bytes, status: 'stored', id: doc.id, claims: result.claims, actors: result.actors }
        : { label: item.label, bytes: item.bytes, status: 'duplicate', id: doc.id };
    } catch (e) {
      // Every failure names its input, even one no stage foresaw.
      const error = isNexusError(e) ? e : new NexusError('InputUnreadable', `could not be processed (${(e as Error)?.message ?? String(e)})`, { subject: item.label, cause: e });
      yield { label: item.label, bytes: item.bytes, status: 'failed', error };
    }
  }
}
