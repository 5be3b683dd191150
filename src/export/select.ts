import { NexusError } from '../core/index.js';
import type { ActorSummary, Assertion, StoreReader, StoredClaim } from '../store/index.js';
import type { ExportScope, Selection } from './types.js';

export interface SelectOptions {
  /** Also read each actor's names, roles and merges (one query per actor). */
  details?: boolean;
}

const inDates = (scope: ExportScope) => !!(scope.since || scope.until);

/** Reads the part of the corpus that `scope` names; an empty selection is an ExportError that says what was asked. */
export async function selectCorpus(store: StoreReader, scope: ExportScope, options: SelectOptions = {}): Promise<Selection> {
  const whole = !scope.actors.length && !inDates(scope);
  const graph = await store.graph({ ...(scope.actors.length ? { actors: scope.actors.map((a) => a.id), depth: scope.depth } : {}), from: scope.since, to: scope.until });
  if (!graph.edges.some((a) => a.claims.length)) throw new NexusError('ExportError', `nothing to export: ${describeScope(scope)} holds no claims`);
  return selectionOf(store, scope, whole ? await store.actors() : graph.nodes, graph.edges, { ...options, allDocuments: whole });
}

/**
 * A selection made of given actors and assertions (with the claims wanted
 * in each): what the web app's claims table exports. The documents are
 * those of the claims, unless `allDocuments`.
 */
export async function selectionOf(store: StoreReader, scope: ExportScope, actors: ActorSummary[], assertions: Assertion[], options: SelectOptions & { allDocuments?: boolean } = {}): Promise<Selection> {
  const claims = assertions.flatMap((a) => a.claims);
  const known = new Set(actors.map((a) => a.id));
  const cited: ActorSummary[] = [];
  for (const id of citedIds(claims)) {
    if (known.has(id)) continue;
    known.add(id);
    const a = await store.actor(id);
    if (a) cited.push(a);
  }
  const docIds = new Set(claims.map((c) => c.documentId));
  const documents = (await store.documents()).filter((d) => options.allDocuments || docIds.has(d.id));
  const details = new Map();
  if (options.details) for (const a of [...actors, ...cited]) details.set(a.id, await store.actor(a.id));
  return {
    scope, actors, cited, assertions, claims, documents,
    contradictions: contradictionsWithin(await store.contradictions(), assertions),
    sources: await store.sources(),
    armedMembers: armedMembers(await store.assertions({ predicate: 'MEMBER_OF', polarity: 'positive' })),
    details,
  };
}

/** "the whole corpus", "JNIM and what lies within 2 hops, from 2024-01-01". */
export function describeScope(scope: ExportScope): string {
  const who = scope.actors.length
    ? `${scope.actors.map((a) => a.name).join(', ')} and what lies within ${scope.depth} hop${scope.depth === 1 ? '' : 's'}`
    : 'the whole corpus';
  const when = [scope.since ? `from ${scope.since}` : '', scope.until ? `until ${scope.until}` : ''].filter(Boolean).join(' ');
  return when ? `${who}, ${when}` : who;
}

function citedIds(claims: StoredClaim[]): string[] {
  const ids = new Set<string>();
  for (const c of claims) {
    if (c.attributedTo !== 'author') ids.add(c.attributedTo.id);
    if (c.place) ids.add(c.place.id);
    if (c.recipient) ids.add(c.recipient.id);
  }
  return [...ids];
}

/** The store's contradictions whose two assertions were both selected. */
function contradictionsWithin(all: Selection['contradictions'], assertions: Assertion[]): Selection['contradictions'] {
  const ids = new Set(assertions.map((a) => a.id));
  return all.filter((c) => ids.has(c.a.id) && ids.has(c.b.id));
}

function armedMembers(memberships: Assertion[]): Set<string> {
  return new Set(memberships.filter((a) => a.subject.type === 'Person' && a.object.type === 'ArmedGroup' && a.review !== 'rejected').map((a) => a.subject.id));
}
