import { assertionId } from '../corpus/index.js';
import { NexusError } from '../core/index.js';
import type { Assertion, StoreReader, StoredClaim } from '../store/index.js';

/** "<document id>:<claim id in the document>" to the document id. */
const documentOf = (claimId: string) => claimId.slice(0, claimId.lastIndexOf(':'));

/** The stored claims with these ids (rejected ones included); an unknown id is a NotFound naming it. */
export async function claimsById(store: StoreReader, ids: string[]): Promise<StoredClaim[]> {
  const byDoc = new Map<string, string[]>();
  for (const id of new Set(ids)) byDoc.set(documentOf(id), [...(byDoc.get(documentOf(id)) ?? []), id]);
  const out: StoredClaim[] = [];
  for (const [doc, wanted] of byDoc) {
    const found = new Map((await store.claims({ documentId: doc, includeRejected: true })).map((c) => [c.id, c]));
    for (const id of wanted) {
      const c = found.get(id);
      if (!c) throw new NexusError('NotFound', 'no such claim', { subject: id });
      out.push(c);
    }
  }
  return out;
}

/** The assertions of the given claims, each keeping only those claims (their edge's counts and credibility stay whole). */
export async function assertionsOf(store: StoreReader, claims: StoredClaim[]): Promise<Assertion[]> {
  const chosen = new Map<string, Set<string>>();
  for (const c of claims) {
    const id = assertionId(c.subject.id, c.predicate, c.object.id, c.polarity);
    chosen.set(id, (chosen.get(id) ?? new Set()).add(c.id));
  }
  const out: Assertion[] = [];
  for (const [id, ids] of chosen) {
    const a = await store.assertion(id);
    if (a) out.push({ ...a, claims: a.claims.filter((c) => ids.has(c.id)) });
  }
  return out;
}
