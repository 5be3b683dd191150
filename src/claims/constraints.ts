import type { EntityType, Predicate } from '../core/index.js';

const ACTOR: EntityType[] = ['Person', 'ArmedGroup', 'StateBody', 'Organization'];
const GROUPS: EntityType[] = ['ArmedGroup', 'StateBody', 'Organization'];

/** Which entity types may fill each side of each predicate. */
const ALLOWED: Record<Predicate, { subject: EntityType[]; object: EntityType[] }> = {
  ALLY_OF: { subject: ACTOR, object: ACTOR },
  SUPPORTS: { subject: ACTOR, object: ACTOR },
  FUNDS: { subject: ACTOR, object: ACTOR },
  PROXY_OF: { subject: GROUPS.concat('Person'), object: ACTOR },
  MEMBER_OF: { subject: ACTOR, object: GROUPS },
  HOSTILE_TO: { subject: ACTOR, object: ACTOR },
  ATTACKED: { subject: ACTOR, object: [...ACTOR, 'Event', 'Location'] },
  ARRESTED: { subject: ACTOR, object: ACTOR },
  HANDED_OVER: { subject: ACTOR, object: ACTOR },
  RELEASED: { subject: ACTOR, object: ACTOR },
  NEGOTIATED_WITH: { subject: ACTOR, object: ACTOR },
  ACCUSED: { subject: ACTOR, object: ACTOR },
  PRAISED: { subject: ACTOR, object: ACTOR },
  PRESSURED: { subject: ACTOR, object: ACTOR },
  BASED_IN: { subject: ACTOR, object: ['Location', 'StateBody'] },
  DEFECTED_TO: { subject: ['Person', 'ArmedGroup'], object: GROUPS },
};

export function typesAllowed(predicate: Predicate, subject: EntityType, object: EntityType, objectKind?: string): boolean {
  const rule = ALLOWED[predicate];
  if (!rule.subject.includes(subject) || !rule.object.includes(object)) return false;
  // A state as a place: "based in Pakistan" names the country, not a body.
  if (predicate === 'BASED_IN' && object === 'StateBody' && objectKind !== 'country') return false;
  return true;
}
