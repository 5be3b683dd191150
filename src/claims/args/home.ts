import type { Entity } from '../../core/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { actorWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import type { Arg } from './actors.js';
import { isCountry } from './structure.js';

/**
 * The state an office-holder serves when the text names none ("Interior
 * Minister X" in a report on Ecuador): the country the document is about,
 * that is the one it names most often, and clearly more often than any other.
 * Only for a person titled with a government office ("minister",
 * "secretary") who holds no role the text ties to an organisation, and whom
 * the knowledge base does not seat elsewhere: a guess the text does not
 * support is worse than no claim.
 */
export function homeStateOf(g: ClaimGraph, word: number, kb: KnowledgeBase): Arg | undefined {
  const person = g.entity(word);
  if (person?.type !== 'Person' || (person.kbId && kb.get(person.kbId)?.memberOf)) return undefined;
  const offices = actorWords().stateOffices;
  const titled = person.roles.some((r) => r.toLowerCase().split(/\s+/).some((w) => offices.has(w)));
  if (!titled || g.doc.roles.some((r) => r.member === person.id)) return undefined;
  const home = homeState(g, kb);
  return home ? { entity: home, word, via: 'mention' } : undefined;
}

// One document's home state, worked out once however many office-holders it names.
const homes = new WeakMap<ClaimGraph, Entity | undefined>();

function homeState(g: ClaimGraph, kb: KnowledgeBase): Entity | undefined {
  if (!homes.has(g)) homes.set(g, leadingState(g, kb));
  return homes.get(g);
}

function leadingState(g: ClaimGraph, kb: KnowledgeBase): Entity | undefined {
  const counts = new Map<string, number>();
  for (const m of g.doc.mentions) {
    const e = g.entities.get(m.entity);
    if (e && isCountry(e, kb)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // Named at least twice, and at least twice as often as the next state.
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return undefined;
  return g.entities.get(first[0]);
}
