import { SYMMETRIC, type Modality, type Polarity, type Predicate } from '../core/index.js';
import type { ActorRef, Assertion, ReviewDecision, StoredClaim } from './types.js';
import { credibility, type GradeOf } from './credibility.js';
import { sourceGroups, type DocInfo } from './independence.js';

/** The identity of an assertion; a symmetric predicate (ALLY_OF) ignores the order of its actors. */
export function assertionKey(subject: string, predicate: Predicate, object: string, polarity: Polarity): string[] {
  const [s, o] = SYMMETRIC.has(predicate) && object < subject ? [object, subject] : [subject, object];
  return [s, predicate, o, polarity];
}

/** "<subject id>.<PREDICATE>.<object id>.<pos|neg>": readable, and it names what it groups. */
export function assertionId(subject: string, predicate: Predicate, object: string, polarity: Polarity): string {
  const [s, p, o, pol] = assertionKey(subject, predicate, object, polarity);
  return `${s}.${p}.${o}.${pol === 'positive' ? 'pos' : 'neg'}`;
}

export function parseAssertionId(id: string): { subject: string; predicate: Predicate; object: string; polarity: Polarity } | undefined {
  const m = /^([^.]+)\.([A-Z_]+)\.([^.]+)\.(pos|neg)$/.exec(id);
  return m ? { subject: m[1], predicate: m[2] as Predicate, object: m[3], polarity: m[4] === 'pos' ? 'positive' : 'negative' } : undefined;
}

export interface AssertionInputs {
  docs: Map<string, DocInfo>;
  gradeOf: GradeOf;
  /** Analysts' decisions by assertion id. */
  reviews: Map<string, ReviewDecision>;
}

/** Groups claims (of any documents) into assertions, with their sources, dates, modalities and credibility. */
export function buildAssertions(claims: StoredClaim[], inputs: AssertionInputs): Assertion[] {
  const groups = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const id = assertionId(c.subject.id, c.predicate, c.object.id, c.polarity);
    const list = groups.get(id) ?? [];
    list.push(c);
    groups.set(id, list);
  }
  return [...groups.entries()].map(([id, list]) => assemble(id, list, inputs));
}

function assemble(id: string, claims: StoredClaim[], inputs: AssertionInputs): Assertion {
  const first = claims[0];
  const [s] = assertionKey(first.subject.id, first.predicate, first.object.id, first.polarity);
  const [subject, object]: ActorRef[] = s === first.subject.id ? [first.subject, first.object] : [first.object, first.subject];
  const documents = [...new Set(claims.map((c) => c.documentId))];
  const docs = documents.map((d) => inputs.docs.get(d)).filter((d): d is DocInfo => !!d);
  const sources = sourceGroups(docs);
  const seen = docs.map((d) => d.published ?? d.ingestedAt.slice(0, 10)).sort();
  const modalities: Partial<Record<Modality, number>> = {};
  for (const c of claims) modalities[c.modality] = (modalities[c.modality] ?? 0) + 1;
  return {
    id,
    subject,
    predicate: first.predicate,
    object,
    polarity: first.polarity,
    claims,
    documents,
    sources,
    independentSources: sources.length,
    firstSeen: seen[0],
    lastSeen: seen[seen.length - 1],
    eventDates: [...new Set(claims.map((c) => c.eventDate).filter((d): d is string => !!d))].sort(),
    modalities,
    credibility: credibility(claims, sources, inputs.gradeOf),
    ...(inputs.reviews.get(id) ? { review: inputs.reviews.get(id) } : {}),
  };
}
