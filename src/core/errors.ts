/**
 * Typed errors with stable names. Stages throw these; the CLI and the server
 * turn them into a one-line message or a JSON response in one place each.
 */
export type ErrorName =
  | 'InputNotFound'
  | 'InputIsDirectory'
  | 'InputEmpty'
  | 'InputBinary'
  | 'InputTooLarge'
  | 'InputUnreadable'
  | 'InputInvalid'
  | 'ModelInvalid'
  | 'NoReadableText'
  | 'FetchFailed'
  | 'PrivateAddress'
  | 'KbInvalid'
  | 'UsageError'
  | 'NotFound'
  | 'Ambiguous'
  | 'StoreError'
  | 'ExportError'
  | 'BadParameter'
  | 'Unauthorized'
  | 'Forbidden'
  | 'Conflict'
  | 'ReadOnlyStore'
  | 'QueueError';

export class NexusError extends Error {
  override readonly name: ErrorName;
  /** The input or object the error is about (a path, a URL, an actor name). */
  readonly subject?: string;
  readonly details?: unknown;

  constructor(name: ErrorName, message: string, options: { subject?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = name;
    this.subject = options.subject;
    this.details = options.details;
  }
}

export function isNexusError(e: unknown): e is NexusError {
  return e instanceof NexusError;
}
