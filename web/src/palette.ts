import type { Predicate } from '../../src/core/model.js';

/** Actor types: colours told apart by most colour-blind readers (Okabe-Ito). */
export const TYPE_COLOR: Record<string, string> = {
  ArmedGroup: '#D55E00', StateBody: '#0072B2', Person: '#E69F00', Organization: '#009E73', Location: '#999999', Event: '#CC79A7', Publication: '#56B4E9',
};

export type Family = 'cooperation' | 'support' | 'membership' | 'hostility' | 'law enforcement' | 'rhetoric';

/** Predicate families, the way an analyst reads an edge's colour. */
export const FAMILY: Record<Predicate, Family> = {
  ALLY_OF: 'cooperation', NEGOTIATED_WITH: 'cooperation',
  SUPPORTS: 'support', FUNDS: 'support', PROXY_OF: 'support',
  MEMBER_OF: 'membership', DEFECTED_TO: 'membership', BASED_IN: 'membership',
  HOSTILE_TO: 'hostility', ATTACKED: 'hostility',
  ARRESTED: 'law enforcement', HANDED_OVER: 'law enforcement', RELEASED: 'law enforcement',
  ACCUSED: 'rhetoric', PRAISED: 'rhetoric', PRESSURED: 'rhetoric',
};

export const FAMILY_COLOR: Record<Family, string> = {
  cooperation: '#2a9d8f', support: '#1d4ed8', membership: '#7c3aed', hostility: '#dc2626', 'law enforcement': '#a16207', rhetoric: '#6b7280',
};

export function predicateColor(p: string): string {
  return FAMILY_COLOR[FAMILY[p as Predicate] ?? 'rhetoric'];
}

/** "FUNDS" -> "funds", "HANDED_OVER" -> "handed over". */
export function verb(p: string): string {
  return p.toLowerCase().replace(/_/g, ' ');
}
