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
import type { ActorRef, AdmiraltyReliability, Assertion, Contradiction, ReviewDecision, StoredClaim } from '../corpus/types.js';
import type { EvidencePath } from '../corpus/path.js';

export type * from '../corpus/types.js';
export type { EvidencePath } from '../corpus/path.js';

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

export type AssertionFilter = Omit<ClaimFilter, 'documentId' | 'limit' | 'offset'> & { limit?: number; minSources?: number };

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

// -------------------------------------------------------------------- paths

export interface PathOptions {
  /** At most this many paths (default 5). */
  limit?: number;
  /** Longest path in hops (default 5). */
  maxHops?: number;
  /** Also paths this many hops longer than the shortest (default 1). */
  slack?: number;
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
  /**
   * How two actors are connected: the evidence paths between them, shortest
   * first, then the best supported, each hop with the assertion behind it.
   * Searched in the database from both ends at once over the stored edges,
   * reading only the neighbourhoods it needs (see PathOptions).
   */
  paths(from: string, to: string, options?: PathOptions): Promise<EvidencePath[]>;
  /** How many claims a filter matches (whatever its limit). */
  countClaims(filter?: ClaimFilter): Promise<number>;
  /** How many actors a filter matches (whatever its limit). */
  countActors(filter?: ActorFilter): Promise<number>;
}

/** What `nexus ingest` and the analyst's decisions use. */
export interface StoreWriter {
  hasDocument(id: string): Promise<boolean>;
  /** Stores an extracted document in one transaction; a stored id is a duplicate (its source is kept as a copy). */
  putDocument(doc: NexusDocument): Promise<PutResult>;
  /**
   * Stores many extracted documents in one transaction, without folding them
   * into the actors yet (call `resolve`): what a batch of a parallel ingest
   * or a queue worker does. Results are in the order of `docs`.
   */
  putDocuments(docs: NexusDocument[]): Promise<PutResult[]>;
  /**
   * Folds stored documents into the actors (one process at a time does it).
   * With `wait` false, returns at once when another process is at it (that
   * one, or the next call, does the work). Returns how many documents it folded.
   */
  resolve(options?: { wait?: boolean }): Promise<number>;
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
