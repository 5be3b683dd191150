import { entityWords } from '../../lang/en/index.js';
import { placeWeights, bodyOfCountry } from '../bodies.js';
import { nameKey } from '../build.js';
import { canonicalEntry } from '../canonical.js';
import type { ReferenceContext } from './context.js';
import type { Description } from './descriptions.js';
import type { Resolution } from './pronouns.js';

/**
 * The country a description of a state body names itself: a demonym or a
 * country among its modifiers ("the Pakistani army", "the Mali junta"), its
 * possessor ("Mali's army", "its army" resolved already), or "of" a country
 * ("the army of Mali").
 */
export function countryOfPhrase(ctx: ReferenceContext, d: Description): string | undefined {
  const { words } = ctx.doc;
  for (const i of d.modifiers) {
    const c = ctx.countryOfWord(words[i].form);
    // "the Central American country", "the South Asian nation": a region's adjective, not the state's demonym.
    const before = words[i - 1];
    if (c && d.modifiers.includes(i - 1) && /^\p{Lu}/u.test(before.form) && !ctx.countryOfWord(before.form)) continue;
    if (c) return c;
  }
  for (const rel of ['nmod:poss', 'nmod']) {
    const k = ctx.tree.child(d.head, rel);
    if (k < 0) continue;
    if (rel === 'nmod' && ctx.tree.child(k, 'case') >= 0 && words[ctx.tree.child(k, 'case')].form.toLowerCase() !== 'of') continue;
    const p = ctx.atHead(k) ?? ctx.covering(words[k].start, words[k].end);
    let entry = p?.entity.kbId ? ctx.kb.get(p.entity.kbId) : undefined;
    // "his government": a person's state is the one the text or the knowledge base makes them a member of.
    if (p && p.entity.type === 'Person') {
      const link = ctx.doc.roles.find((r) => r.member === p.entity.id);
      const org = link ? ctx.byId.get(link.org) : undefined;
      const via = org?.kbId ? ctx.kb.get(org.kbId) : entry?.memberOf ? ctx.kb.get(entry.memberOf) : undefined;
      entry = via ?? (entry?.country ? entry : undefined);
    }
    const country = entry ? (entry.kind === 'country' ? entry : ctx.kb.countryOf(entry)) : undefined;
    if (country) return country.id;
  }
  return undefined;
}

/**
 * The description's own words that tell one body of a kind from another
 * ("the interior ministry", "the federal police"): lower-case modifiers that
 * are neither a demonym nor an armed-group word.
 */
export function specificWords(ctx: ReferenceContext, d: Description): string[] {
  const { words } = ctx.doc;
  return d.modifiers.map((i) => words[i]).filter((w) => /^\p{Ll}/u.test(w.form) && (w.upos === 'ADJ' || w.upos === 'NOUN')
    && !ctx.countryOfWord(w.form) && !entityWords().armedModifiers.has(w.form.toLowerCase())).map((w) => w.form.toLowerCase());
}

/** Does a name hold every one of the words ("Ministry of Interior" holds "interior")? */
export function nameHolds(names: string[], wanted: string[]): boolean {
  return names.some((n) => { const k = nameKey(n).split(' '); return wanted.every((w) => k.includes(w)); });
}

/** The country's body of the description's kinds whose name holds its specific words, if exactly one does. */
function specificBody(ctx: ReferenceContext, d: Description, country: string): string | undefined {
  const wanted = specificWords(ctx, d);
  if (!wanted.length) return undefined;
  const kinds = d.info.kinds ?? [];
  const found = ctx.kb.entriesOf(country).filter((e) => e.type === 'StateBody' && kinds.includes(e.kind ?? '') && nameHolds([e.name, ...(e.aliases ?? [])], wanted));
  return found.length === 1 ? found[0].id : undefined;
}

/** The body of the description's kinds for a country, as an entity of the document (made if the text never named it). */
export function bodyResolution(ctx: ReferenceContext, d: Description, country: string, rule: string): Resolution | undefined {
  const { words } = ctx.doc;
  const at = words[d.head].sentence;
  const places = placeWeights(ctx.kb, ctx.places(), at);
  const text = ctx.doc.text.slice(words[d.first].start, words[d.head].end);
  const specific = specificBody(ctx, d, country);
  if (specific) {
    const entity = ctx.entityFor(canonicalEntry(ctx.kb, specific, text));
    if (entity) return { entity, rule };
  }
  for (const kind of d.info.kinds ?? []) {
    const body = bodyOfCountry(ctx.kb, country, kind, places);
    if (!body) continue;
    const entity = ctx.entityFor(canonicalEntry(ctx.kb, body.id, text));
    if (entity) return { entity, rule };
  }
  // "the Russian agency" where the text named Russia's Federal Security Service, not the first body of the kind
  // the knowledge base lists: the one body of those kinds and that country the text named before, if one.
  const kinds = d.info.kinds ?? [];
  const start = words[d.first].start;
  const named = ctx.doc.entities.filter((e) => {
    const entry = e.type === 'StateBody' && e.kbId ? ctx.kb.get(e.kbId) : undefined;
    return entry && kinds.includes(entry.kind ?? '') && ctx.kb.countryOf(entry)?.id === country && ctx.countBefore(e.id, start) > 0;
  });
  return named.length === 1 ? { entity: named[0], rule } : undefined;
}

/** A state-body description the noun phrase itself places ("the Nigerian army"). */
export function stateBody(ctx: ReferenceContext, d: Description): Resolution | undefined {
  const country = countryOfPhrase(ctx, d);
  return country ? bodyResolution(ctx, d, country, 'coref/description-state') : undefined;
}

/** The document's own country's body that the description's specific words name ("the interior ministry"). */
export function specificCountryBody(ctx: ReferenceContext, d: Description): Resolution | 'unnamed' | undefined {
  const country = ctx.countries[0];
  if (!country || !specificBody(ctx, d, country)) return undefined;
  // The knowledge base knows the body but the text never named it: no other body will do.
  return bodyResolution(ctx, d, country, 'coref/description-specific') ?? 'unnamed';
}

/** Failing an antecedent, the body of that kind of the country the document is about. */
export function mainCountryBody(ctx: ReferenceContext, d: Description): Resolution | undefined {
  const country = ctx.countries[0];
  return country ? bodyResolution(ctx, d, country, 'coref/description-main-country') : undefined;
}
