import type { Assertion, StoredClaim } from '../store/index.js';
import { describeScope } from './select.js';
import type { ExportContext, Selection } from './types.js';

const ref = (r: { id: string } | 'author') => (r === 'author' ? 'author' : r.id);

/** A claim as in `nexus extract --json` (../shared/eval/FORMAT.md), plus the document and publisher it comes from. */
function claimJson(c: StoredClaim): Record<string, unknown> {
  return {
    id: c.id, document: c.documentId, subject: c.subject.id, predicate: c.predicate, object: c.object.id, polarity: c.polarity,
    modality: c.modality, attributed_to: ref(c.attributedTo),
    evidence: { text: c.quote.text, start: c.quote.start, end: c.quote.end },
    ...(c.more.length ? { more_evidence: c.more.map((q) => ({ text: q.text, start: q.start, end: q.end })) } : {}),
    qualifiers: {
      ...(c.eventDate ? { date: c.eventDate } : {}), ...(c.amount ? { amount: c.amount } : {}), ...(c.place ? { place: c.place.id } : {}),
      ...(c.recipient ? { recipient: c.recipient.id } : {}), ...(c.role ? { role: c.role } : {}),
    },
    rule: c.rule, confidence: c.confidence, publisher: c.publisher, ...(c.published ? { published: c.published } : {}), ...(c.review ? { review: c.review } : {}),
  };
}

function assertionJson(a: Assertion): Record<string, unknown> {
  return {
    id: a.id, subject: a.subject.id, predicate: a.predicate, object: a.object.id, polarity: a.polarity,
    claims: a.claims.map((c) => c.id), documents: a.documents, sources: a.sources, independent_sources: a.independentSources,
    first_seen: a.firstSeen, last_seen: a.lastSeen, event_dates: a.eventDates, modalities: a.modalities, credibility: a.credibility,
    ...(a.review ? { review: a.review } : {}),
  };
}

/**
 * The extraction contract extended to a corpus: `entities` and `claims` as
 * `nexus extract --json` prints them (ids are corpus actor ids; each claim
 * names its document), and beside them the documents, the assertions that
 * merge claims across documents, contradictions and sources.
 */
export function toJson(sel: Selection, ctx: ExportContext): string {
  const out = {
    nexus: { format: 'nexus-corpus', version: 1, exported: ctx.clock().toISOString(), scope: describeScope(sel.scope),
      selection: { actors: sel.scope.actors.map((a) => a.id), depth: sel.scope.depth, since: sel.scope.since, until: sel.scope.until } },
    documents: sel.documents,
    entities: [...sel.actors, ...sel.cited].map((a) => ({
      id: a.id, name: a.name, type: a.type, aliases: a.aliases, ...(a.kbId ? { kb: a.kbId } : {}), documents: a.documents, claims: a.claims,
      ...(sel.details.get(a.id)?.roles.length ? { roles: sel.details.get(a.id)!.roles } : {}),
    })),
    claims: sel.claims.map(claimJson),
    assertions: sel.assertions.map(assertionJson),
    contradictions: sel.contradictions.map((c) => ({ kind: c.kind, a: c.a.id, b: c.b.id, reason: c.reason })),
    sources: sel.sources,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
