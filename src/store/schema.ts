/**
 * The tables, as kysely sees them (see ddl.ts for the DDL). Documents have an
 * internal number `n` that rows of the document point to (smaller than its
 * 64-character content id); it never leaves the store, so it may depend on
 * arrival order while nothing visible does.
 *
 * Two kinds of rows: a document's own (documents, document_copies,
 * doc_entities, claims, pending), which writers insert side by side without
 * touching one another's, and the corpus's (keys, actors, actor_names,
 * actor_main, key_edges), which only the resolver writes (src/store/resolve.ts),
 * one at a time, from the documents' rows.
 */
import type { Generated } from 'kysely';

export interface Schema {
  nexus_migrations: { version: number; name: string; applied_at: string };
  documents: {
    n: Generated<number>; id: string; path: string | null; url: string | null; title: string | null; publisher: string; published: string | null;
    author: string | null; ingested_at: string; chars: number; text: string; fingerprint: string;
  };
  document_copies: { doc: number; location: string; publisher: string; seen_at: string };
  /** A document's entity: its root merge key (which actor it is), names beyond its main one as JSON [[name, how], ...]. */
  doc_entities: {
    doc: number; local: string; key: string; name: string; type: string; kb_id: string | null; roles: string | null; names: string | null;
  };
  /** Merge keys of a document's entity beyond its root key (acronyms and aliases that join it to others). */
  doc_keys: { doc: number; local: string; key: string };
  /** Quote text only when offsets into the document's text cannot give it back (characters outside the BMP); else null. */
  claims: {
    doc: number; local: string; seq: number; subject: string; object: string; attributed: string | null;
    predicate: string; polarity: string; modality: string; event_date: string | null; amount: string | null;
    place: string | null; recipient: string | null; role: string | null;
    quote: string | null; quote_start: number; quote_end: number; more: string | null; rule: string; confidence: number; signature: string;
  };
  /** Documents stored but not yet folded into the corpus's actors by the resolver. */
  pending: { doc: number };
  /** Which actor each merge key belongs to; `id` is the key's own content-derived id (an actor named after it has it). */
  keys: { key: string; id: string; actor: string };
  /** `root` is the key the actor is named after (its id is the root's id). */
  actors: { id: string; root: string; name: string; type: string; kb_id: string | null; documents: number; claims: number };
  /** Every name of an actor (any use), in how many documents. */
  actor_names: { actor: string; norm: string; name: string; docs: number };
  /** Main names and types of an actor's entities, in how many documents: the display name is the most common. */
  actor_main: { actor: string; norm: string; type: string; name: string; docs: number };
  /** Claims between the root keys of two entities, by predicate and polarity: the edges `path` walks. */
  key_edges: { skey: string; okey: string; predicate: string; polarity: string; claims: number };
  /** Analysts' merges: actor `b` joins actor `a` (ids as they were, resolved through `keys.id`). */
  merge_links: { a: string; b: string; at: string };
  /** Names an analyst split off an actor: "<type class>:<normalised name>". */
  split_names: { norm: string; at: string };
  source_grades: { norm: string; name: string; grade: string; at: string };
  claim_reviews: { signature: string; decision: string; at: string };
  assertion_reviews: { subject_id: string; predicate: string; object_id: string; polarity: string; decision: string; at: string };
  /**
   * The analyst's decisions, in order (`seq`): what each did (`summary`), the
   * actors it touched (JSON array), what restores the state before it (`undo`,
   * JSON, see undo.ts), and when it was undone. Rows from before version 3 have
   * no seq or undo.
   */
  decisions: {
    id: string; kind: string; subject: string; detail: string; at: string;
    seq: number | null; summary: string | null; actors: string | null; undo: string | null; undone_at: string | null;
  };
}
