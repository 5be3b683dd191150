import { SYMMETRIC, type Predicate } from '../core/index.js';
import type { Assertion, Contradiction } from './types.js';
import { dateInterval } from './dates.js';
import { PREDICATE_FACTS } from '../schema/predicates.js';

/** Predicates that cannot both hold between two actors at one time (the predicate table's `contradicts`). */
const clash = (a: Predicate, b: Predicate) => PREDICATE_FACTS[a].contradicts.includes(b) || PREDICATE_FACTS[b].contradicts.includes(a);

/** The days an assertion covers: its event dates, or the publication dates of its documents. Undefined when nothing dates it. */
export function timeSpan(a: Assertion): [string, string] | undefined {
  const points = a.claims.map((c) => c.eventDate ?? c.published).filter((d): d is string => !!d).map(dateInterval);
  if (!points.length) return undefined;
  return [points.map((p) => p[0]).sort()[0], points.map((p) => p[1]).sort().reverse()[0]];
}

function overlap(a: Assertion, b: Assertion): string | undefined {
  const x = timeSpan(a);
  const y = timeSpan(b);
  if (!x || !y) return 'undated';
  if (x[0] > y[1] || y[0] > x[1]) return undefined;
  const from = x[0] > y[0] ? x[0] : y[0];
  const to = x[1] < y[1] ? x[1] : y[1];
  return from === to ? `both on ${from}` : `both between ${from} and ${to}`;
}

/**
 * Pairs of assertions about the same two actors that cannot both be true: the
 * same predicate with opposite polarity (at any time), or incompatible
 * predicates (ALLY_OF against HOSTILE_TO, SUPPORTS against ATTACKED...) over
 * overlapping times.
 * Assertions an analyst rejected are left out.
 */
export function findContradictions(assertions: Assertion[]): Contradiction[] {
  const byPair = new Map<string, Assertion[]>();
  for (const a of assertions) {
    if (a.review === 'rejected') continue;
    const pair = [a.subject.id, a.object.id].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), a]);
  }
  const out: Contradiction[] = [];
  for (const list of byPair.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const when = overlap(a, b);
        const sameWay = a.subject.id === b.subject.id;
        // A denial contradicts the statement whenever each was made; incompatible predicates only over one time.
        if (a.predicate === b.predicate && a.polarity !== b.polarity && (sameWay || SYMMETRIC.has(a.predicate))) {
          out.push({ kind: 'polarity', a, b, reason: `${a.predicate} stated and denied, ${when ?? 'at different times'}` });
        } else if (when && a.polarity === 'positive' && b.polarity === 'positive' && clash(a.predicate, b.predicate)) {
          out.push({ kind: 'predicate', a, b, reason: `${a.predicate} against ${b.predicate}, ${when}` });
        }
      }
    }
  }
  return out;
}
