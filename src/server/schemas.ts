/** The parameters every route accepts, checked before a route runs. */
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES } from '../core/index.js';

const MODALITIES = ['asserted', 'reported', 'alleged', 'hedged', 'question'] as const;
/** A calendar date as written (2025-02-30 and 2025-13-45 are not dates). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
const date = z.string().refine(isCalendarDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const day = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'expected a date as YYYY-MM-DD');
const wholeNumber = (max: number) => z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'expected a whole number').max(max, `expected at most ${max}`);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** "A,B,C" (or one value) to a list of allowed values. */
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.enum(values)).min(1, 'expected at least one value'));

export const id = z.string().min(1).max(300);

export const graphQuery = z.object({
  actor: id.optional(),
  depth: wholeNumber(4).optional(),
  from: date.optional(),
  to: date.optional(),
  predicates: listOf(PREDICATES).optional(),
  types: listOf(ENTITY_TYPES).optional(),
  modalities: listOf(MODALITIES).optional(),
  minSources: wholeNumber(1000).optional(),
  minCredibility: z.coerce.number().min(0, 'expected a number from 0 to 1').max(1, 'expected a number from 0 to 1').optional(),
  includeRejected: flag.optional(),
  maxNodes: wholeNumber(2000).optional(),
}).strict();

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
