import { NexusDocument, type Block, type Claim, type Dropped, type Entity, type InputFormat, type Mention, type Message, type RoleLink, type SourceMeta } from '../core/index.js';

/**
 * A cleaned document as plain data: what crosses to an extraction thread or
 * into a queue job (JSON), and comes back as the same document. Only what
 * cleaning made goes over; extraction redoes the rest from it.
 */
export interface CleanDocument {
  id: string;
  text: string;
  format: InputFormat;
  encoding: string;
  source: SourceMeta;
  blocks: Block[];
  dropped: Dropped[];
  messages: Message[];
}

/** What extraction adds to a document, as plain data. */
export interface Extraction {
  entities: Entity[];
  mentions: Mention[];
  claims: Claim[];
  roles: RoleLink[];
  messages: Message[];
}

export function toClean(doc: NexusDocument): CleanDocument {
  return { id: doc.id, text: doc.text, format: doc.format, encoding: doc.encoding, source: doc.source, blocks: doc.blocks, dropped: doc.dropped, messages: doc.messages };
}

export function fromClean(c: CleanDocument): NexusDocument {
  const doc = new NexusDocument(c.text, c.format, c.encoding, c.source);
  doc.id = c.id;
  doc.blocks = c.blocks;
  doc.dropped = c.dropped;
  doc.messages = [...c.messages];
  return doc;
}

export function toExtraction(doc: NexusDocument): Extraction {
  return { entities: doc.entities, mentions: doc.mentions, claims: doc.claims, roles: doc.roles, messages: doc.messages };
}

/** The document with what extraction found in it (tokens and sentences stay behind: storing does not need them). */
export function withExtraction(doc: NexusDocument, x: Extraction): NexusDocument {
  doc.entities = x.entities;
  doc.mentions = x.mentions;
  doc.claims = x.claims;
  doc.roles = x.roles;
  doc.messages = x.messages;
  return doc;
}
