import { describeScope, type Selection } from '../export/index.js';
import type { ActorSummary, Assertion, Contradiction, SourceInfo, StoredClaim } from '../store/index.js';

export interface KeyActor {
  actor: ActorSummary;
  /** Claims of the selection with the actor at either end. */
  claims: number;
  /** Other actors it shares an assertion with. */
  partners: number;
  roles: string[];
}

export interface TimelineEntry {
  /** The claim's event date, or its document's publication date ("as reported"). */
  date: string;
  reported: boolean;
  assertion: Assertion;
  publishers: string[];
}

/** What a brief says, computed once and rendered as Markdown or HTML. */
export interface Brief {
  title: string;
  scope: string;
  generated: string;
  stats: { documents: number; publishers: number; actors: number; assertions: number; claims: number; from?: string; to?: string };
  keyActors: KeyActor[];
  strongest: Assertion[];
  denials: Assertion[];
  contradictions: Contradiction[];
  timeline: TimelineEntry[];
  sources: SourceInfo[];
  selection: Selection;
}

export interface BriefOptions {
  /** How many actors and assertions to list (default 10). */
  top?: number;
  /** Longest timeline (default 60 entries). */
  timeline?: number;
  generated: string;
}

/** Assertions the evidence backs best first: more independent sources, then higher credibility. */
export const byStrength = (a: Assertion, b: Assertion) =>
  b.independentSources - a.independentSources || b.credibility.score - a.credibility.score || b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1);

function keyActors(sel: Selection, top: number): KeyActor[] {
  const claims = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  for (const a of sel.assertions) {
    for (const [x, y] of [[a.subject.id, a.object.id], [a.object.id, a.subject.id]]) {
      claims.set(x, (claims.get(x) ?? 0) + a.claims.length);
      partners.set(x, (partners.get(x) ?? new Set()).add(y));
    }
  }
  return sel.actors.filter((a) => claims.has(a.id))
    .map((a) => ({ actor: a, claims: claims.get(a.id)!, partners: partners.get(a.id)!.size, roles: sel.details.get(a.id)?.roles ?? [] }))
    .sort((a, b) => b.claims - a.claims || b.partners - a.partners || (a.actor.name < b.actor.name ? -1 : 1))
    .slice(0, top);
}

function timeline(sel: Selection, max: number): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  const byClaim = new Map<string, Assertion>();
  for (const a of sel.assertions) for (const c of a.claims) byClaim.set(c.id, a);
  for (const c of sel.claims as StoredClaim[]) {
    const date = c.eventDate ?? c.published;
    if (!date) continue;
    const a = byClaim.get(c.id)!;
    const key = `${date}|${a.id}`;
    const e = entries.get(key) ?? { date, reported: !c.eventDate, assertion: a, publishers: [] };
    if (!e.publishers.includes(c.publisher)) e.publishers.push(c.publisher);
    entries.set(key, e);
  }
  // Keep the best-sourced entries when there are too many, then show them in date order.
  return [...entries.values()].sort((x, y) => byStrength(x.assertion, y.assertion)).slice(0, max)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : byStrength(x.assertion, y.assertion)));
}

/** The analyst's brief of a selection: key actors, strongest assertions, denials, contradictions, a timeline, the sources. */
export function buildBrief(sel: Selection, options: BriefOptions): Brief {
  const top = options.top ?? 10;
  const dates = sel.documents.map((d) => d.published).filter((d): d is string => !!d).sort();
  const publishers = new Set(sel.documents.map((d) => d.publisher));
  const start = sel.scope.actors;
  return {
    title: start.length ? `Brief: ${start.map((a) => a.name).join(', ')}` : 'Brief: the whole corpus',
    scope: describeScope(sel.scope),
    generated: options.generated,
    stats: { documents: sel.documents.length, publishers: publishers.size, actors: sel.actors.length, assertions: sel.assertions.length, claims: sel.claims.length, from: dates[0], to: dates[dates.length - 1] },
    keyActors: keyActors(sel, top),
    strongest: sel.assertions.filter((a) => a.polarity === 'positive').sort(byStrength).slice(0, top),
    denials: sel.assertions.filter((a) => a.polarity === 'negative').sort(byStrength).slice(0, top),
    contradictions: sel.contradictions,
    timeline: timeline(sel, options.timeline ?? 60),
    sources: sel.sources.filter((s) => s.kind === 'publisher' && publishers.has(s.name)),
    selection: sel,
  };
}
