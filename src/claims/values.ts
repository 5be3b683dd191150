import { createRequire } from 'node:module';
import type { ParsedComponents } from 'chrono-node';
import type * as ChronoEn from 'chrono-node/en';
import type { AmountValue, DateValue } from '../core/index.js';

const MULTIPLIERS: Record<string, number> = {
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, thousand: 1e3, k: 1e3, trillion: 1e12,
};
const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:rs\.?|rupees?|inr|₹)$/i, 'INR'], [/^(?:pkr|pak(?:istani)? rupees?)$/i, 'PKR'], [/^(?:us\$|\$|usd|dollars?|us dollars?)$/i, 'USD'],
  [/^(?:€|eur|euros?)$/i, 'EUR'], [/^(?:£|gbp|pounds?)$/i, 'GBP'], [/^(?:cfa(?: francs?)?|xof|fcfa)$/i, 'XOF'], [/^(?:naira|₦|ngn)$/i, 'NGN'],
  [/^(?:afghanis?|afn)$/i, 'AFN'], [/^(?:pesos?|mxn)$/i, 'MXN'], [/^(?:rubles?|roubles?|rub)$/i, 'RUB'], [/^(?:shillings?|kes)$/i, 'KES'],
];
const AMOUNT = /(rs\.?|rupees?|inr|pkr|₹|us\$|\$|usd|€|£|cfa francs?|fcfa|naira|₦)?\s*(\d+(?:[.,]\d+)*)\s*(lakhs?|lacs?|crores?|millions?|billions?|thousand|trillion|mn|bn|m|k)?\b\s*(rupees?|dollars?|us dollars?|euros?|pounds?|cfa francs?|naira|afghanis?|pesos?|rubles?|roubles?|shillings?|inr|pkr|usd|eur|gbp)?/gi;

function currencyOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  for (const [re, code] of CURRENCIES) if (re.test(word.trim())) return code;
  return undefined;
}

/** Money in a span of text: "Rupees 50 lacs" (5,000,000 INR), "$1.5 million", "Rs 2 crore", "30 million CFA francs". */
export function findAmounts(text: string, offset: number): AmountValue[] {
  const out: AmountValue[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const currency = currencyOf(m[1]) ?? currencyOf(m[4]);
    if (!currency) continue;
    const number = Number(m[2].replace(/,/g, ''));
    if (!Number.isFinite(number)) continue;
    const mult = m[3] ? MULTIPLIERS[m[3].toLowerCase()] ?? 1 : 1;
    const raw = m[0].trimEnd();
    out.push({ start: offset + m.index, end: offset + m.index + raw.length, text: raw, value: Math.round(number * mult * 100) / 100, currency });
  }
  return out;
}

/**
 * Dates in a sentence, resolved against the document date with chrono-node,
 * with their precision; a bare year ("in 2015", "since 2007") counts too.
 * Dates without a year that fall after the reference are moved back: news
 * reports the past ("on Tuesday", "on Jan. 28").
 */
/** Words that start or end a date expression; chrono runs only on short windows around them. */
// Counts ("40 people") start no date: years, ordinals and numeric dates do; day numbers sit next to a month word anyway.
const DATE_WORD = /\b(?:(?:1[89]|20)\d\d|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b|\b(?:yesterday|today|tonight|last|ago|earlier|next)\b/gi;

const TIME_UNIT = /^\s+(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)/i;

/** Text windows around date words, merged where they overlap (offsets into `text`). */
function dateWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DATE_WORD.lastIndex = 0;
  for (let m = DATE_WORD.exec(text); m; m = DATE_WORD.exec(text)) {
    // The modal "may", the verb "march", "last"/"next" without a time unit after them start no date.
    const w = m[0];
    if ((w === 'may' || w === 'march' || w === 'sun' || w === 'mon') || (/^(last|next|earlier)$/i.test(w) && !TIME_UNIT.test(text.slice(m.index + w.length, m.index + w.length + 12)))) continue;
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 24)));
    const to = Math.min(text.length, m.index + m[0].length + 30);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * chrono's casual English parser without the parsers for clock times and
 * future spans ("at 10 pm", "in 3 days", "within a week"): claims are dated
 * by day at most, and this halves the cost of the costliest step.
 */
let parser: ChronoEn.Chrono | undefined;
/**
 * Loaded on first use, not at start-up: a document whose sentences hold no
 * date word (or, without a publication date, no digit) never loads it.
 * English only (the package's main entry loads every locale), and through
 * `require`: its CommonJS build loads in about two thirds of the time of
 * its ES modules.
 */
function dateParser(): ChronoEn.Chrono {
  if (parser) return parser;
  const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn;
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !/TimeExpression|TimeUnitLater|TimeUnitWithin|CasualTime|EndOfCurrentMonth/.test(p.constructor.name));
  return (parser = c);
}

/** A digit: the mark of a date that states its year. */
const DIGIT = /\d/;

export function findDates(text: string, offset: number, reference: Date | undefined): DateValue[] {
  const out: DateValue[] = [];
  const results: Array<{ index: number; text: string; start: ParsedComponents; relative: boolean }> = [];
  for (const [from, to] of dateWindows(text)) {
    const window = text.slice(from, to);
    // Without the document's date only a date that states its year is kept (below): none lies in a window without a digit.
    if (!reference && !DIGIT.test(window)) continue;
    for (const r of dateParser().parse(window, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
      const index = r.index + from;
      const relative = [...r.tags()].some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference'));
      if (!results.some((x) => x.index === index)) results.push({ index, text: r.text, start: r.start, relative });
    }
  }
  for (const r of results) {
    const c = r.start;
    // Without the document's date only dates that state their year can be placed ("last year", "this month" are relative to nothing).
    if (!reference && (r.relative || !c.isCertain('year') || !DIGIT.test(r.text))) continue;
    const precision: DateValue['precision'] = c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
    let d = c.date();
    if (reference && !c.isCertain('year') && d > reference) {
      d = new Date(d);
      if (c.isCertain('weekday') && !c.isCertain('month')) d.setUTCDate(d.getUTCDate() - 7);
      else d.setUTCFullYear(d.getUTCFullYear() - 1);
    }
    const iso = d.toISOString().slice(0, 10);
    const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    const t = r.text.replace(/[\s,.]+$/, '');
    out.push({ start: offset + r.index, end: offset + r.index + t.length, text: t, value, precision });
  }
  const year = /\b(?:in|since|by|during|until|till|from|of|early|late|mid)[- ](1[89]\d\d|20\d\d)\b|\b(1[89]\d\d|20\d\d)(?=\s+(?:attack|bombing|massacre|raid|offensive|war|election|coup|agreement|deal|ceasefire))/gi;
  for (let m = year.exec(text); m; m = year.exec(text)) {
    const y = m[1] ?? m[2];
    const start = offset + m.index + m[0].indexOf(y);
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ start, end: start + 4, text: y, value: y, precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

