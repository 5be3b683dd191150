import { sql, type Kysely } from 'kysely';
import { toLean } from './migrate-lean.js';
import type { Schema } from './schema.js';

export type SqlKind = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<Schema>, kind: SqlKind): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

async function core(db: Db): Promise<void> {
  const text = 'text';
  await db.schema.createTable('documents')
    .addColumn('id', text, (c) => c.primaryKey()).addColumn('path', text).addColumn('url', text).addColumn('title', text)
    .addColumn('publisher', text, (c) => c.notNull()).addColumn('published', text).addColumn('author', text)
    .addColumn('ingested_at', text, (c) => c.notNull()).addColumn('chars', 'integer', (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull()).addColumn('fingerprint', text, (c) => c.notNull()).execute();
  await db.schema.createIndex('documents_publisher').on('documents').column('publisher').execute();
  await db.schema.createTable('document_copies')
    .addColumn('document_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade')).addColumn('location', text, (c) => c.notNull())
    .addColumn('publisher', text, (c) => c.notNull()).addColumn('seen_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('document_copies_pk', ['document_id', 'location']).execute();
  await db.schema.createTable('actors')
    .addColumn('id', text, (c) => c.primaryKey()).addColumn('name', text, (c) => c.notNull()).addColumn('type', text, (c) => c.notNull())
    .addColumn('kb_id', text).addColumn('created_at', text, (c) => c.notNull()).execute();
  await db.schema.createIndex('actors_kb').on('actors').column('kb_id').execute();
  await db.schema.createTable('actor_keys')
    .addColumn('key', text, (c) => c.primaryKey()).addColumn('actor_id', text, (c) => c.notNull())
    .addColumn('via', text, (c) => c.notNull()).addColumn('document_id', text).addColumn('by', text, (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull()).execute();
  await db.schema.createIndex('actor_keys_actor').on('actor_keys').column('actor_id').execute();
  await db.schema.createTable('actor_names')
    .addColumn('actor_id', text, (c) => c.notNull()).addColumn('norm', text, (c) => c.notNull()).addColumn('name', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull()).addColumn('docs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_names_pk', ['actor_id', 'norm', 'type']).execute();
  await db.schema.createTable('doc_entities')
    .addColumn('document_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade')).addColumn('local_id', text, (c) => c.notNull())
    .addColumn('actor_id', text, (c) => c.notNull()).addColumn('name', text, (c) => c.notNull()).addColumn('type', text, (c) => c.notNull())
    .addColumn('kb_id', text).addColumn('roles', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_entities_pk', ['document_id', 'local_id']).execute();
  await db.schema.createIndex('doc_entities_actor').on('doc_entities').column('actor_id').execute();
  await db.schema.createTable('doc_names')
    .addColumn('document_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade')).addColumn('local_id', text, (c) => c.notNull())
    .addColumn('norm', text, (c) => c.notNull()).addColumn('name', text, (c) => c.notNull()).addColumn('how', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_names_pk', ['document_id', 'local_id', 'norm']).execute();
  await db.schema.createIndex('doc_names_norm').on('doc_names').column('norm').execute();
  await db.schema.createTable('claims')
    .addColumn('id', text, (c) => c.primaryKey()).addColumn('document_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('local_id', text, (c) => c.notNull()).addColumn('subject_local', text, (c) => c.notNull()).addColumn('object_local', text, (c) => c.notNull())
    .addColumn('attributed_local', text).addColumn('predicate', text, (c) => c.notNull()).addColumn('polarity', text, (c) => c.notNull())
    .addColumn('modality', text, (c) => c.notNull()).addColumn('event_date', text).addColumn('amount', text).addColumn('place_local', text)
    .addColumn('recipient_local', text).addColumn('role', text).addColumn('quote_text', text, (c) => c.notNull())
    .addColumn('quote_start', 'integer', (c) => c.notNull()).addColumn('quote_end', 'integer', (c) => c.notNull())
    .addColumn('more', text, (c) => c.notNull()).addColumn('rule', text, (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull()).addColumn('signature', text, (c) => c.notNull()).execute();
  await db.schema.createIndex('claims_subject').on('claims').columns(['document_id', 'subject_local']).execute();
  await db.schema.createIndex('claims_object').on('claims').columns(['document_id', 'object_local']).execute();
  await db.schema.createIndex('claims_predicate').on('claims').column('predicate').execute();
  await db.schema.createTable('split_names')
    .addColumn('norm', text, (c) => c.primaryKey()).addColumn('actor_id', text, (c) => c.notNull()).addColumn('at', text, (c) => c.notNull()).execute();
  await db.schema.createTable('source_grades')
    .addColumn('norm', text, (c) => c.primaryKey()).addColumn('name', text, (c) => c.notNull())
    .addColumn('grade', text, (c) => c.notNull()).addColumn('at', text, (c) => c.notNull()).execute();
  await db.schema.createTable('claim_reviews')
    .addColumn('signature', text, (c) => c.primaryKey()).addColumn('decision', text, (c) => c.notNull()).addColumn('at', text, (c) => c.notNull()).execute();
  await db.schema.createTable('assertion_reviews')
    .addColumn('subject_id', text, (c) => c.notNull()).addColumn('predicate', text, (c) => c.notNull()).addColumn('object_id', text, (c) => c.notNull())
    .addColumn('polarity', text, (c) => c.notNull()).addColumn('decision', text, (c) => c.notNull()).addColumn('at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('assertion_reviews_pk', ['subject_id', 'predicate', 'object_id', 'polarity']).execute();
  await db.schema.createTable('decisions')
    .addColumn('id', text, (c) => c.primaryKey()).addColumn('kind', text, (c) => c.notNull()).addColumn('subject', text, (c) => c.notNull())
    .addColumn('detail', text, (c) => c.notNull()).addColumn('at', text, (c) => c.notNull()).execute();
}

/** Full-text search: FTS5 in SQLite, a tsvector GIN index in PostgreSQL. */
async function search(db: Db, kind: SqlKind): Promise<void> {
  if (kind === 'sqlite') {
    await sql`create virtual table search_fts using fts5(document_id unindexed, claim_id unindexed, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  } else {
    await sql`create table search_index (document_id text not null references documents(id) on delete cascade, claim_id text, body text not null)`.execute(db);
    await sql`create index search_index_tsv on search_index using gin (to_tsvector('english', body))`.execute(db);
    await sql`create index search_index_doc on search_index (document_id)`.execute(db);
  }
}

/** Decisions become a journal that `nexus undo` reads: an order, the actors touched, what to restore, when undone. */
async function journal(db: Db): Promise<void> {
  for (const [column, type] of [['seq', 'integer'], ['summary', 'text'], ['actors', 'text'], ['undo', 'text'], ['undone_at', 'text']] as const) {
    await db.schema.alterTable('decisions').addColumn(column, type).execute();
  }
  await db.schema.createIndex('decisions_seq').on('decisions').column('seq').execute();
}

/** Versioned migrations; append, never edit one that has shipped. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'documents, actors, claims, decisions', up: (db) => core(db) },
  { version: 2, name: 'full-text search', up: (db, kind) => search(db, kind) },
  { version: 3, name: 'decisions journal (undo, history)', up: (db) => journal(db) },
  { version: 4, name: 'lean store, content-derived actor ids, resolver', up: (db, kind) => toLean(db, kind) },
];
