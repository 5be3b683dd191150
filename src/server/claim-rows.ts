import type { Assertion, StoredDocument } from '../store/index.js';
import type { ClaimRow, ClaimRows } from './api.js';
import { claimDate } from './graph-view.js';
import type { ROW_SORTS } from './schemas-graph.js';

export interface RowQuery {
  sort?: (typeof ROW_SORTS)[number];
  dir?: 'asc' | 'desc';
  q?: string;
  review?: 'accepted' | 'rejected' | 'unreviewed';
  edges?: string[];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  ids?: boolean;
}

/** Every claim of the view's edges, flat, with the edge's credibility and decision. */
export function claimRows(assertions: Assertion[], titles: Map<string, StoredDocument>): ClaimRow[] {
  return assertions.flatMap((a) => a.claims.map((c): ClaimRow => {
    const date = claimDate(c);
    const title = titles.get(c.documentId)?.title;
    return {
      id: c.id, assertion: a.id, subject: c.subject, predicate: c.predicate, object: c.object, polarity: c.polarity, modality: c.modality,
      ...(date ? { date } : {}), source: c.attributedTo === 'author' ? 'author' : c.attributedTo.name, publisher: c.publisher,
      credibility: a.credibility.score, rating: a.credibility.rating, ...(c.review ? { review: c.review } : {}), ...(a.review ? { edgeReview: a.review } : {}),
      quote: c.quote.text, documentId: c.documentId, ...(title ? { documentTitle: title } : {}),
    };
  }));
}

const KEY: Record<NonNullable<RowQuery['sort']>, (r: ClaimRow) => string | number> = {
  subject: (r) => r.subject.name.toLowerCase(), predicate: (r) => r.predicate, object: (r) => r.object.name.toLowerCase(), polarity: (r) => r.polarity,
  modality: (r) => r.modality, date: (r) => r.date ?? '', source: (r) => r.source.toLowerCase(), publisher: (r) => r.publisher.toLowerCase(),
  credibility: (r) => r.credibility, review: (r) => r.review ?? r.edgeReview ?? '',
};

/** A claim's decision: its own, else its edge's. */
export const effectiveReview = (r: ClaimRow) => r.review ?? r.edgeReview;

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) overlaps [from, to], each compared at the precision both have: "2022" is within from 2022-06. */
export function inRange(date: string, b: { from?: string; to?: string }): boolean {
  return (!b.from || date.slice(0, b.from.length) >= b.from.slice(0, date.length)) && (!b.to || date.slice(0, b.to.length) <= b.to.slice(0, date.length));
}

/** Filters, sorts and pages the rows as the table asks. */
export function pageRows(rows: ClaimRow[], q: RowQuery): ClaimRows {
  const words = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const edges = q.edges?.length ? new Set(q.edges) : undefined;
  const kept = rows.filter((r) => (!edges || edges.has(r.assertion))
    && (!q.review || (q.review === 'unreviewed' ? !effectiveReview(r) : effectiveReview(r) === q.review))
    && ((!q.from && !q.to) || (r.date !== undefined && inRange(r.date, q)))
    && words.every((w) => `${r.subject.name} ${r.object.name} ${r.predicate} ${r.source} ${r.publisher} ${r.quote} ${r.documentTitle ?? ''}`.toLowerCase().includes(w)));
  const key = KEY[q.sort ?? 'credibility'];
  const sign = (q.dir ?? (q.sort && q.sort !== 'credibility' && q.sort !== 'date' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  kept.sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return (a < b ? -sign : a > b ? sign : 0) || (x.id < y.id ? -1 : 1);
  });
  const offset = q.offset ?? 0;
  return { total: kept.length, rows: kept.slice(offset, offset + (q.limit ?? 100)), ...(q.ids ? { ids: kept.map((r) => ({ id: r.id, ...(r.review ? { review: r.review } : {}) })) } : {}) };
}
