import type { Message, MessageLevel } from './message.js';
import type { Claim, Entity, Mention, RoleLink } from './model.js';
import type { Span } from './span.js';
import type { Sentence, Token, Word } from './text.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface SourceMeta {
  /** File path, URL or "-" for stdin. */
  path?: string;
  url?: string;
  title?: string;
  publisher?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  author?: string;
  authorEmail?: string;
}

export type BlockKind = 'paragraph' | 'heading';

/** A kept piece of the text (a paragraph or a heading). */
export interface Block extends Span {
  kind: BlockKind;
}

export type DropReason = 'boilerplate' | 'duplicate' | 'repeated-article' | 'teaser' | 'metadata';

/** A piece of the text the cleaner left out, and why. */
export interface Dropped extends Span {
  reason: DropReason;
  /** The rule that dropped it, e.g. "boilerplate/copyright". */
  rule: string;
  /** For duplicates: the kept span it repeats. */
  of?: Span;
}

/**
 * The object that flows through the stages (in the manner of vfile): the text
 * as decoded, which every span indexes, the kept blocks, and what each stage
 * adds. Stages never rewrite `text`.
 */
export class NexusDocument {
  id = '';
  blocks: Block[] = [];
  dropped: Dropped[] = [];
  messages: Message[] = [];
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  /** The parse: words with tags, lemmas and dependency heads (see nlp/). */
  words: Word[] = [];
  mentions: Mention[] = [];
  entities: Entity[] = [];
  claims: Claim[] = [];
  roles: RoleLink[] = [];

  constructor(
    readonly text: string,
    readonly format: InputFormat,
    readonly encoding: string,
    public source: SourceMeta = {},
  ) {}

  message(level: MessageLevel, code: string, text: string, span?: Span): void {
    this.messages.push({ level, code, text, ...(span ? { span: { start: span.start, end: span.end } } : {}) });
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
