import type { Entity, EntityType, NexusDocument } from '../core/index.js';
import { rootKey } from './ids.js';
import { nameKey, normalizeName, typeClass } from './names.js';

/** Mentions that name an entity in their own right; pronouns, descriptions and titles do not. */
const NAMING = new Set(['name', 'acronym', 'alias', 'metonym', 'demonym', 'short', 'title']);
/** Of those, the ones that may join two documents' entities into one actor. */
const JOINING = new Set(['name', 'acronym', 'alias']);

export interface EntityName {
  norm: string;
  name: string;
  how: string;
}

export interface EntityKeys {
  /** Keys that decide the entity's actor: entities sharing a key are one actor. Never empty; sorted, the root first. */
  keys: string[];
  names: EntityName[];
}

/** What keys are derived from: an entity's main name, type and knowledge-base id. */
export type KeyedEntity = Pick<Entity, 'name' | 'type' | 'kbId'>;

/** Every name a document gives an entity, with how it names it (for "where was this alias seen"). */
export function entityNames(doc: NexusDocument, entity: Entity): EntityName[] {
  const pairs: Array<[string, string]> = [[entity.name, 'name']];
  for (const m of doc.mentions) if (m.entity === entity.id && NAMING.has(m.how)) pairs.push([m.text, m.how]);
  return namesOf(pairs);
}

/** Names with how they are used, first use of each normalised form kept. */
export function namesOf(pairs: Array<[string, string]>): EntityName[] {
  const byNorm = new Map<string, EntityName>();
  for (const [name, how] of pairs) {
    const norm = normalizeName(name);
    if (norm && !byNorm.has(norm)) byNorm.set(norm, { norm, name: name.trim(), how });
  }
  return [...byNorm.values()];
}

/**
 * The merge keys of an entity. A knowledge-base entity has one key, its kb
 * id. Others join by their name, acronyms and aliases; people only by a full
 * name of two words or more (a surname alone names many people). A name an
 * analyst split off an actor (`splitNorms`, "<class>:<norm>") joins nothing
 * any more, unless it is the only name the document gives, in which case it
 * keys the entity to the split-off actor. An entity with no key of its own
 * is keyed to its document (`docKey`) and joins nothing.
 */
export function keysOf(entity: KeyedEntity, names: EntityName[], splitNorms: ReadonlySet<string>, docKey: string): string[] {
  const cls = typeClass(entity.type as EntityType);
  const own = names.filter((n) => n.how === 'name' || JOINING.has(n.how));
  let keys: string[];
  if (own.length && own.every((n) => splitNorms.has(`${cls}:${n.norm}`))) keys = own.map((n) => nameKey(entity.type, n.norm));
  else if (entity.kbId) keys = [`kb:${entity.kbId}`];
  else {
    keys = names.filter((n) => JOINING.has(n.how) && (cls !== 'person' || (n.how === 'name' && n.norm.includes(' '))))
      .filter((n) => !splitNorms.has(`${cls}:${n.norm}`)).map((n) => nameKey(entity.type, n.norm));
  }
  const unique = [...new Set(keys)];
  if (!unique.length) return [docKey];
  const root = rootKey(unique);
  return [root, ...unique.filter((k) => k !== root).sort()];
}

/** The key of an entity that has none of its own: its document and its id there. */
export function documentKey(documentId: string, local: string): string {
  return `doc:${documentId}:${local}`;
}

export function entityKeys(doc: NexusDocument, entity: Entity, splitNorms: ReadonlySet<string>): EntityKeys {
  const names = entityNames(doc, entity);
  return { keys: keysOf(entity, names, splitNorms, documentKey(doc.id, entity.id)), names };
}
