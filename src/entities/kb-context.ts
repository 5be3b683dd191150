import type { KbEntry, KbName, KnowledgeBase } from '../kb/index.js';
import type { Candidate } from './candidates.js';

/**
 * Which countries the document is about, from its unambiguous knowledge-base
 * names: used to choose between entries that share a name (ISI, RSF, ADF).
 */
export class DocContext {
  readonly countries = new Map<string, number>();

  constructor(private readonly kb: KnowledgeBase, cands: Candidate[]) {
    for (const c of cands) {
      const entries = [...new Set(c.kb?.map((n) => n.entry))].map((id) => kb.get(id));
      // "Congolese" may be either Congo: each counts half, enough to tell ADF from ADF.
      const weight = entries.length === 1 ? 1 : entries.length > 1 && entries.every((e) => e?.kind === 'country') ? 0.5 : 0;
      for (const entry of weight ? entries : []) {
        const cc = entry && this.countryCode(entry);
        if (cc) this.countries.set(cc, (this.countries.get(cc) ?? 0) + weight);
      }
    }
  }

  countryCode(entry: KbEntry): string | undefined {
    if (entry.kind === 'country') return entry.id;
    if (entry.country) return entry.country.toLowerCase();
    const country = this.kb.countryOf(entry);
    return country?.id;
  }

  /** How well an entry fits the document: its country is mentioned, or it has none. */
  fit(entry: KbEntry): number {
    const cc = this.countryCode(entry);
    if (!cc) return 1;
    return (this.countries.get(cc) ?? 0) > 0 ? 2 + Math.min(this.countries.get(cc)!, 5) / 10 : 0;
  }

  /** The best knowledge-base name for a candidate, or undefined when none fits. */
  choose(c: Candidate, definedInText: boolean): KbName | undefined {
    if (!c.kb?.length) return undefined;
    let best: KbName | undefined;
    let bestScore = -1;
    for (const n of c.kb) {
      const entry = this.kb.get(n.entry);
      if (!entry) continue;
      // Designated groups are the likelier reading of a shared acronym when nothing else tells.
      const score = this.fit(entry) + (n.kind === 'name' ? 0.3 : n.kind === 'alias' ? 0.2 : n.kind === 'acronym' ? 0.1 : 0) + (entry.designations?.length ? 0.05 : 0);
      if (score > bestScore) { best = n; bestScore = score; }
    }
    if (!best) return undefined;
    // A short acronym of a body from a country the document never mentions
    // is more likely another organisation with the same initials.
    const entry = this.kb.get(best.entry)!;
    if (best.kind === 'acronym' && best.text.replace(/[^A-Za-z]/g, '').length <= 4 && !definedInText && this.fit(entry) === 0 && this.countries.size > 0) return undefined;
    // A person the knowledge base knows (a head of state) is meant only where the document
    // deals with that person's country; elsewhere it is a namesake ("Ibrahim Traore" in a Mali story).
    if (entry.type === 'Person' && this.fit(entry) === 0 && this.countries.size > 0) return undefined;
    return best;
  }
}
