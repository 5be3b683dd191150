/** The tables, as kysely sees them (see migrations.ts for the DDL). */
export interface Schema {
  nexus_migrations: { version: number; name: string; applied_at: string };
  documents: {
    id: string; path: string | null; url: string | null; title: string | null; publisher: string; published: string | null;
    author: string | null; ingested_at: string; chars: number; text: string; fingerprint: string;
  };
  document_copies: { document_id: string; location: string; publisher: string; seen_at: string };
  actors: { id: string; name: string; type: string; kb_id: string | null; created_at: string };
  /** Which key (kb id or normalised name) belongs to which actor, and how it got there: the merge records. */
  actor_keys: { key: string; actor_id: string; via: string; document_id: string | null; by: string; at: string };
  /** How many documents call the actor by each name and type: the display name is the most common. */
  actor_names: { actor_id: string; norm: string; name: string; type: string; docs: number };
  doc_entities: {
    document_id: string; local_id: string; actor_id: string; name: string; type: string; kb_id: string | null; roles: string;
  };
  doc_names: { document_id: string; local_id: string; norm: string; name: string; how: string };
  claims: {
    id: string; document_id: string; local_id: string; subject_local: string; object_local: string; attributed_local: string | null;
    predicate: string; polarity: string; modality: string; event_date: string | null; amount: string | null;
    place_local: string | null; recipient_local: string | null; role: string | null;
    quote_text: string; quote_start: number; quote_end: number; more: string; rule: string; confidence: number; signature: string;
  };
  /** Names an analyst split off an actor: "<type class>:<normalised name>". */
  split_names: { norm: string; actor_id: string; at: string };
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
