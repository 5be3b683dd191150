/**
 * The corpus's own vocabulary (see DESIGN.md): a claim as the corpus holds it
 * (with the actors at its ends resolved across documents), an assertion (every
 * claim with the same subject, predicate, object and polarity, across
 * documents), its independent sources and credibility, and contradictions.
 * The store reads and writes these; they do not depend on the store.
 */
import type { EntityType, Modality, Polarity, Predicate } from '../core/index.js';

/** A reference to an actor inside other records. */
export interface ActorRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface Quote {
  text: string;
  /** Offsets into the document's text. */
  start: number;
  end: number;
}

export type ReviewDecision = 'accepted' | 'rejected';

export interface StoredClaim {
  /** "<document id>:<claim id in the document>". */
  id: string;
  documentId: string;
  subject: ActorRef;
  predicate: Predicate;
  object: ActorRef;
  polarity: Polarity;
  modality: Modality;
  /** Who asserts it: the document's author ("author") or an actor. */
  attributedTo: ActorRef | 'author';
  quote: Quote;
  /** Further quotes stating the same claim in the document. */
  more: Quote[];
  /** Event date of the claim (YYYY, YYYY-MM or YYYY-MM-DD) when the text gives one. */
  eventDate?: string;
  amount?: { value: number; currency: string; text: string };
  place?: ActorRef;
  recipient?: ActorRef;
  role?: string;
  /** Publication date and publisher of the document. */
  published?: string;
  publisher: string;
  rule: string;
  confidence: number;
  review?: ReviewDecision;
}

/** Claims made by one independent source: a publisher, with syndicated or near-duplicate copies folded in. */
export interface SourceGroup {
  publishers: string[];
  documents: string[];
}

export type AdmiraltyReliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** Admiralty credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export type AdmiraltyCredibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface Credibility {
  /** 0..1, see src/corpus/credibility.ts and the README. */
  score: number;
  rating: AdmiraltyCredibility;
  /** The derivation, one readable line per step. */
  steps: string[];
}

export interface Assertion {
  /** "<subject id>.<PREDICATE>.<object id>.<pos|neg>": stable while its actors are not merged or split. */
  id: string;
  subject: ActorRef;
  predicate: Predicate;
  object: ActorRef;
  polarity: Polarity;
  claims: StoredClaim[];
  documents: string[];
  sources: SourceGroup[];
  independentSources: number;
  /** Earliest and latest publication dates of the documents (or ingest dates when undated). */
  firstSeen?: string;
  lastSeen?: string;
  eventDates: string[];
  modalities: Partial<Record<Modality, number>>;
  credibility: Credibility;
  review?: ReviewDecision;
}

export interface Contradiction {
  kind: 'polarity' | 'predicate';
  a: Assertion;
  b: Assertion;
  /** Why they clash, e.g. "ALLY_OF against HOSTILE_TO, both in 2023". */
  reason: string;
}

