import type { Predicate } from '../../core/index.js';
import { PREDICATE_FACTS, type PredicateFacts } from '../../schema/predicates.js';
import type { AdmiraltyCredibility } from '../../store/index.js';

/**
 * Our predicates as STIX 2.1 relationship types, and as verb phrases for
 * descriptions ("funds", "is a member of"): both read from the one predicate
 * table (src/schema/predicates.ts). STIX defines only a few types that fit (a
 * threat actor `targets` an identity or place, is `located-at` a place, is
 * `attributed-to` the identity it acts for); every other predicate is
 * `related-to` with the predicate in `description` and `x_nexus_predicate`,
 * as the specification advises for relations it does not name.
 */
export const RELATIONSHIP_TYPE: Readonly<Record<Predicate, string>> = mapFacts((f) => f.stix);
export const PREDICATE_PHRASE: Readonly<Record<Predicate, readonly [positive: string, negative: string]>> = mapFacts((f) => f.phrase);

function mapFacts<T>(pick: (f: PredicateFacts) => T): Record<Predicate, T> {
  return Object.fromEntries(Object.entries(PREDICATE_FACTS).map(([p, f]) => [p, pick(f)])) as Record<Predicate, T>;
}

/**
 * The STIX 2.1 mapping of the Admiralty credibility scale (specification,
 * appendix "Confidence Scales"): 6, "truth cannot be judged", has no value,
 * so the property is left out.
 */
export const ADMIRALTY_CONFIDENCE: Record<AdmiraltyCredibility, number | undefined> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined };

/** threat-actor-type-ov values from the knowledge base's kind of a group, or its designation as terrorist. */
export function threatActorTypes(kind: string | undefined, designated: boolean): string[] {
  if (kind === 'cartel' || kind === 'gang') return ['crime-syndicate'];
  if (kind === 'terrorist' || designated) return ['terrorist'];
  return ['unknown'];
}

const MILITARY = new Set(['army', 'armed-forces', 'navy', 'air-force', 'paramilitary-state']);

/** industry-sector-ov values for a state body or organization of a knowledge-base kind. */
export function sectors(type: string, kind: string | undefined): string[] | undefined {
  if (type === 'StateBody') return MILITARY.has(kind ?? '') ? ['defense', 'government-national'] : ['government-national'];
  if (kind === 'media') return ['communications'];
  if (kind === 'ngo') return ['non-profit'];
  if (kind === 'research') return ['education'];
  return undefined;
}
