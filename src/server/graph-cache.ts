import type { Graph, GraphSelection, StoreReader } from '../store/index.js';

/**
 * The last graph reads of this server, for a few seconds: the graph, its
 * claims table and a path search over one view read the store once.
 * Every write through this server clears it, so what the app shows after
 * a review, merge or ingest is always the store's state; writes by other
 * processes (a CLI ingest) show within `ttlMs`.
 */
export class GraphCache {
  private readonly entries = new Map<string, { at: number; graph: Promise<Graph> }>();

  constructor(private readonly store: StoreReader, private readonly ttlMs = 3000, private readonly now: () => number = Date.now) {}

  graph(selection: GraphSelection): Promise<Graph> {
    const key = JSON.stringify(selection, Object.keys(selection).sort());
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.graph;
    const graph = this.store.graph(selection);
    this.entries.set(key, { at: this.now(), graph });
    // A failed read is not kept.
    graph.catch(() => this.entries.delete(key));
    if (this.entries.size > 20) this.entries.delete(this.entries.keys().next().value!);
    return graph;
  }

  clear(): void {
    this.entries.clear();
  }
}
