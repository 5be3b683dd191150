import type { Entity, NexusDocument } from '../core/index.js';
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
  /** Keys that decide the entity's actor: entities sharing a key are one actor. */
  keys: string[];
  names: EntityName[];
}

/** Every name a document gives an entity, with how it names it (for "where was this alias seen"). */
export function entityNames(doc: NexusDocument, entity: Entity): EntityName[] {
  const byNorm = new Map<string, EntityName>();
  const add = (name: string, how: string) => {
    const norm = normalizeName(name);
    if (norm && !byNorm.has(norm)) byNorm.set(norm, { norm, name: name.trim(), how });
  };
  add(entity.name, 'name');
  for (const m of doc.mentions) if (m.entity === entity.id && NAMING.has(m.how)) add(m.text, m.how);
  return [...byNorm.values()];
}

/**
 * The merge keys of an entity. A knowledge-base entity has one key, its kb
 * id. Others join by their name, acronyms and aliases; people only by a full
 * name of two words or more (a surname alone names many people). A name an
 * analyst split off an actor (`splitNorms`) joins nothing any more, unless it
 * is the only name the document gives, in which case it keys the entity to
 * the split-off actor.
 */
export function entityKeys(doc: NexusDocument, entity: Entity, splitNorms: ReadonlySet<string>): EntityKeys {
  const names = entityNames(doc, entity);
  const joining = names.filter((n) => JOINING.has(n.how) && (typeClass(entity.type) !== 'person' || (n.how === 'name' && n.norm.includes(' '))));
  const cls = typeClass(entity.type);
  const own = names.filter((n) => n.how === 'name' || JOINING.has(n.how));
  if (own.length && own.every((n) => splitNorms.has(`${cls}:${n.norm}`))) return { keys: own.map((n) => nameKey(entity.type, n.norm)), names };
  if (entity.kbId) return { keys: [`kb:${entity.kbId}`], names };
  const keys = joining.filter((n) => !splitNorms.has(`${cls}:${n.norm}`)).map((n) => nameKey(entity.type, n.norm));
  return { keys: [...new Set(keys)], names };
}
