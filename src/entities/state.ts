import type { NexusDocument } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { DocTree } from '../nlp/tree.js';
import type { Resolved } from './build.js';
import type { KbHit } from './kb-scan.js';
import type { DocContext } from './kb-context.js';
import { Union } from './union.js';

/**
 * What the entity passes share while one document goes through them: the
 * document and its parse, the knowledge base, the candidate mentions and the
 * links between them. Each pass reads and adds to it; nothing else is kept.
 */
export class EntityState {
  readonly tree: DocTree;
  /** Knowledge-base matches over the tokens, longest first (pass kb-names). */
  hits: KbHit[] = [];
  hitAt = new Map<number, KbHit>();
  /** Candidate mentions: names, titles, descriptions, made by the recognition passes. */
  cands: Resolved[] = [];
  /** Tokens inside some candidate (pass discover-names). */
  covered = new Uint8Array(0);
  /** Which candidates name the same entity (created by the definitions pass, once every candidate exists). */
  union = new Union(0);
  /** Candidates tied by a definition in the text ("X (XY)"): they share a knowledge-base entry. */
  defined = new Set<number>();
  /** The countries the document is about (pass knowledge). */
  context?: DocContext;
  /** Sentence index of each token. */
  private sentenceOfToken?: Int32Array;

  constructor(readonly doc: NexusDocument, readonly kb: KnowledgeBase) {
    this.tree = new DocTree(doc);
  }

  sentenceOf(token: number): number {
    if (!this.sentenceOfToken) {
      const out = new Int32Array(this.doc.tokens.length);
      this.doc.sentences.forEach((s, i) => out.fill(i, s.first, s.last));
      this.sentenceOfToken = out;
    }
    return this.sentenceOfToken[token];
  }
}

/** One step of recognition or resolution, named so that --explain and the docs can point at it. */
export interface EntityPass {
  id: string;
  run(state: EntityState): void;
}
