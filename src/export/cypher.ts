import { PREDICATES } from '../core/index.js';
import type { StoredClaim } from '../store/index.js';
import { cypherLiteral, type CypherValue } from './cypher-literal.js';
import { describeScope } from './select.js';
import type { ExportContext, Selection } from './types.js';

type Row = { [key: string]: CypherValue };
const BATCH = 200;

/** Unique keys: every MERGE of a node matches on one of these, so a second load finds what the first made. */
export const CYPHER_CONSTRAINTS: Array<[label: string, key: string]> = [
  ['Actor', 'id'], ['Document', 'id'], ['Quote', 'id'], ['Claim', 'id'], ['Source', 'name'],
];

/** One UNWIND statement per batch of rows: fast to load, and each statement stays a readable size. */
function unwind(rows: Row[], body: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(`UNWIND [\n  ${rows.slice(i, i + BATCH).map(cypherLiteral).join(',\n  ')}\n] AS row\n${body};`);
  return out;
}

const quotes = (c: StoredClaim) => [c.quote, ...c.more].map((q, i) => ({ id: `${c.id}#${i}`, props: { text: q.text, start: q.start, end: q.end, main: i === 0 } }));

/** The projection's relationship type for an assertion: the predicate, or NOT_<predicate> for a denial, so that a query for FUNDS never returns a denial. */
export const projectionType = (predicate: string, polarity: string) => (polarity === 'negative' ? `NOT_${predicate}` : predicate);

/**
 * A Cypher script that loads the selection into Neo4j: Actor, Source,
 * Document, Claim and Quote nodes (claims reified, each tied to its quotes,
 * document, subject, object and the actor it is attributed to) and a
 * derived actor-to-actor projection, one relationship per assertion. Every
 * node is MERGEd on a constrained key and every relationship between bound
 * nodes, and properties are SET, so loading the script twice changes nothing.
 */
export function toCypher(sel: Selection, ctx: ExportContext): string {
  const actors: Row[] = [...sel.actors, ...sel.cited].map((a) => ({ id: a.id, props: { id: a.id, name: a.name, type: a.type, kb_id: a.kbId, aliases: a.aliases, documents: a.documents, claims: a.claims } }));
  const publishers = new Set(sel.documents.map((d) => d.publisher));
  const sources: Row[] = sel.sources.filter((s) => s.kind === 'publisher' && publishers.has(s.name))
    .map((s) => ({ name: s.name, props: { name: s.name, grade: s.grade, documents: s.documents, claims: s.claims } }));
  const documents: Row[] = sel.documents.map((d) => ({
    id: d.id, publisher: d.publisher,
    props: { id: d.id, title: d.title, url: d.url, path: d.path, publisher: d.publisher, published: d.published, author: d.author, chars: d.chars, ingested_at: d.ingestedAt },
  }));
  const claims: Row[] = sel.claims.map((c) => ({
    id: c.id, document: c.documentId, subject: c.subject.id, object: c.object.id, quotes: quotes(c),
    props: {
      id: c.id, predicate: c.predicate, polarity: c.polarity, modality: c.modality, attributed_to: c.attributedTo === 'author' ? 'author' : c.attributedTo.name,
      event_date: c.eventDate, amount: c.amount?.value, currency: c.amount?.currency, role: c.role, rule: c.rule, confidence: c.confidence,
      publisher: c.publisher, published: c.published, review: c.review,
    },
  }));
  const links = (kind: 'attributed' | 'place' | 'recipient') => sel.claims.flatMap((c): Row[] => {
    const ref = kind === 'attributed' ? (c.attributedTo === 'author' ? undefined : c.attributedTo) : kind === 'place' ? c.place : c.recipient;
    return ref ? [{ claim: c.id, actor: ref.id }] : [];
  });
  const statements = [
    `// nexus evidence graph: ${describeScope(sel.scope)}; exported ${ctx.clock().toISOString()}.`,
    '// Load with `cypher-shell -f FILE` (or paste into Neo4j Browser). Loading it again changes nothing.',
    ...CYPHER_CONSTRAINTS.map(([label, key]) => `CREATE CONSTRAINT nexus_${label.toLowerCase()}_${key} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE;`),
    '// Actors',
    ...unwind(actors, 'MERGE (a:Actor {id: row.id})\nSET a += row.props'),
    '// Sources: the publishers of the documents',
    ...unwind(sources, 'MERGE (s:Source {name: row.name})\nSET s += row.props'),
    '// Documents',
    ...unwind(documents, 'MERGE (d:Document {id: row.id})\nSET d += row.props\nMERGE (s:Source {name: row.publisher})\nMERGE (d)-[:PUBLISHED_BY]->(s)'),
    '// Claims, reified: each with its subject, object, document and quotes',
    ...unwind(claims, [
      'MATCH (d:Document {id: row.document}), (s:Actor {id: row.subject}), (o:Actor {id: row.object})',
      'MERGE (c:Claim {id: row.id})', 'SET c += row.props',
      'MERGE (c)-[:SUBJECT]->(s)', 'MERGE (c)-[:OBJECT]->(o)', 'MERGE (c)-[:STATED_IN]->(d)',
      'WITH c, d, row', 'UNWIND row.quotes AS quote',
      'MERGE (q:Quote {id: quote.id})', 'SET q += quote.props', 'MERGE (c)-[:EVIDENCED_BY]->(q)', 'MERGE (q)-[:QUOTED_FROM]->(d)',
    ].join('\n')),
    '// Who each claim is attributed to, where it holds, who received what was handed over',
    ...unwind(links('attributed'), 'MATCH (c:Claim {id: row.claim}), (a:Actor {id: row.actor})\nMERGE (c)-[:ATTRIBUTED_TO]->(a)'),
    ...unwind(links('place'), 'MATCH (c:Claim {id: row.claim}), (a:Actor {id: row.actor})\nMERGE (c)-[:AT_PLACE]->(a)'),
    ...unwind(links('recipient'), 'MATCH (c:Claim {id: row.claim}), (a:Actor {id: row.actor})\nMERGE (c)-[:RECIPIENT]->(a)'),
    '// Derived actor-to-actor projection: one relationship per assertion, typed by its predicate',
    ...projection(sel),
  ];
  return `${statements.join('\n')}\n`;
}

function projection(sel: Selection): string[] {
  return PREDICATES.flatMap((p) => (['positive', 'negative'] as const).flatMap((polarity) => {
    const rows: Row[] = sel.assertions.filter((a) => a.predicate === p && a.polarity === polarity).map((a) => ({
      id: a.id, subject: a.subject.id, object: a.object.id,
      props: {
        assertion: a.id, polarity: a.polarity, claims: a.claims.length, documents: a.documents.length, independent_sources: a.independentSources,
        sources: a.sources.map((s) => s.publishers.join(' = ')), credibility: a.credibility.score, admiralty: a.credibility.rating,
        first_seen: a.firstSeen, last_seen: a.lastSeen, event_dates: a.eventDates,
      },
    }));
    return unwind(rows, `MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object})\nMERGE (s)-[r:${projectionType(p, polarity)} {assertion: row.id}]->(o)\nSET r += row.props`);
  }));
}
