import { namesOf, normalizeName, type EntityName } from '../corpus/index.js';

/** A document's entity as the resolver reads it. */
export interface EntityRow {
  doc: number;
  local: string;
  key: string;
  name: string;
  type: string;
  kb_id: string | null;
  names: string | null;
}

/** Every name of a stored entity, the main one first, as `entityNames` gave them when it was stored. */
export function storedNames(e: Pick<EntityRow, 'name' | 'names'>): EntityName[] {
  const others = e.names ? (JSON.parse(e.names) as Array<[string, string]>) : [];
  return namesOf([[e.name, 'name'], ...others]);
}

export interface ClaimEnds {
  doc: number;
  subject: string;
  object: string;
  predicate: string;
  polarity: string;
}

/** What some documents add to their actors: the documents and claims that name each, its names, its main names and types. */
export interface Tally {
  documents: Map<string, number>;
  claims: Map<string, number>;
  /** "<actor>\u0000<norm>" -> surface form (the least) and documents. */
  names: Map<string, { name: string; docs: number }>;
  /** "<actor>\u0000<norm>\u0000<type>" -> surface form and documents. */
  main: Map<string, { name: string; docs: number }>;
}

const SEP = '\u0000';
const least = (a: string, b: string) => (b < a ? b : a);

function bump(map: Map<string, { name: string; docs: number }>, key: string, name: string, by: number): void {
  const prev = map.get(key);
  map.set(key, prev ? { name: least(prev.name, name), docs: prev.docs + by } : { name, docs: by });
}

/**
 * Counts what entity rows and claims add to the actors `actorOf` maps their
 * keys to, each document once per actor and name however many of its
 * entities it is. `sign` -1 takes a document's share away again.
 */
export function tally(entities: EntityRow[], claims: ClaimEnds[], actorOf: (key: string) => string | undefined, sign = 1): Tally {
  const t: Tally = { documents: new Map(), claims: new Map(), names: new Map(), main: new Map() };
  const seen = new Set<string>();
  const once = (k: string) => (seen.has(k) ? false : (seen.add(k), true));
  const byLocal = new Map<string, string>();
  for (const e of entities) {
    const actor = actorOf(e.key);
    if (!actor) continue;
    byLocal.set(`${e.doc}${SEP}${e.local}`, actor);
    if (once(`d${SEP}${e.doc}${SEP}${actor}`)) t.documents.set(actor, (t.documents.get(actor) ?? 0) + sign);
    const mainNorm = normalizeName(e.name);
    if (once(`m${SEP}${e.doc}${SEP}${actor}${SEP}${mainNorm}${SEP}${e.type}`)) bump(t.main, `${actor}${SEP}${mainNorm}${SEP}${e.type}`, e.name, sign);
    for (const n of storedNames(e)) if (once(`n${SEP}${e.doc}${SEP}${actor}${SEP}${n.norm}`)) bump(t.names, `${actor}${SEP}${n.norm}`, n.name, sign);
  }
  for (const c of claims) {
    for (const local of [c.subject, c.object]) {
      const actor = byLocal.get(`${c.doc}${SEP}${local}`);
      if (actor) t.claims.set(actor, (t.claims.get(actor) ?? 0) + sign);
    }
  }
  return t;
}

export function splitKey(k: string): string[] {
  return k.split(SEP);
}
