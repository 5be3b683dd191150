import type { EntityType } from '../core/index.js';
import type { KbRegion } from './regions.js';

/** One entry of a knowledge-base file (see kb/schema.json and the README). */
export interface KbEntry {
  id: string;
  name: string;
  type: Exclude<EntityType, 'Event' | 'Publication'>;
  kind?: string;
  aliases?: string[];
  country?: string;
  /** Conflict region (every bundled entry has one; optional in a user's file). */
  region?: KbRegion;
  parent?: string;
  capital?: string;
  demonyms?: string[];
  metonyms?: string[];
  designations?: string[];
  role?: string;
  memberOf?: string;
  description?: string;
}

/** How a knowledge-base name relates to its entry. */
export type KbNameKind = 'name' | 'alias' | 'acronym' | 'metonym' | 'demonym';

export interface KbName {
  entry: string;
  kind: KbNameKind;
  /** The name as written in the knowledge base. */
  text: string;
  /** Acronyms and other all-capital names must match with the same case. */
  exactCase: boolean;
  /** Per key token: must the text token start with a capital letter? */
  upper: boolean[];
}
