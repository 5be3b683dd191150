/** The kinds of value request parameters take: dates, numbers, flags, lists of allowed values. */
import { z } from 'zod';

export const MODALITIES = ['asserted', 'reported', 'alleged', 'hedged', 'question'] as const;
/** A calendar date as written (2025-02-30 and 2025-13-45 are not dates). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
export const date = z.string().refine(isCalendarDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const day = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'expected a date as YYYY-MM-DD');
export const wholeNumber = (max: number) => z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'expected a whole number').max(max, `expected at most ${max}`);
export const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** "A,B,C" (or one value) to a list of allowed values. */
export const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.enum(values)).min(1, 'expected at least one value'));

export const id = z.string().min(1).max(300);
