import type { Span } from './span.js';

export type MessageLevel = 'info' | 'warning' | 'error';

/** A note a stage leaves on a document, with where it applies (like vfile's messages). */
export interface Message {
  level: MessageLevel;
  /** Stable machine-readable code, e.g. "clean/duplicate". */
  code: string;
  text: string;
  span?: Span;
}
