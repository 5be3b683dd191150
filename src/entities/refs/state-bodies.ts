import { placeWeights, bodyOfCountry } from '../bodies.js';
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
    const p = ctx.pool.find((x) => x.head === k || (x.mention.start <= words[k].start && x.mention.end >= words[k].end));
    const entry = p?.entity.kbId ? ctx.kb.get(p.entity.kbId) : undefined;
    const country = entry ? ctx.kb.countryOf(entry) : undefined;
    if (country) return country.id;
  }
  return undefined;
}

/** The body of the description's kinds for a country, as an entity of the document (made if the text never named it). */
export function bodyResolution(ctx: ReferenceContext, d: Description, country: string, rule: string): Resolution | undefined {
  const { words } = ctx.doc;
  const at = words[d.head].sentence;
  const places = placeWeights(ctx.kb, ctx.places(), at);
  for (const kind of d.info.kinds ?? []) {
    const body = bodyOfCountry(ctx.kb, country, kind, places);
    if (!body) continue;
    const text = ctx.doc.text.slice(words[d.first].start, words[d.head].end);
    const entity = ctx.entityFor(canonicalEntry(ctx.kb, body.id, text));
    if (entity) return { entity, rule };
  }
  return undefined;
}

/** A state-body description the noun phrase itself places ("the Nigerian army"). */
export function stateBody(ctx: ReferenceContext, d: Description): Resolution | undefined {
  const country = countryOfPhrase(ctx, d);
  return country ? bodyResolution(ctx, d, country, 'coref/description-state') : undefined;
}

/** Failing an antecedent, the body of that kind of the country the document is about. */
export function mainCountryBody(ctx: ReferenceContext, d: Description): Resolution | undefined {
  const country = ctx.countries[0];
  return country ? bodyResolution(ctx, d, country, 'coref/description-main-country') : undefined;
}
