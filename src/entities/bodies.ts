import type { KbEntry, KnowledgeBase } from '../kb/index.js';

/** Where the document is, as weights on regions (provinces, states) of the knowledge base: region id -> weight. */
export type PlaceWeights = Map<string, number>;

/** The region (province, state) a place lies in, following parents; the place itself when it is one. */
export function regionOf(kb: KnowledgeBase, entry: KbEntry | undefined): KbEntry | undefined {
  for (let e = entry, guard = 0; e && guard < 6; guard++, e = e.parent ? kb.get(e.parent) : undefined) {
    if (e.kind === 'country') return undefined;
    if (e.kind === 'region') return e;
  }
  return undefined;
}

/** Is `word` in `text` between non-word characters (as /(^|\W)word(\W|$)/ without building one)? */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** \w of a regular expression without the u flag: ASCII letters, digits, underscore. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const regional = new WeakMap<KnowledgeBase, Map<string, Map<string, string>>>();

/**
 * Body id -> the region its name says it serves ("Khyber Pakhtunkhwa Police"
 * -> the province), for one country's bodies: made per country on first use,
 * as a document asks about a few countries.
 */
function regionalBodies(kb: KnowledgeBase, countryId: string): Map<string, string> {
  let byCountry = regional.get(kb);
  if (!byCountry) regional.set(kb, (byCountry = new Map()));
  let map = byCountry.get(countryId);
  if (map) return map;
  map = new Map();
  const entries = kb.entriesOf(countryId);
  // Each region's names once, not once per body (a regular expression built per body and region took 0.4 s).
  const regions = entries.filter((e) => e.kind === 'region' && e.type === 'Location')
    .map((r) => ({ id: r.id, names: [r.name, ...(r.aliases ?? [])].map((n) => n.toLowerCase()).filter((x) => x.length > 3) }));
  for (const e of entries) {
    if (e.type !== 'StateBody') continue;
    const names = [e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase());
    const r = regions.find((r) => names.some((n) => r.names.some((x) => containsWord(n, x))));
    if (r) map.set(e.id, r.id);
  }
  byCountry.set(countryId, map);
  return map;
}

/**
 * The country's body of a kind for this document: a province's force where
 * the text is in that province ("police" in a Khyber Pakhtunkhwa story is
 * its police), else the national one; never another province's force when
 * the country has only provincial ones and the text names no province.
 */
export function bodyOfCountry(kb: KnowledgeBase, countryId: string, kind: string, places?: PlaceWeights): KbEntry | undefined {
  if (kind === 'country') return kb.get(countryId);
  const all = kb.entriesOf(countryId).filter((e) => e.kind === kind && e.type === 'StateBody');
  if (!all.length) return undefined;
  const regionOfBody = regionalBodies(kb, countryId);
  let best: KbEntry | undefined;
  let bestWeight = 0;
  for (const e of all) {
    const r = regionOfBody.get(e.id);
    const w = r ? places?.get(r) ?? 0 : 0;
    if (w > bestWeight) { best = e; bestWeight = w; }
  }
  if (best) return best;
  const national = all.filter((e) => !regionOfBody.has(e.id));
  if (!national.length) return undefined;
  const direct = national.filter((e) => e.parent === countryId);
  const pool = direct.length ? direct : national;
  // Of several, the one called by the kind's word ("Nigeria Police Force" before the Police Mobile Force).
  const word = kind.replace(/-/g, ' ').replace('armed forces', 'forces');
  const called = pool.find((e) => e.name.toLowerCase().includes(word));
  // Pakistan's police forces are provincial: with no province in the text, none of them is meant (the FIA is no "police").
  return called ?? (all.some((e) => regionOfBody.has(e.id)) ? undefined : pool[0]);
}

/** Weights of the regions the text's places lie in, nearer sentences weighing more. */
export function placeWeights(kb: KnowledgeBase, places: Iterable<{ entry: string; sentence: number }>, at: number): PlaceWeights {
  const out: PlaceWeights = new Map();
  for (const p of places) {
    const r = regionOf(kb, kb.get(p.entry));
    if (r) out.set(r.id, (out.get(r.id) ?? 0) + 1 / (1 + Math.abs(at - p.sentence) / 3));
  }
  return out;
}
