/**
 * A small corpus written for the export and report tests: three publishers
 * on armed groups in central Mali (a claim stated by two of them, its
 * denial by a third, a member of a group, a base, dated events) and a
 * syndicated copy of one article under another masthead.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type Clock } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { extract } from '../pipeline/index.js';
import { testModel } from './model.js';
import { buildAssertions } from '../corpus/index.js';
import type { Selection } from '../export/index.js';
import { openStore, type ActorRef, type ActorSummary, type Store, type StoredClaim, type StoredDocument } from '../store/index.js';

export interface Dispatch {
  name: string;
  title: string;
  publisher: string;
  published: string;
  body: string;
}

const LEDGER_BODY = `JNIM has funded the Katiba Serma militia since 2022, local officials said on Tuesday. The officials said JNIM also sheltered Katiba Serma fighters near Douentza.

Malian troops arrested two JNIM members in Sevare last week, the army said.`;

export const MALI: Dispatch[] = [
  {
    name: 'gao-attack', title: 'JNIM attacks army post near Gao', publisher: 'Sahel Desk', published: '2024-02-10',
    body: `Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a Malian army post near Gao on Friday, the Malian army said in a statement.

JNIM commander Hamadou Sangare said the group had received weapons from the Islamic State in the Greater Sahara. Security sources said JNIM has been funding the Katiba Serma militia since 2022.

The group runs camps in the Mopti region, according to the United Nations.`,
  },
  { name: 'serma-funding', title: 'Militia funding in central Mali', publisher: 'Bamako Ledger', published: '2024-03-02', body: LEDGER_BODY },
  {
    name: 'serma-denial', title: 'Katiba Serma says JNIM gave it nothing', publisher: 'Niger River Wire', published: '2024-03-15',
    body: `A spokesman for Katiba Serma said the militia had never received money from JNIM. Katiba Serma fighters attacked JNIM positions near Boni in January 2022, residents said.

Hamadou Sangare, a commander of JNIM, accused Katiba Serma of treason in an audio message.`,
  },
];

/** The Bamako Ledger story as another outlet ran it: a near-duplicate, so not an independent source. */
export const SYNDICATED: Dispatch = {
  name: 'serma-funding-copy', title: 'Officials: JNIM bankrolls Katiba Serma', publisher: 'Mopti Courier', published: '2024-03-03',
  body: `${LEDGER_BODY}\n\nThis report was first published by the Bamako Ledger.`,
};

export const FIXED_CLOCK: Clock = () => new Date('2026-01-15T12:00:00.000Z');

let kb: KnowledgeBase | undefined;
/** The bundled knowledge base, loaded once per test process (it is read-only). */
export function testKb(): KnowledgeBase {
  kb ??= loadKnowledgeBase();
  return kb;
}

export function dispatchText(d: Dispatch): string {
  return `date ${d.published}\n\n${d.title}\n\n${d.body}\n\n© ${d.published.slice(0, 4)} ${d.publisher}. All rights reserved.\n`;
}

/** A fresh SQLite store in a temporary folder holding the given dispatches. */
export async function exportCorpus(dispatches: Dispatch[] = [...MALI, SYNDICATED]): Promise<{ store: Store; dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-export-'));
  const db = join(dir, 'corpus.db');
  const store = await openStore(db, FIXED_CLOCK);
  const ctx = { kb: testKb(), nlp: testModel(), clock: FIXED_CLOCK, logger: silentLogger };
  for (const d of dispatches) {
    await store.putDocument(extract(documentFromText(dispatchText(d), { path: `${d.name}.txt`, title: d.title, publisher: d.publisher }), ctx));
  }
  return { store, dir, db };
}

/** Tricky text for escaping tests: markup, quotes, an ampersand, a pipe, a line break, a control character. */
export const NASTY = `<script>alert("x")</script> & 'quoted' | a|b\nline\u0007`;

/**
 * A selection made by hand (no extraction): two actors with names that need
 * escaping, a symmetric ALLY_OF assertion stated by two publishers, and a
 * denial, for tests of how writers escape and encode.
 */
export function handSelection(): Selection {
  const group: ActorSummary = { id: 'a1', name: `Front <Uni> & "Sons"`, type: 'ArmedGroup', aliases: ['FUS', NASTY], documents: 2, claims: 3 };
  const state: ActorSummary = { id: 'a2', name: "Republic of O'Land", type: 'StateBody', aliases: [], documents: 2, claims: 3 };
  const doc = (id: string, publisher: string, published: string, title: string): StoredDocument =>
    ({ id, publisher, published, title, ingestedAt: '2026-01-01T00:00:00.000Z', chars: 100, copies: [], url: `https://example.org/${id}` });
  const documents = [doc('d1', 'Paper, "One"', '2023-05-01', NASTY), doc('d2', 'Paper <Two>', '2023-06-10', 'Talks resume')];
  const ref = (a: ActorSummary): ActorRef => ({ id: a.id, name: a.name, type: a.type });
  const claim = (id: string, documentId: string, p: Partial<StoredClaim>): StoredClaim => ({
    id, documentId, subject: ref(group), predicate: 'ALLY_OF', object: ref(state), polarity: 'positive', modality: 'asserted', attributedTo: 'author',
    quote: { text: NASTY, start: 0, end: NASTY.length }, more: [], publisher: documents.find((d) => d.id === documentId)!.publisher,
    published: documents.find((d) => d.id === documentId)!.published, rule: 'hand', confidence: 0.9, ...p,
  });
  const claims = [
    claim('d1:c1', 'd1', { eventDate: '2023-04' }),
    claim('d2:c1', 'd2', { eventDate: '2023-06-09', modality: 'reported', attributedTo: ref(state) }),
    claim('d2:c2', 'd2', { predicate: 'FUNDS', polarity: 'negative', subject: ref(state), object: ref(group), modality: 'reported', attributedTo: ref(state) }),
  ];
  const info = new Map(documents.map((d) => [d.id, { id: d.id, publisher: d.publisher, published: d.published, ingestedAt: d.ingestedAt, fingerprint: d.id === 'd1' ? '0'.repeat(16) : 'f'.repeat(16) }]));
  const assertions = buildAssertions(claims, { docs: info, gradeOf: (c) => ({ who: c.publisher }), reviews: new Map() });
  return {
    scope: { actors: [], depth: 1 }, actors: [group, state], cited: [], assertions, claims, documents, contradictions: [],
    sources: documents.map((d) => ({ name: d.publisher, kind: 'publisher' as const, documents: 1, claims: 2 })), armedMembers: new Set(), details: new Map(),
  };
}
