/**
 * The store's API: what `nexus ingest` writes and what every reader (CLI
 * queries, exports, the HTTP API) reads. Two implementations (SQLite and
 * PostgreSQL) share one SQL code path and pass one conformance suite.
 *
 * Vocabulary (see DESIGN.md): a *document* is one cleaned article; a *claim*
 * is one extracted statement in one document; an *actor* is an entity merged
 * across documents; an *assertion* is every claim with the same subject,
 * predicate, object and polarity, across documents. Assertions, source
 * counts, credibility and contradictions are derived when read, from the
 * stored claims, so that they are always consistent with them, whatever the
 * order or concurrency of the ingests that wrote them.
 */
import type { EntityType, Modality, NexusDocument, Polarity, Predicate } from '../core/index.js';

// ---------------------------------------------------------------- documents

export interface StoredDocument {
  /** SHA-256 of the normalised kept text (see src/clean). */
  id: string;
  path?: string;
  url?: string;
  title?: string;
  /** The publisher as given or found (copyright line, domain); "unknown" when none. */
  publisher: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  author?: string;
  ingestedAt: string;
  /** Characters of the document's text. */
  chars: number;
  /** Other places the same document (same id) was seen: syndicated copies. */
  copies: Array<{ path?: string; url?: string; publisher: string }>;
}

export interface DocumentFilter {
  publisher?: string;
  /** Published on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

// ------------------------------------------------------------------- actors

/** A reference to an actor inside other records. */
export interface ActorRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ActorSummary extends ActorRef {
  /** Knowledge-base id when the actor is a knowledge-base entry. */
  kbId?: string;
  /** Every other name seen for the actor, most frequent first. */
  aliases: string[];
  /** Documents that mention the actor. */
  documents: number;
  /** Claims (accepted or unreviewed) with the actor as subject or object. */
  claims: number;
}

/** A name of an actor and where it was seen. */
export interface AliasSeen {
  name: string;
  /** How the documents used it: name, acronym, alias, short, metonym, demonym, title. */
  how: string[];
  /** Ids of the documents that use the name (at most 20), and how many there are. */
  documents: string[];
  count: number;
}

/** Why two names are one actor: an automatic merge or an analyst's decision. */
export interface MergeRecord {
  /** The key that joined them: "kb:<id>" or "name:<class>:<normalised name>". */
  key: string;
  /** The name that carried the key, and the first document where it did. */
  via: string;
  document?: string;
  by: 'auto' | 'user';
  at: string;
}

export interface ActorDetail extends ActorSummary {
  names: AliasSeen[];
  roles: string[];
  merges: MergeRecord[];
}

export interface ActorFilter {
  type?: EntityType;
  /** Substring of any name or alias, any case. */
  name?: string;
  limit?: number;
  offset?: number;
}

// ------------------------------------------------------------------- claims

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

export interface ClaimFilter {
  /** Actor ids (resolve names first with `findActors`). */
  subject?: string;
  object?: string;
  /** Either end. */
  actor?: string;
  predicate?: Predicate;
  polarity?: Polarity;
  modality?: Modality;
  /** Publisher name (any case). */
  source?: string;
  /** Event date (or publication date when none) within [from, to]. */
  from?: string;
  to?: string;
  documentId?: string;
  /** Include claims an analyst rejected (default false). */
  includeRejected?: boolean;
  limit?: number;
  offset?: number;
}

// --------------------------------------------------------------- assertions

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

export type AssertionFilter = Omit<ClaimFilter, 'documentId' | 'limit' | 'offset'> & { limit?: number; minSources?: number };

export interface Contradiction {
  kind: 'polarity' | 'predicate';
  a: Assertion;
  b: Assertion;
  /** Why they clash, e.g. "ALLY_OF against HOSTILE_TO, both in 2023". */
  reason: string;
}

// ------------------------------------------------------------------ sources

export interface SourceInfo {
  name: string;
  /** Publisher (of documents) or actor (a person, body or report that claims are attributed to). */
  kind: 'publisher' | 'actor';
  grade?: AdmiraltyReliability;
  documents: number;
  claims: number;
  firstSeen?: string;
  lastSeen?: string;
}

// -------------------------------------------------------------------- graph

export interface GraphSelection {
  /** Actor ids to start from; none means the whole corpus. */
  actors?: string[];
  /** Hops from the start actors (default 1). */
  depth?: number;
  /** Event or publication dates within [from, to]. */
  from?: string;
  to?: string;
  predicates?: Predicate[];
  minSources?: number;
  includeRejected?: boolean;
}

export interface Graph {
  nodes: ActorSummary[];
  /** One edge per assertion, with its claims and quotes. */
  edges: Assertion[];
}

// ------------------------------------------------------------------- search

export interface SearchHit {
  kind: 'document' | 'quote';
  documentId: string;
  claimId?: string;
  title?: string;
  publisher: string;
  /** The matching text with the matched words in [brackets]. */
  snippet: string;
}

// ------------------------------------------------------------------- writes

export type PutResult = { status: 'stored'; claims: number; actors: number } | { status: 'duplicate' };

export interface ReviewTarget {
  kind: 'claim' | 'assertion';
  id: string;
}

export interface StoreStats {
  documents: number;
  actors: number;
  claims: number;
  publishers: number;
}

// ---------------------------------------------------------------- decisions

/** One analyst decision in the store's journal: `nexus history` lists them, `nexus undo` reverses one. */
export interface DecisionRecord {
  id: string;
  /** Order of the decisions in this store. */
  seq: number;
  kind: 'merge' | 'split' | 'review' | 'grade';
  /** What it did, in words ("merged ISWAP (a12...) into Boko Haram (a34...)"). */
  summary: string;
  at: string;
  undoneAt?: string;
  /** False for decisions recorded before the journal existed (no record of what to restore). */
  undoable: boolean;
}

/** What readers use. */
export interface StoreReader {
  stats(): Promise<StoreStats>;
  documents(filter?: DocumentFilter): Promise<StoredDocument[]>;
  document(id: string): Promise<(StoredDocument & { text: string }) | undefined>;
  actors(filter?: ActorFilter): Promise<ActorSummary[]>;
  /** Actors any of whose names or aliases equals `name`, any case. */
  findActors(name: string): Promise<ActorSummary[]>;
  actor(id: string): Promise<ActorDetail | undefined>;
  claims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  /** How many actors or claims a filter keeps, whatever its limit: "showing 50 of 804". */
  countActors(filter?: ActorFilter): Promise<number>;
  countClaims(filter?: ClaimFilter): Promise<number>;
  assertions(filter?: AssertionFilter): Promise<Assertion[]>;
  assertion(id: string): Promise<Assertion | undefined>;
  contradictions(filter?: { actor?: string }): Promise<Contradiction[]>;
  sources(): Promise<SourceInfo[]>;
  graph(selection?: GraphSelection): Promise<Graph>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
}

/** What `nexus ingest` and the analyst's decisions use. */
export interface StoreWriter {
  hasDocument(id: string): Promise<boolean>;
  /** Stores an extracted document in one transaction; a stored id is a duplicate (its source is kept as a copy). */
  putDocument(doc: NexusDocument): Promise<PutResult>;
  /** Re-extracted documents replace their entities and claims; decisions stay. */
  replaceDocument(doc: NexusDocument): Promise<PutResult>;
  /** Merges actor `from` into actor `into` (ids) and records the decision. */
  merge(into: string, from: string): Promise<void>;
  /** Takes a name away from an actor: documents that name it only so go to a new actor. Returns its id. */
  split(actor: string, alias: string): Promise<string>;
  gradeSource(name: string, grade: AdmiraltyReliability): Promise<void>;
  review(target: ReviewTarget, decision: ReviewDecision | 'clear'): Promise<void>;
  /** The journal of decisions, latest first (undone ones too unless `active`). */
  history(options?: { limit?: number; active?: boolean }): Promise<DecisionRecord[]>;
  /**
   * Reverses one decision (by id or unique id prefix; the latest not undone
   * when none is given) so that the store shows what it showed before it. A
   * later decision touching the same actors must be undone first.
   */
  undo(id?: string): Promise<DecisionRecord>;
}

export interface Store extends StoreReader, StoreWriter {
  /** "sqlite" or "postgres". */
  readonly kind: string;
  /** True for a store this process may only read: queries work, writes throw ReadOnlyStore. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}
