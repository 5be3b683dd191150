import { SYMMETRIC } from '../core/index.js';
import type { Store } from '../store/index.js';

/**
 * The graph of a store in a form that does not depend on ids or on the order
 * documents arrived in: for comparing a concurrent ingest with a single one.
 */
export async function snapshot(store: Store): Promise<{ stats: unknown; actors: string[]; assertions: string[] }> {
  const actors = (await store.actors({})).map((a) => `${a.name}|${a.type}|${a.kbId ?? ''}|${a.documents}|${a.claims}|${[...a.aliases].sort().join(',')}`).sort();
  const assertions = (await store.assertions({})).map((a) => {
    // A symmetric assertion's two ends are ordered by actor id, which depends on arrival order: order them by name here.
    const ends = SYMMETRIC.has(a.predicate) ? [a.subject.name, a.object.name].sort() : [a.subject.name, a.object.name];
    return `${ends[0]}|${a.predicate}|${ends[1]}|${a.polarity}|${a.documents.length}|${a.independentSources}|${a.claims.length}`;
  }).sort();
  return { stats: await store.stats(), actors, assertions };
}
