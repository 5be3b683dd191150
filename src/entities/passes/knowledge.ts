import type { Token } from '../../core/index.js';
import { nameTokens } from '../../kb/index.js';
import { entityWords } from '../../lang/en/index.js';
import { canonicalEntry } from '../canonical.js';
import { demonymActor } from '../demonyms.js';
import { DocContext } from '../kb-context.js';
import { actsAsActor } from '../metonyms.js';
import type { EntityPass } from '../state.js';

/**
 * Chooses each candidate's knowledge-base entry: a name several entries
 * share by the document's countries and region, a capital as its government
 * or as a place by its role in the sentence, a demonym by the noun after it.
 */
export const knowledge: EntityPass = {
  id: 'knowledge',
  run(s) {
    const { doc, kb, cands, union, defined } = s;
    const { tokens, sentences } = doc;
    // A name spelled from pieces ("Nemesio Oseguera Cervantes" around a nickname) may be a known one.
    for (const c of cands) {
      if (c.dropped || c.kb || !c.name) continue;
      const nameToks = nameTokens(c.name);
      const m = kb.trie.match(nameToks, 0);
      if (m && m.end === nameToks.length) c.kb = m.names;
    }
    const ctx = s.context = new DocContext(kb, cands);
    const mentionedIds = new Set(cands.filter((c) => c.kb?.length === 1).map((c) => c.kb![0].entry));
    // The candidates that are some title's office (this loop changes no roleOf), listed when first asked.
    let offices: Set<number | undefined> | undefined;
    cands.forEach((c, i) => {
      if (c.dropped || !c.kb?.length) return;
      const sent = sentences[c.sentence];
      const metonym = c.kb.find((n) => n.kind === 'metonym');
      if (metonym) {
        const place = c.kb.find((n) => kb.get(n.entry)?.type === 'Location');
        const actor = actsAsActor(tokens, c.first, c.last, sent.first, sent.last);
        if (actor || !place) { c.entry = metonym; c.how = 'metonym'; }
        else c.entry = place;
      } else {
        c.entry = ctx.choose(c, defined.has(i));
      }
      if (!c.entry) { c.kb = undefined; return; }
      if (c.entry.kind === 'demonym') {
        const country = kb.get(c.entry.entry)!;
        const use = demonymActor(kb, country, tokens, c.last, sent.last, mentionedIds);
        // A demonym in front of a title keeps pointing at its country ("Ukrainian President X").
        if (use) { c.last = use.end; c.kbEntry = use.entry.id; c.how = 'demonym'; }
        else if ((offices ??= new Set(cands.map((o) => o.roleOf))).has(i)) { c.kbEntry = country.id; c.how = 'demonym'; }
        else c.dropped = true;
        return;
      }
      c.kbEntry = c.entry.entry;
      // "Ukraine intelligence", "US forces": a country's name before a body noun names that body.
      const named = kb.get(c.kbEntry);
      // "the Puntland government", "the Tigray regional administration": a region with a government of its
      // own; the knowledge base holds the region as a place, the text names its government.
      const gov = named?.type === 'Location' && named.kind === 'region' ? regionalGovernment(tokens, c.last, sent.last) : 0;
      // "the Puntland government" and "the Puntland administration" are one body: grouped by the region.
      if (gov) { c.last = gov; c.groupKey = `regional-government:${named!.id}`; c.kbEntry = undefined; c.kb = undefined; c.type = 'StateBody'; c.how = 'name'; c.rule = 'entity/regional-government'; return; }
      if (named?.kind === 'country') {
        const use = demonymActor(kb, named, tokens, c.last, sent.last, mentionedIds);
        if (use) { c.last = use.end; c.kbEntry = use.entry.id; }
      }
      if (c.entry.kind === 'acronym') c.how = 'acronym';
      else if (c.entry.kind === 'alias') c.how = 'alias';
    });
    // One node per actor as analysts see it: a country's government is the country,
    // its armed forces are its army when the knowledge base has one.
    for (const c of cands) if (c.kbEntry) c.kbEntry = canonicalEntry(kb, c.kbEntry, doc.text.slice(tokens[c.first].start, tokens[c.last - 1].end));
    // "Malian troops", "Malian soldiers" in a text that names Mali's army ("the Malian Armed Forces (FAMa)"):
    // that army's men, not the country at large ("Russian forces" stays the country).
    const armies = new Map<string, string>();
    for (const c of cands) {
      const e = !c.dropped && c.kbEntry ? kb.get(c.kbEntry) : undefined;
      if (!e || (e.kind !== 'army' && e.kind !== 'armed-forces') || MEN.test(tokens[c.last - 1].norm)) continue;
      const country = kb.countryOf(e);
      if (country && !armies.has(country.id)) armies.set(country.id, e.id);
    }
    for (const c of cands) {
      if (c.dropped || c.last - c.first !== 2 || !c.kbEntry || !MEN.test(tokens[c.last - 1].norm)) continue;
      const army = armies.get(c.kbEntry);
      if (army && kb.get(c.kbEntry)?.kind === 'country') c.kbEntry = army;
    }
    // An unknown name defined by a known acronym (or the reverse) takes its entry.
    for (let pass = 0; pass < 2; pass++) {
      const entryOf = new Map<number, string>();
      cands.forEach((c, i) => { if (c.kbEntry && !c.dropped) entryOf.set(union.find(i), c.kbEntry); });
      cands.forEach((c, i) => {
        const e = entryOf.get(union.find(i));
        if (e && !c.kbEntry && defined.has(i)) c.kbEntry = e;
      });
    }
  },
};

/** The men of a force: "troops", "soldiers". */
const MEN = /^(troops|soldiers)$/;

/** One past "government" or "administration" (after "regional" or "state" perhaps) right after a region's name, or 0. */
function regionalGovernment(tokens: Token[], last: number, ceil: number): number {
  const { nouns, modifiers, notBefore } = entityWords().regionalGovernment;
  let k = last;
  if (k < ceil && modifiers.has(tokens[k].norm) && !tokens[k].upper) k++;
  const t = tokens[k];
  if (k >= ceil || t.upper || !nouns.has(t.norm)) return 0;
  // "the Puntland government forces": a modifier of another noun, not the government itself.
  const next = tokens[k + 1];
  if (next && k + 1 < ceil && next.kind === 'word' && !next.upper && notBefore.has(next.norm)) return 0;
  return k + 1;
}
