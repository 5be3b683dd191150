import type { StoreReader, StoredClaim, StoredDocument } from '../store/index.js';
import type { ClaimView, DocumentRef } from './api.js';
import { quoteInContext } from './context.js';

export function documentRef(d: StoredDocument): DocumentRef {
  return {
    id: d.id, publisher: d.publisher, ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}),
    ...(d.path ? { path: d.path } : {}), ...(d.published ? { published: d.published } : {}),
    ...(d.copies?.length ? { copies: d.copies.map((x) => ({ publisher: x.publisher, ...(x.url ? { url: x.url } : {}) })) } : {}),
  };
}

/** Claims with their quote in its sentence and their document, reading each document's text once. */
export async function claimViews(store: StoreReader, claims: StoredClaim[]): Promise<ClaimView[]> {
  const docs = new Map<string, (StoredDocument & { text: string }) | undefined>();
  for (const id of new Set(claims.map((c) => c.documentId))) docs.set(id, await store.document(id));
  return claims.map((c) => {
    const d = docs.get(c.documentId);
    const context = d ? quoteInContext(d.text, c.quote.start, c.quote.end) : { before: '', quote: c.quote.text, after: '' };
    return { ...c, context, document: d ? documentRef(d) : { id: c.documentId, publisher: c.publisher } };
  });
}
