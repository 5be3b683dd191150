import type { Predicate } from '../../core/index.js';
import type { AdmiraltyCredibility } from '../../store/index.js';

/**
 * Our predicates as STIX 2.1 relationship types. STIX defines only a few
 * that fit (a threat actor `targets` an identity or place, is `located-at`
 * a place, is `attributed-to` the identity it acts for); every other
 * predicate is `related-to` with the predicate in `description` and in
 * `x_nexus_predicate`, as the specification advises for relations it does
 * not name.
 */
export const RELATIONSHIP_TYPE: Record<Predicate, string> = {
  ATTACKED: 'targets',
  HOSTILE_TO: 'targets',
  BASED_IN: 'located-at',
  PROXY_OF: 'attributed-to',
  ALLY_OF: 'related-to',
  SUPPORTS: 'related-to',
  FUNDS: 'related-to',
  MEMBER_OF: 'related-to',
  ARRESTED: 'related-to',
  HANDED_OVER: 'related-to',
  RELEASED: 'related-to',
  NEGOTIATED_WITH: 'related-to',
  ACCUSED: 'related-to',
  PRAISED: 'related-to',
  PRESSURED: 'related-to',
  DEFECTED_TO: 'related-to',
};

/** The predicate as a verb phrase for descriptions: "funds", "is a member of". */
export const PREDICATE_PHRASE: Record<Predicate, [positive: string, negative: string]> = {
  ALLY_OF: ['is allied with', 'is not allied with'],
  SUPPORTS: ['supports', 'does not support'],
  FUNDS: ['funds', 'does not fund'],
  PROXY_OF: ['acts as a proxy of', 'does not act as a proxy of'],
  MEMBER_OF: ['is a member of', 'is not a member of'],
  HOSTILE_TO: ['is hostile to', 'is not hostile to'],
  ATTACKED: ['attacked', 'did not attack'],
  ARRESTED: ['arrested', 'did not arrest'],
  HANDED_OVER: ['handed over', 'did not hand over'],
  RELEASED: ['released', 'did not release'],
  NEGOTIATED_WITH: ['negotiated with', 'did not negotiate with'],
  ACCUSED: ['accused', 'did not accuse'],
  PRAISED: ['praised', 'did not praise'],
  PRESSURED: ['pressured', 'did not pressure'],
  BASED_IN: ['is based in', 'is not based in'],
  DEFECTED_TO: ['defected to', 'did not defect to'],
};

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
