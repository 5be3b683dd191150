import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NexusDocument } from '../core/index.js';
import { extract, type PipelineContext } from '../pipeline/index.js';
import { toClean, withExtraction, type Extraction } from './transfer.js';

/** Extracts documents: in this thread, or spread over worker threads. */
export interface Extractor {
  /** How many documents it can work on at once. */
  readonly width: number;
  /** Extraction runs in the calling thread (so reading far ahead gains nothing). */
  readonly inline?: boolean;
  extract(doc: NexusDocument): Promise<NexusDocument>;
  close(): Promise<void>;
}

/** Extraction in the calling thread (small inputs: no thread to start, no knowledge base to load again). */
export function inlineExtractor(ctx: PipelineContext): Extractor {
  return { width: 1, inline: true, extract: async (doc) => extract(doc, ctx), close: async () => undefined };
}

export function defaultThreads(): number {
  return availableParallelism();
}

type Pending = { resolve: (x: Extraction) => void; reject: (e: unknown) => void };

/**
 * Extraction over `threads` worker threads, each with its own copy of the
 * knowledge base (the `--kb` files). Extraction is pure, so documents go to
 * whichever thread is free and come back in any order; the caller keeps
 * its own order.
 */
export function threadExtractor(threads: number, kbFiles: string[], ctx: PipelineContext): Extractor {
  const here = import.meta.url;
  // From source (the tests run through tsx), a thread must register tsx itself: loader hooks are per thread.
  const fromSource = here.endsWith('.ts');
  const script = new URL(fromSource ? './thread.ts' : './thread.js', here);
  const start = () => (fromSource
    ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData: { kb: kbFiles } })
    : new Worker(script, { workerData: { kb: kbFiles } }));
  const workers = Array.from({ length: Math.max(1, threads) }, start);
  const waiting = new Map<number, Pending>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  let failed: Error | undefined;
  for (const w of workers) {
    w.on('message', (m: { id?: number; extraction?: Extraction; warnings?: string[]; error?: { message: string } }) => {
      if (m.id === undefined) return;
      load.set(w, (load.get(w) ?? 1) - 1);
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      for (const warning of m.warnings ?? []) ctx.logger.warn(warning);
      if (!p) return;
      if (m.error) p.reject(new Error(m.error.message));
      else p.resolve(m.extraction!);
    });
    w.on('error', (e) => {
      failed = e;
      for (const p of waiting.values()) p.reject(new Error(`an extraction thread failed (${e.message})`, { cause: e }));
      waiting.clear();
    });
  }
  return {
    width: workers.length,
    extract: (doc) => {
      if (failed) return Promise.reject(failed);
      const id = next++;
      const worker = workers.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<Extraction>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, doc: toClean(doc) });
      }).then((x) => withExtraction(doc, x));
    },
    close: async () => { await Promise.all(workers.map((w) => w.terminate())); },
  };
}
