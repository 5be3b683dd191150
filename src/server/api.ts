/**
 * The JSON shapes of the HTTP API, shared with the web app (web/ imports
 * these types only). Store records pass through as they are; what is added
 * here is what a view needs and the store does not give directly.
 */
import type { Community } from '../analysis/index.js';
import type { EntityType, Modality, Polarity, Predicate } from '../core/index.js';
import type {
  ActorDetail, ActorRef, ActorSummary, AdmiraltyCredibility, Assertion, Contradiction, ReviewDecision, SearchHit, SourceInfo,
  StoreStats, StoredClaim, StoredDocument,
} from '../store/types.js';

export interface ApiError {
  error: { code: string; message: string; subject?: string };
}

export interface Meta {
  predicates: Predicate[];
  types: EntityType[];
  modalities: Modality[];
  /** True when requests that change data need the token. */
  tokenRequired: boolean;
  stats: StoreStats;
}

/** An edge of the graph view: an assertion without its claims (the edge panel fetches those). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  polarity: Polarity;
  independentSources: number;
  claims: number;
  documents: number;
  credibility: number;
  rating: AdmiraltyCredibility;
  modalities: Partial<Record<Modality, number>>;
  firstSeen?: string;
  lastSeen?: string;
  review?: ReviewDecision;
  /** Claims per date (event date, else publication date), for the timeline and its brush. */
  dates: Array<[string, number]>;
}

export interface GraphResponse {
  nodes: ActorSummary[];
  edges: GraphEdge[];
  /** Nodes left out to keep the graph readable (the strongest edges are kept). */
  truncated: number;
  /** Louvain communities of the nodes, largest first (the whole-corpus view draws these first). */
  communities: Community[];
}

/** One row of the claims table: a claim of an edge in view, flat. */
export interface ClaimRow {
  id: string;
  assertion: string;
  subject: ActorRef;
  predicate: Predicate;
  object: ActorRef;
  polarity: Polarity;
  modality: Modality;
  /** Event date, else publication date. */
  date?: string;
  /** Who asserts it: "author" or the cited source's name. */
  source: string;
  publisher: string;
  /** The edge's credibility score and Admiralty rating. */
  credibility: number;
  rating: AdmiraltyCredibility;
  review?: ReviewDecision;
  /** The decision on the whole edge, which the claim follows unless reviewed itself. */
  edgeReview?: ReviewDecision;
  quote: string;
  documentId: string;
  documentTitle?: string;
}

export interface ClaimRows {
  /** Rows matching the table's filters, before paging. */
  total: number;
  rows: ClaimRow[];
  /** Every matching claim (when asked for with ids=true) with its own decision: to select them all, and undo. */
  ids?: Array<{ id: string; review?: ReviewDecision }>;
}

export interface PathHop {
  edge: GraphEdge;
  subject: ActorRef;
  object: ActorRef;
  /** The best claims of the hop (most credible first), and how many more there are. */
  claims: ClaimView[];
  moreClaims: number;
}

export interface LinkPathView {
  actors: ActorRef[];
  /** Evidence-weighted length: each hop 1 + 2 x (1 - credibility). */
  length: number;
  hops: PathHop[];
  /** Every hop on one independent source; or the whole chain on one document (id and title) or one source. */
  singleSource: boolean;
  oneDocument?: DocumentRef;
  oneSource?: string[];
}

export interface PathsResponse {
  a: ActorRef;
  b: ActorRef;
  paths: LinkPathView[];
}

export interface ReviewItem {
  kind: 'claim' | 'assertion';
  id: string;
  decision: ReviewDecision | 'clear';
}

/** A quote in its sentence: the text before and after the quote within the sentence. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

export interface DocumentRef {
  id: string;
  title?: string;
  url?: string;
  path?: string;
  publisher: string;
  published?: string;
  /** Other places the same text was published (identical copies). */
  copies?: Array<{ publisher: string; url?: string }>;
}

export interface ClaimView extends StoredClaim {
  context: QuoteInContext;
  document: DocumentRef;
}

export interface AssertionView extends Omit<Assertion, 'claims'> {
  claims: ClaimView[];
  /** Claims that are copies of one report (one card each, see copyGroups). */
  copyGroups: CopyGroup[];
}

export interface CopyGroup {
  /** The claim shown (the earliest published), and every claim of the group, itself included. */
  lead: string;
  claims: string[];
  /** Documents the report appeared in (identical copies included), and their publishers. */
  copies: number;
  publishers: string[];
}

export interface ActorPage {
  actor: ActorDetail;
  /** Where each alias was seen: the documents, with titles. */
  documents: Record<string, DocumentRef>;
  /** Claims with the actor as subject (out) and as object (in), by predicate. */
  out: Record<string, ClaimView[]>;
  in: Record<string, ClaimView[]>;
  /** Every claim about the actor by event date (or publication date). */
  timeline: Array<{ date?: string; claim: ClaimView }>;
}

export interface MentionView {
  start: number;
  end: number;
  text: string;
  how: string;
  name: string;
  type: EntityType;
  /** The corpus actor, when one carries this name in this document. */
  actor?: ActorRef;
}

export interface DroppedView {
  start: number;
  end: number;
  reason: string;
  rule: string;
  of?: { start: number; end: number };
}

export interface DocumentView {
  document: StoredDocument;
  text: string;
  blocks: Array<{ start: number; end: number; kind: string }>;
  dropped: DroppedView[];
  mentions: MentionView[];
  claims: StoredClaim[];
  /** How mentions and dropped spans were found (see the README: the store keeps claims' spans only). */
  spansFrom: 'reanalysis';
}

export type JobItemStatus = 'stored' | 'duplicate' | 'failed';

export interface JobItem {
  label: string;
  status: JobItemStatus;
  documentId?: string;
  claims?: number;
  actors?: number;
  error?: { code: string; message: string };
}

export interface IngestJob {
  id: string;
  state: 'running' | 'done';
  /** Items known so far (a feed URL grows as it is read). */
  total: number;
  done: number;
  items: JobItem[];
  startedAt: string;
  finishedAt?: string;
}

export type { Community };
export type { ActorDetail, ActorRef, ActorSummary, Assertion, Contradiction, SearchHit, SourceInfo, StoredClaim, StoredDocument, StoreStats };
