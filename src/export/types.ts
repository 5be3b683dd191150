import type { Clock } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { ActorDetail, ActorRef, ActorSummary, Assertion, Contradiction, SourceInfo, StoredClaim, StoredDocument } from '../store/index.js';

export const EXPORT_FORMATS = ['stix', 'graphml', 'gexf', 'csv', 'cypher', 'json'] as const;
export const CSV_TABLES = ['entities', 'aliases', 'claims', 'documents', 'assertions'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What part of the corpus to export: every actor within `depth` hops of the start actors (or all), claims dated within [since, until]. */
export interface ExportScope {
  actors: ActorRef[];
  depth: number;
  since?: string;
  until?: string;
}

/**
 * The selected part of the corpus, read once from the store and handed to
 * every writer, so that writers are pure functions of it.
 */
export interface Selection {
  scope: ExportScope;
  /** Actors at the ends of the selected assertions (and the start actors); the whole corpus's actors for an unscoped export. */
  actors: ActorSummary[];
  /** Actors the selected claims cite (as their source, place or recipient) that are not in `actors`. */
  cited: ActorSummary[];
  assertions: Assertion[];
  /** Every claim of the selected assertions. */
  claims: StoredClaim[];
  /** The documents of the selected claims (every document for an unscoped export). */
  documents: StoredDocument[];
  contradictions: Contradiction[];
  sources: SourceInfo[];
  /** Persons that a positive MEMBER_OF claim anywhere in the corpus places in an armed group. */
  armedMembers: Set<string>;
  /** Names, roles and merges of the actors, when the writer needs them (CSV aliases, STIX roles). */
  details: Map<string, ActorDetail>;
}

/** What writers may use beyond the selection: passed in, never global. */
export interface ExportContext {
  clock: Clock;
  /** The knowledge base, for what the store does not keep: kinds, countries, designations, descriptions. */
  kb?: KnowledgeBase;
}

/** One output file: a single-file format yields one; CSV yields one per table. */
export interface ExportFile {
  /** File name when written into a folder (CSV), or the suggested name. */
  name: string;
  content: string;
}
