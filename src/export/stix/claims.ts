import { dateInterval } from '../../corpus/index.js';
import type { Assertion, StoredClaim, StoredDocument } from '../../store/index.js';
import type { GradeOf } from '../../corpus/index.js';
import { claimCredibility } from '../grades.js';
import { compact, list, type StixObject } from './actors.js';
import { nexusId } from './ids.js';
import { ADMIRALTY_CONFIDENCE, PREDICATE_PHRASE, RELATIONSHIP_TYPE } from './vocab.js';

/** How a claim or assertion reads in a description: "JNIM funds Katiba Serma". */
export function phrase(x: Pick<Assertion, 'subject' | 'predicate' | 'object' | 'polarity'>): string {
  return `${x.subject.name} ${PREDICATE_PHRASE[x.predicate][x.polarity === 'positive' ? 0 : 1]} ${x.object.name}`;
}

/** The days the event dates of an assertion cover, as STIX start and stop times; none when the text dates nothing. */
function eventTimes(a: Assertion): { start_time?: string; stop_time?: string } {
  if (!a.eventDates.length) return {};
  const spans = a.eventDates.map(dateInterval);
  const start = spans.map((s) => s[0]).sort()[0];
  const stop = spans.map((s) => s[1]).sort().reverse()[0];
  return { start_time: `${start}T00:00:00.000Z`, stop_time: `${stop}T23:59:59.999Z` };
}

/** One relationship for a positive assertion (every claim that states it, across documents), with its Admiralty confidence. */
export function relationshipObject(a: Assertion, source: string, target: string, stamp: string): StixObject {
  const relationshipType = RELATIONSHIP_TYPE[a.predicate];
  const groups = a.sources.map((s) => s.publishers.join(' = '));
  return compact({
    type: 'relationship', spec_version: '2.1',
    id: nexusId('relationship', { relationship_type: relationshipType, source_ref: source, target_ref: target, x_nexus_predicate: a.predicate }),
    created: stamp, modified: stamp, relationship_type: relationshipType, source_ref: source, target_ref: target,
    description: `${phrase(a)} (${a.predicate}): ${a.claims.length} claim${a.claims.length === 1 ? '' : 's'} in ${a.documents.length} document${a.documents.length === 1 ? '' : 's'}, ` +
      `${a.independentSources} independent source${a.independentSources === 1 ? '' : 's'} (${groups.join('; ')}). Credibility: ${a.credibility.steps.join('; ')}.`,
    confidence: ADMIRALTY_CONFIDENCE[a.credibility.rating], ...eventTimes(a),
    x_nexus_predicate: a.predicate, x_nexus_assertion_id: a.id, x_nexus_claims: a.claims.length,
    x_nexus_independent_sources: a.independentSources, x_nexus_credibility: a.credibility.score, x_nexus_admiralty: a.credibility.rating,
  });
}

function attribution(c: StoredClaim): string {
  return c.attributedTo === 'author' ? `the author, in ${c.publisher}` : `${c.attributedTo.name}, as reported by ${c.publisher}`;
}

/** The qualifiers of a claim as readable lines. */
function qualifierLines(c: StoredClaim): string[] {
  return [
    c.eventDate ? `Event date: ${c.eventDate}` : '',
    c.amount ? `Amount: ${c.amount.value} ${c.amount.currency} ("${c.amount.text}")` : '',
    c.place ? `Place: ${c.place.name}` : '',
    c.recipient ? `Recipient: ${c.recipient.name}` : '',
    c.role ? `Role: ${c.role}` : '',
  ].filter(Boolean);
}

/**
 * A note on one claim: its quote with offsets into its document, who
 * asserts it (the author, or the source the author reports) and how firmly,
 * attached to the relationship it supports (or, for a denial, to the two
 * actors) and to its document's report.
 */
export function noteObject(c: StoredClaim, doc: StoredDocument | undefined, refs: string[], gradeOf: GradeOf, stamp: string): StixObject {
  const cred = claimCredibility(c, gradeOf);
  const denial = c.polarity === 'negative';
  const where = doc ? `${doc.title ?? doc.path ?? doc.url ?? doc.id}, ${c.publisher}${c.published ? `, ${c.published}` : ''}` : c.publisher;
  const content = [
    `"${c.quote.text}"`,
    `Document: ${where} (characters ${c.quote.start}-${c.quote.end} of document ${c.documentId})`,
    `Claim: ${phrase(c)}${denial ? ' (a denial: the text says this does not hold)' : ''}`,
    `Attribution: ${attribution(c)}`,
    `Modality: ${c.modality}`,
    ...qualifierLines(c),
    ...c.more.map((q) => `Also: "${q.text}" (characters ${q.start}-${q.end})`),
    `Extraction: rule ${c.rule}, confidence ${c.confidence}`,
  ].join('\n');
  return compact({
    type: 'note', spec_version: '2.1', id: nexusId('note', { claim: c.id }), created: stamp, modified: stamp,
    abstract: `${denial ? 'Denial: ' : ''}${phrase(c)} (${c.modality}, according to ${c.attributedTo === 'author' ? c.publisher : c.attributedTo.name})`,
    content, object_refs: refs,
    confidence: ADMIRALTY_CONFIDENCE[cred.rating], labels: [c.modality, ...(denial ? ['denial'] : [])],
    x_nexus_claim_id: c.id, x_nexus_document_id: c.documentId, x_nexus_quote: c.quote.text, x_nexus_quote_start: c.quote.start, x_nexus_quote_end: c.quote.end,
    x_nexus_predicate: c.predicate, x_nexus_polarity: c.polarity, x_nexus_modality: c.modality,
    x_nexus_attributed_to: c.attributedTo === 'author' ? 'author' : c.attributedTo.name, x_nexus_publisher: c.publisher, x_nexus_event_date: c.eventDate,
  });
}

/** A report for a document: when and by whom it was published, and the objects its claims yield. */
export function reportObject(doc: StoredDocument, objectRefs: string[], stamp: string): StixObject {
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : undefined;
  return compact({
    type: 'report', spec_version: '2.1', id: nexusId('report', { document: doc.id }), created: stamp, modified: stamp,
    name: doc.title ?? doc.path ?? doc.url ?? doc.id,
    description: [doc.publisher, doc.author ? `by ${doc.author}` : '', doc.copies.length ? `also published by ${[...new Set(doc.copies.map((c) => c.publisher))].join(', ')}` : '']
      .filter(Boolean).join(', '),
    published: doc.published ? `${doc.published}T00:00:00.000Z` : doc.ingestedAt,
    report_types: ['threat-report'], object_refs: objectRefs,
    external_references: [{ source_name: doc.publisher, ...(url ? { url } : {}), external_id: doc.id, description: 'nexus document id (SHA-256 of the cleaned text)' }],
    x_nexus_document_id: doc.id, x_nexus_publisher: doc.publisher,
  });
}
