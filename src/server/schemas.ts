/** The parameters every route accepts, checked before a route runs. */
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES } from '../core/index.js';
import { date, day, flag, id, MODALITIES, wholeNumber } from './params.js';

export { graphQuery } from './schemas-graph.js';
export { isCalendarDate } from './params.js';

export const page = { limit: wholeNumber(1000).optional(), offset: wholeNumber(1_000_000).optional() };

export const actorsQuery = z.object({ name: z.string().max(200).optional(), type: z.enum(ENTITY_TYPES).optional(), ...page }).strict();
export const documentsQuery = z.object({ publisher: z.string().max(200).optional(), from: date.optional(), to: date.optional(), ...page }).strict();
export const claimsQuery = z.object({
  actor: id.optional(), subject: id.optional(), object: id.optional(), predicate: z.enum(PREDICATES).optional(), modality: z.enum(MODALITIES).optional(),
  documentId: id.optional(), from: date.optional(), to: date.optional(), includeRejected: flag.optional(), ...page,
}).strict();
export const searchQuery = z.object({ q: z.string().trim().min(1, 'expected some words').max(200), limit: wholeNumber(100).optional() }).strict();
export const contradictionsQuery = z.object({ actor: id.optional() }).strict();
export const assertionQuery = z.object({ includeRejected: flag.optional() }).strict();

export const idParam = z.object({ id });
export const review = z.object({ decision: z.enum(['accepted', 'rejected', 'clear']) }).strict();
export const merge = z.object({ from: id }).strict();
export const split = z.object({ alias: z.string().trim().min(1).max(200) }).strict();
export const grade = z.object({ name: z.string().trim().min(1).max(200), grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']) }).strict();

/** Pasted text (with the URL it came from, if any), or a URL alone to fetch. */
export const ingestJson = z.object({
  text: z.string().trim().min(1, 'is empty').optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).optional(),
  title: z.string().max(500).optional(),
  publisher: z.string().max(200).optional(),
  published: day.optional(),
  format: z.enum(['text', 'markdown', 'html']).optional(),
}).strict().refine((v) => v.text !== undefined || v.url !== undefined, { message: 'expected text or url' });

export const ingestForm = z.object({
  published: day.optional(),
  format: z.enum(['text', 'markdown', 'html']).optional(),
});

/** Reviews of many claims or edges at once (the claims table, undo). */
export const bulkReview = z.object({
  items: z.array(z.object({ kind: z.enum(['claim', 'assertion']), id, decision: z.enum(['accepted', 'rejected', 'clear']) }).strict()).min(1, 'expected at least one item').max(5000),
}).strict();

/** A selection of claims to export as one file. */
export const exportSelection = z.object({ format: z.enum(['csv', 'stix', 'gexf']), claims: z.array(id).min(1, 'expected at least one claim').max(20_000) }).strict();

/** Decisions to undo (ids from the journal, as POST /api/review answers them), oldest first. */
export const undoDecisions = z.object({ decisions: z.array(id).min(1, 'expected at least one decision').max(5000) }).strict();
