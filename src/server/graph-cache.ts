import type { Graph, GraphSelection, Store } from '../store/index.js';

type Source = Pick<Store, 'graph' | 'stats' | 'history'>;

/**
 * The graph reads of this server, kept while the store is unchanged: the
 * graph, its claims table and a path search over one view read the store
 * once, and the whole-corpus view is read when the server starts. Each
 * request checks the store's signature (its counts and the latest entry of
 * its decision journal: a few cheap queries), so a write by another
 * process (a CLI ingest, a review) shows at the next request; every write
 * through this server clears the cache at once. Nothing is kept past
 * `maxAgeMs`.
 */
export class GraphCache {
  private readonly entries = new Map<string, { at: number; signature: string; graph: Promise<Graph> }>();
  private signing?: Promise<string>;

  constructor(private readonly store: Source, private readonly maxAgeMs = 60_000, private readonly now: () => number = Date.now) {}

  /** What changes when anything in the store does; requests that arrive while it is being read share the reading. */
  private signature(): Promise<string> {
    if (this.signing) return this.signing;
    const value = Promise.all([this.store.stats(), this.store.history({ limit: 1 })])
      .then(([s, [last]]) => JSON.stringify([s, last?.id, last?.undoneAt]))
      .finally(() => { this.signing = undefined; });
    this.signing = value;
    return value;
  }

  async graph(selection: GraphSelection): Promise<Graph> {
    const key = JSON.stringify(selection, Object.keys(selection).sort());
    const signature = await this.signature();
    const hit = this.entries.get(key);
    if (hit && hit.signature === signature && this.now() - hit.at < this.maxAgeMs) return hit.graph;
    const graph = this.store.graph(selection);
    // The promise's value is the same object for every caller: derived views hang on it (see memo).
    this.entries.set(key, { at: this.now(), signature, graph });
    // A failed read is not kept.
    graph.catch(() => this.entries.delete(key));
    if (this.entries.size > 20) this.entries.delete(this.entries.keys().next().value!);
    return graph;
  }

  private readonly derived = new WeakMap<Graph, Map<string, unknown>>();

  /** A value made from a graph read (a view and its communities), kept as long as the read is. */
  memo<T>(graph: Graph, key: string, make: () => T): T {
    let m = this.derived.get(graph);
    if (!m) this.derived.set(graph, (m = new Map()));
    if (!m.has(key)) {
      if (m.size > 20) m.delete(m.keys().next().value!);
      m.set(key, make());
    }
    return m.get(key) as T;
  }

  private readonly perView = new WeakMap<object, Map<string, unknown>>();

  /** A value made from a view (kept with memo), kept as long as the view is. */
  memoView<T>(view: object, key: string, make: () => T): T {
    let m = this.perView.get(view);
    if (!m) this.perView.set(view, (m = new Map()));
    if (!m.has(key)) m.set(key, make());
    return m.get(key) as T;
  }

  clear(): void {
    this.entries.clear();
    this.signing = undefined;
  }
}
