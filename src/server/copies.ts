import type { Assertion } from '../store/index.js';
import type { ClaimView, CopyGroup } from './api.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Claims that are one report published several times: the same quote in
 * documents that count as one independent source (a syndicated article,
 * a near-duplicate under another masthead), and the identical copies the
 * store folded into one document. Each group is shown as one card with
 * its copies and their publishers.
 */
export function copyGroups(a: Pick<Assertion, 'sources'>, claims: ClaimView[]): CopyGroup[] {
  const sourceOf = new Map<string, number>();
  a.sources.forEach((s, i) => s.documents.forEach((d) => sourceOf.set(d, i)));
  const groups = new Map<string, ClaimView[]>();
  for (const c of claims) {
    const key = `${sourceOf.get(c.documentId) ?? c.documentId}|${norm(c.quote.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: CopyGroup[] = [];
  for (const members of groups.values()) {
    const publishers = [...new Set(members.flatMap((c) => [c.publisher, ...(c.document.copies ?? []).map((x) => x.publisher)]))];
    const copies = members.reduce((n, c) => n + 1 + (c.document.copies?.length ?? 0), 0);
    if (copies < 2) continue;
    // The earliest publication leads: the copies follow it.
    const sorted = [...members].sort((x, y) => (x.document.published ?? '9999').localeCompare(y.document.published ?? '9999') || (x.id < y.id ? -1 : 1));
    out.push({ lead: sorted[0].id, claims: sorted.map((c) => c.id), copies, publishers });
  }
  return out;
}
