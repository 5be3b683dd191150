/**
 * The JSON shapes of the HTTP API, shared with the web app (web/ imports
 * these types only). Store records pass through as they are; what is added
 * here is what a view needs and the store does not give directly.
 */
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
}

export interface GraphResponse {
  nodes: ActorSummary[];
  edges: GraphEdge[];
  /** Nodes left out to keep the graph readable (the strongest edges are kept). */
  truncated: number;
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
}

export interface ClaimView extends StoredClaim {
  context: QuoteInContext;
  document: DocumentRef;
}

export interface AssertionView extends Omit<Assertion, 'claims'> {
  claims: ClaimView[];
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

export type { ActorDetail, ActorSummary, Assertion, Contradiction, SearchHit, SourceInfo, StoredClaim, StoredDocument, StoreStats };
