import type { Entity, EntityType, Mention, NexusDocument, Sentence, Token } from '../core/index.js';

/** An entity mention as the claims stage sees it: a token range standing for an entity. */
export interface Slot {
  first: number;
  last: number;
  entity: Entity;
  mention: Mention;
}

/**
 * The document seen token by token with the mention (slot) that covers each
 * token, so that rules can walk left and right from a trigger.
 */
export class DocView {
  readonly slotOf: Int32Array;
  readonly slots: Slot[] = [];
  readonly sentenceOf: Int32Array;
  private readonly byId: Map<string, Entity>;

  constructor(readonly doc: NexusDocument) {
    const { tokens } = doc;
    this.byId = new Map(doc.entities.map((e) => [e.id, e]));
    this.slotOf = new Int32Array(tokens.length).fill(-1);
    this.sentenceOf = new Int32Array(tokens.length);
    doc.sentences.forEach((s, i) => this.sentenceOf.fill(i, s.first, s.last));
    // Longest mentions first: "the CIA Director" (a person) wins over "CIA" inside it.
    const mentions = [...doc.mentions].sort((a, b) => (b.end - b.start) - (a.end - a.start));
    for (const m of mentions) {
      const entity = this.byId.get(m.entity);
      if (!entity) continue;
      const first = tokenAt(tokens, m.start);
      let last = first;
      while (last < tokens.length && tokens[last].start < m.end) last++;
      if (first < 0 || last <= first) continue;
      let free = true;
      for (let k = first; k < last; k++) if (this.slotOf[k] >= 0) free = false;
      if (!free) continue;
      const index = this.slots.length;
      this.slots.push({ first, last, entity, mention: m });
      this.slotOf.fill(index, first, last);
    }
  }

  get tokens(): Token[] {
    return this.doc.tokens;
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  slotAt(k: number): Slot | undefined {
    const i = this.slotOf[k];
    return i >= 0 ? this.slots[i] : undefined;
  }

  sentence(k: number): Sentence {
    return this.doc.sentences[this.sentenceOf[k]];
  }

  text(first: number, last: number): string {
    const { tokens } = this.doc;
    return this.doc.text.slice(tokens[first].start, tokens[last - 1].end);
  }
}

export const ACTORS: ReadonlySet<EntityType> = new Set(['Person', 'ArmedGroup', 'StateBody', 'Organization']);

/** Index of the token starting at `pos` (or the first token after it). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}
