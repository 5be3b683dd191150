import type { Claim, NexusDocument } from '../core/index.js';
import type { Frame } from './attribution.js';
import type { DocView } from './view.js';

/** What a source charges someone with when it says they back, fund or front for another. */
const SPONSORSHIP = new Set(['SUPPORTS', 'FUNDS', 'PROXY_OF']);
const ALLEGE = /^(alleged|alleges|alleging|allege|charged|charges)$/;
const ACTOR_TYPES = new Set(['Person', 'StateBody', 'Organization', 'ArmedGroup']);

/**
 * Accusations the text makes without the word "accuse": a named source that
 * says X backs, funds or fronts for someone ("Pakistan has been smuggling
 * weapons to arm them," he asserted), or that alleges something of X ("he
 * alleged that the group was involved in extortion"), accuses X. The quote
 * is the same; the author reports the accusation.
 */
export function derivedAccusations(view: DocView, claims: Claim[], frames: Frame[]): Claim[] {
  const { doc } = view;
  const out: Claim[] = [];
  const seen = new Set(claims.filter((c) => c.predicate === 'ACCUSED').map((c) => `${c.subject}|${c.object}`));
  const add = (source: string, accused: string, from: Claim | undefined, evidence: Claim['evidence'][number], rule: string) => {
    const key = `${source}|${accused}`;
    if (source === accused || seen.has(key)) return;
    seen.add(key);
    out.push({
      id: '', subject: source, predicate: 'ACCUSED', object: accused, polarity: 'positive', modality: 'asserted',
      attributedTo: 'author', chain: ['author'], qualifiers: from?.qualifiers ?? {}, evidence: [evidence], rule, trigger: from?.trigger ?? evidence, confidence: 0.55,
    });
  };
  for (const c of claims) {
    // A state charged with sponsoring a group: the accusation analysts track ("Pakistan has been smuggling weapons to arm them").
    if (!SPONSORSHIP.has(c.predicate) || c.polarity !== 'positive' || !isActor(doc, c.attributedTo)) continue;
    const accused = doc.entities.find((e) => e.id === c.subject);
    const source = doc.entities.find((e) => e.id === c.attributedTo);
    // The beneficiary telling of its backers ("according to IS-K sources") boasts rather than accuses.
    const backed = doc.entities.find((e) => e.id === c.object);
    if (accused?.type !== 'StateBody' || backed?.type !== 'ArmedGroup' || source?.type === 'StateBody' || c.object === c.attributedTo) continue;
    add(c.attributedTo, c.subject, c, c.evidence[0], `derived/accusation/${c.predicate.toLowerCase()}`);
  }
  for (const f of frames) {
    if (!f.source || !ALLEGE.test(view.tokens[f.cue[0]].norm) || f.denial) continue;
    // The content's first actor is the one the allegation is about ("alleged that the group was involved in extortion").
    for (let k = f.first; k < f.last; k++) {
      const slot = view.slotAt(k);
      if (!slot) continue;
      if (ACTOR_TYPES.has(slot.entity.type) && slot.entity.id !== f.source.entity.id) {
        const start = view.tokens[Math.min(f.cue[0], f.first)].start;
        const end = view.tokens[Math.max(f.last, f.cue[1]) - 1].end;
        add(f.source.entity.id, slot.entity.id, undefined, { text: doc.text.slice(start, end), start, end }, 'derived/accusation/alleged');
      }
      break;
    }
  }
  return out;
}

function isActor(doc: NexusDocument, id: string): boolean {
  const e = doc.entities.find((x) => x.id === id);
  return !!e && ACTOR_TYPES.has(e.type);
}
