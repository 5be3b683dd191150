import type { KbEntry } from '../../kb/index.js';
import { entityWords } from '../../lang/en/index.js';
import { spanText, type Resolved } from '../build.js';
import { canonicalEntry } from '../canonical.js';
import { bodyByWords } from './country-body.js';
import type { EntityPass, EntityState } from '../state.js';

/**
 * "Army" or "Police" alone ("Army Chief Gen X", "the Army's media wing") and
 * the generic phrases ("security forces") name the body of that kind of the
 * country the document is most about: one the text already named first.
 */
export const genericBodies: EntityPass = {
  id: 'generic-bodies',
  run(s) {
    const { doc, kb, cands, union } = s;
    const countries = [...(s.context?.countries ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
    const counts = new Map<string, number>();
    for (const c of cands) if (!c.dropped && c.kbEntry) counts.set(c.kbEntry, (counts.get(c.kbEntry) ?? 0) + 1);
    // Bodies of the document's main country that the document already names.
    const mentioned = new Map<string, string>();
    for (const [id] of [...counts].sort((a, b) => b[1] - a[1])) {
      const entry = kb.get(id);
      if (entry?.kind && !mentioned.has(entry.kind) && kb.countryOf(entry)?.id === countries[0]) mentioned.set(entry.kind, id);
    }
    const capitalised = entityWords().genericCapitalised;
    let indexed: Candidates | undefined;
    const candidates = () => (indexed ??= new Candidates(s));
    for (const [ci, c] of cands.entries()) {
      if (c.dropped || c.kbEntry || c.how === 'title') continue;
      const t = doc.tokens[c.first];
      const kinds = c.generic ?? (c.last - c.first === 1 && t.upper ? capitalised.get(t.norm) : undefined);
      if (!kinds) continue;
      // "Its police", "their troops": whose body depends on the pronoun, which the references pass resolves first.
      if (/^(its|their|his|her)$/.test(doc.tokens[c.first - 1]?.norm ?? '')) { c.dropped = true; continue; }
      if (c.owned) { ownedBody(s, candidates(), c, kinds); continue; }
      // "an encounter with police" after "Balochistan Police": the named force the text already introduced.
      if (c.last - c.first === 1) {
        const nearest = candidates().lastNamedEndingIn(t.norm, c);
        if (nearest >= 0) { union.join(nearest, ci); c.how = 'description'; c.rule = 'entity/generic-body'; c.type = cands[nearest].type ?? 'StateBody'; continue; }
      }
      // A body of that kind the document already names wins ("the Pakistan military ... the Army's media wing"),
      // the one named last before it first ("the CTD of Balochistan Police ... an encounter with police").
      // "Niger's junta", "Mali's army": the possessor's country, whatever the document is most about.
      const owner = ownerCountry(s, candidates(), c);
      const country = owner ?? countries[0];
      let found = kinds.map((kind) => candidates().lastNamed(c, kind, country, doc.tokens[c.last - 1].norm)).find((x) => x)
        ?? (owner ? undefined : kinds.map((kind) => mentioned.get(kind)).find((x) => x));
      for (const cc of found ? [] : [country].filter((x): x is string => !!x)) {
        for (const kind of kinds) {
          const body = kb.bodyOf(cc, kind);
          if (body) { found = body.id; break; }
        }
      }
      if (found) found = canonicalEntry(kb, found, '');
      if (found) { c.kbEntry = found; c.how = 'description'; c.rule = 'entity/generic-body'; }
      else c.dropped = true;
    }
  },
};

/**
 * "Chad's foreign ministry", "the Kenyan air force": the owner's body whose
 * name holds the phrase's words, else its body of the phrase's kinds; with
 * no country before it, or no such body, the phrase names nothing. A
 * demonym joins the body's mention ("Kenyan air force"), as a country glued
 * to its body does (pass country-body); a possessor keeps its own mention.
 */
function ownedBody(s: EntityState, lookup: Candidates, c: Resolved, kinds: string[]): void {
  const { kb, doc } = s;
  // The demonym or country right before ("the Kenyan", "US"): the knowledge pass drops a demonym adjective as a mention of its own.
  const gluedCountry = (x: Resolved) => [x.kbEntry, ...(x.kb ?? []).map((k) => k.entry)].find((id) => id && kb.get(id)?.kind === 'country');
  const glued = lookup.allEndingAt(c.first).find((x) => x !== c && (!x.dropped || x.kb?.[0]?.kind === 'demonym') && gluedCountry(x));
  const country = ownerCountry(s, lookup, c) ?? (glued ? gluedCountry(glued) : undefined);
  const text = spanText(doc, doc.tokens, c.first, c.last);
  let found = country ? bodyByWords(kb, country, text) : undefined;
  if (country && !found) {
    // "Uganda's army": the body called by the phrase's word, else the armed forces rather than some unit of kind army.
    const head = text.toLowerCase().split(/\s+/).pop()!;
    const bodies = kinds.map((kind) => kb.bodyOf(country, kind)).filter((b) => !!b);
    found = (bodies.find((b) => b.name.toLowerCase().includes(head)) ?? bodies.find((b) => b.kind === 'armed-forces') ?? bodies[0])?.id;
  }
  if (found) found = canonicalEntry(kb, found, '');
  if (!found) { c.dropped = true; return; }
  c.kbEntry = found;
  c.type = 'StateBody';
  c.rule = 'entity/generic-body';
  // Owned, the phrase names the body as surely as its name would ("Chad's foreign ministry said").
  c.how = 'alias';
  if (glued) { c.first = glued.first; glued.dropped = true; }
}

/** The country of a name in the possessive right before a candidate ("Niger's junta"), if any. */
function ownerCountry(s: EntityState, lookup: Candidates, c: Resolved): string | undefined {
  const { tokens } = s.doc;
  const k = c.first - 1;
  if (k < 1 || !tokens[k].glued || (tokens[k].norm !== "'s" && tokens[k].norm !== "'")) return undefined;
  const o = lookup.endingAt(k);
  const entry = o ? s.kb.get(o.kbEntry ?? o.kb![0].entry) : undefined;
  if (!entry) return undefined;
  return entry.kind === 'country' ? entry.id : s.kb.countryOf(entry)?.id;
}

/**
 * The candidates indexed the ways this pass asks for them, so that each
 * generic word looks at the few that may answer rather than every candidate.
 * The lists keep the candidates' order, and what this pass changes while it
 * runs (dropped, kbEntry) is checked when asked, so the answers are those of
 * a scan over all the candidates.
 */
class Candidates {
  /** By the norm of their last token: candidates of two words or more, not titles. */
  private byLastWord = new Map<string, number[]>();
  /** By the token they end before. */
  private byEnd = new Map<number, number[]>();
  /** By the kind of their one knowledge-base match: the candidate and that entry. */
  private byKind = new Map<string, { o: Resolved; e: KbEntry }[]>();
  private countries = new Map<KbEntry, string | undefined>();
  private lastWords = new Map<KbEntry, string | undefined>();

  constructor(private s: EntityState) {
    const { doc, kb } = s;
    s.cands.forEach((o, i) => {
      if (o.how !== 'title' && o.last - o.first >= 2) push(this.byLastWord, doc.tokens[o.last - 1].norm, i);
      push(this.byEnd, o.last, i);
      if (o.kb?.length === 1) {
        const e = kb.get(o.kb[0].entry);
        if (e?.kind) push(this.byKind, e.kind, { o, e });
      }
    });
  }

  /** The last candidate (in their order) before `c` that ends in the word `norm`, names no entry and is not dropped, or -1. */
  lastNamedEndingIn(norm: string, c: Resolved): number {
    const list = this.byLastWord.get(norm) ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const o = this.s.cands[list[k]];
      if (!o.dropped && o !== c && o.first < c.first && !o.kbEntry) return list[k];
    }
    return -1;
  }

  /** Every candidate ending before token `k`, dropped ones too, in their order. */
  allEndingAt(k: number): Resolved[] {
    return (this.byEnd.get(k) ?? []).map((i) => this.s.cands[i]);
  }

  /** The first candidate ending before token `k` with a knowledge-base entry or match. */
  endingAt(k: number): Resolved | undefined {
    for (const i of this.byEnd.get(k) ?? []) {
      const x = this.s.cands[i];
      if (!x.dropped && (x.kbEntry || x.kb?.length)) return x;
    }
    return undefined;
  }

  /** The body of a kind the text named last before a candidate, in the document's main country. */
  lastNamed(c: Resolved, kind: string, country: string | undefined, word?: string): string | undefined {
    let best: Resolved | undefined;
    let bestWord = false;
    for (const { o, e } of this.byKind.get(kind) ?? []) {
      if (o.dropped || o.first >= c.first) continue;
      if (country && this.countryOf(e) !== country) continue;
      // "police" after "the CTD of Balochistan Police": a body called by that word beats one merely of that kind.
      const called = !!word && this.lastWord(e) === word;
      if (!best || (called && !bestWord) || (called === bestWord && o.first > best.first)) { best = o; bestWord = called; }
    }
    return best?.kb?.[0].entry;
  }

  private countryOf(e: KbEntry): string | undefined {
    if (!this.countries.has(e)) this.countries.set(e, this.s.kb.countryOf(e)?.id);
    return this.countries.get(e);
  }

  private lastWord(e: KbEntry): string | undefined {
    if (!this.lastWords.has(e)) this.lastWords.set(e, e.name.toLowerCase().split(/\s+/).pop());
    return this.lastWords.get(e);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
