import type { KnowledgeBase } from '../../kb/index.js';
import { nameKey, spanText, type Resolved } from '../build.js';
import { isPossessive } from '../metonyms.js';
import type { EntityPass } from '../state.js';

/**
 * "US Central Intelligence Agency": a country named before its own body is
 * part of the body's name. "Turkey's Defence Ministry", "Russia's Defence
 * Ministry": a body name the knowledge base does not hold as written, owned
 * by a country, is that country's body whose name holds the same words.
 */
export const countryBody: EntityPass = {
  id: 'country-body',
  run(s) {
    const { kb, cands, doc } = s;
    const byEnd = new Map<number, Resolved>();
    for (const c of cands) if (!c.dropped && c.kbEntry) byEnd.set(c.last, c);
    for (const b of cands) {
      if (b.dropped) continue;
      if (!b.kbEntry) {
        const owner = isPossessive(doc.tokens[b.first - 1]) ? byEnd.get(b.first - 1) : undefined;
        const country = owner ? kb.get(owner.kbEntry!) : undefined;
        if (country?.kind === 'country' && (!b.type || b.type === 'StateBody' || b.type === 'Organization')) {
          const found = bodyByWords(kb, country.id, spanText(doc, doc.tokens, b.first, b.last));
          if (found) { b.kbEntry = found; b.type = 'StateBody'; b.rule = 'entity/country-body'; addForm(b, spanText(doc, doc.tokens, owner!.first, b.last)); }
        }
        continue;
      }
      const glued = byEnd.get(b.first);
      const owned = isPossessive(doc.tokens[b.first - 1]) ? byEnd.get(b.first - 1) : undefined;
      const a = glued ?? owned;
      if (!a || a === b) continue;
      const country = kb.get(a.kbEntry!);
      const body = kb.get(b.kbEntry);
      // "Egypt's Ministry of Interior": a name several states' bodies share, resolved to another state's, is the owner's.
      if (a === owned && country?.kind === 'country' && body && body.type === 'StateBody' && body.kind !== 'country' && kb.countryOf(body)?.id !== country.id) {
        const own = bodyByWords(kb, country.id, spanText(doc, doc.tokens, b.first, b.last));
        if (own) { b.kbEntry = own; b.rule = 'entity/country-body'; addForm(b, spanText(doc, doc.tokens, a.first, b.last)); }
        continue;
      }
      if (!(country?.kind === 'country' && body && body.type === 'StateBody' && body.kind !== 'country' && kb.countryOf(body)?.id === country.id)) continue;
      // "Russia's National Guard" is a form of the body's name analysts write and search; the country keeps its own mention.
      if (a === owned) addForm(b, spanText(doc, doc.tokens, a.first, b.last));
      else b.first = a.first;
    }
  },
};

function addForm(c: Resolved, form: string): void {
  c.aliasForms = [...(c.aliasForms ?? []), form];
}

const SPELLING: Record<string, string> = { defense: 'defence', organization: 'organisation' };
const words = (s: string) => nameKey(s).split(' ').map((w) => SPELLING[w] ?? w).filter((w) => w.length > 2 && w !== 'the' && w !== 'and');

/** The one body of the country whose name or alias holds every word of the text ("Defence Ministry" in "Ministry of Defence"). */
export function bodyByWords(kb: KnowledgeBase, countryId: string, text: string): string | undefined {
  const want = words(text);
  if (want.length < 2) return undefined;
  const found = kb.entriesOf(countryId).filter((e) => e.type === 'StateBody' && e.kind !== 'country'
    && [e.name, ...(e.aliases ?? [])].some((n) => { const have = new Set(words(n)); return want.every((w) => have.has(w)); }));
  return found.length === 1 ? found[0].id : undefined;
}
