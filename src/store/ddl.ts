import type { SqlKind } from './migrations.js';

/**
 * The lean schema (version 3), written per engine because what makes it lean
 * differs: SQLite keeps tables clustered on their keys (WITHOUT ROWID, so a
 * primary key is not stored twice) and indexes the text from the documents
 * table itself (external-content FTS5), PostgreSQL compares text in code-unit
 * order (COLLATE "C", as SQLite and JavaScript do, so that both engines list
 * things in the same order) and indexes the text with expression GIN indexes.
 */
export function leanSchema(kind: SqlKind): string[] {
  const pg = kind === 'postgres';
  const t = pg ? 'text collate "C"' : 'text';
  const clustered = pg ? '' : ' without rowid';
  return [
    `create table documents (n ${pg ? 'bigint generated always as identity primary key' : 'integer primary key'}, id ${t} not null unique,
      path ${t}, url ${t}, title ${t}, publisher ${t} not null, published ${t}, author ${t}, ingested_at ${t} not null,
      chars integer not null, text ${t} not null, fingerprint ${t} not null)`,
    'create index documents_publisher on documents (publisher)',
    'create index documents_published on documents (published)',
    `create table document_copies (doc bigint not null references documents (n) on delete cascade, location ${t} not null,
      publisher ${t} not null, seen_at ${t} not null, primary key (doc, location))${clustered}`,
    `create table doc_entities (doc bigint not null references documents (n) on delete cascade, local ${t} not null, key ${t} not null,
      name ${t} not null, type ${t} not null, kb_id ${t}, roles ${t}, names ${t}, primary key (doc, local))${clustered}`,
    'create index doc_entities_key on doc_entities (key)',
    `create table doc_keys (doc bigint not null references documents (n) on delete cascade, local ${t} not null, key ${t} not null,
      primary key (doc, local, key))${clustered}`,
    'create index doc_keys_key on doc_keys (key)',
    `create table claims (doc bigint not null references documents (n) on delete cascade, local ${t} not null, seq integer not null,
      subject ${t} not null, object ${t} not null, attributed ${t}, predicate ${t} not null, polarity ${t} not null, modality ${t} not null,
      event_date ${t}, amount ${t}, place ${t}, recipient ${t}, role ${t}, quote ${t}, quote_start integer not null, quote_end integer not null,
      more ${t}, rule ${t} not null, confidence double precision not null, signature ${t} not null, primary key (doc, local))${clustered}`,
    `create table pending (doc bigint primary key references documents (n) on delete cascade)${clustered}`,
    `create table keys (key ${t} primary key, id ${t} not null, actor ${t} not null)${clustered}`,
    'create index keys_actor on keys (actor)',
    'create index keys_id on keys (id)',
    `create table actors (id ${t} primary key, root ${t} not null, name ${t} not null, type ${t} not null, kb_id ${t},
      documents integer not null, claims integer not null)${clustered}`,
    'create index actors_documents on actors (documents desc, name, id)',
    `create table actor_names (actor ${t} not null, norm ${t} not null, name ${t} not null, docs integer not null, primary key (actor, norm))${clustered}`,
    'create index actor_names_norm on actor_names (norm)',
    `create table actor_main (actor ${t} not null, norm ${t} not null, type ${t} not null, name ${t} not null, docs integer not null,
      primary key (actor, norm, type))${clustered}`,
    `create table key_edges (skey ${t} not null, okey ${t} not null, predicate ${t} not null, polarity ${t} not null, claims integer not null,
      primary key (skey, okey, predicate, polarity))${clustered}`,
    'create index key_edges_object on key_edges (okey)',
    `create table merge_links (a ${t} not null, b ${t} not null, at ${t} not null, primary key (a, b))${clustered}`,
    `create table split_names (norm ${t} primary key, at ${t} not null)${clustered}`,
    ...(pg ? [
      `create index documents_search on documents using gin (to_tsvector('english', coalesce(title, '') || ' ' || text))`,
    ] : [
      `create virtual table docs_fts using fts5(title, text, content='documents', content_rowid='n', tokenize = 'porter unicode61 remove_diacritics 2')`,
      `create virtual table quotes_fts using fts5(body, content='', contentless_delete=1, tokenize = 'porter unicode61 remove_diacritics 2')`,
    ]),
  ];
}

/** Tables of version 1 that version 3 keeps as they are: grades, reviews and the decision log. */
export const KEPT_TABLES = ['source_grades', 'claim_reviews', 'assertion_reviews', 'decisions'];
/** Tables of versions 1 and 2 that version 3 replaces (their rows are carried over first). */
export const OLD_TABLES = ['search_fts', 'search_index', 'claims', 'doc_names', 'doc_entities', 'actor_names', 'actor_keys', 'actors', 'split_names', 'document_copies', 'documents'];
