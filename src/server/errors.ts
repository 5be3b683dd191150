import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isNexusError, type ErrorName } from '../core/index.js';
import type { Logger } from '../core/index.js';
import type { ApiError } from './api.js';

/** HTTP status of each error name; the name itself is the stable code a client tests. */
const STATUS: Partial<Record<ErrorName, ContentfulStatusCode>> = {
  BadParameter: 400,
  UsageError: 400,
  Unauthorized: 401,
  Forbidden: 403,
  PrivateAddress: 403,
  NotFound: 404,
  InputNotFound: 404,
  Ambiguous: 409,
  Conflict: 409,
  ReadOnlyStore: 403,
  InputTooLarge: 413,
  InputEmpty: 422,
  InputBinary: 422,
  InputIsDirectory: 422,
  InputUnreadable: 422,
  NoReadableText: 422,
  KbInvalid: 422,
  FetchFailed: 502,
};

export function statusOf(name: ErrorName): ContentfulStatusCode {
  return STATUS[name] ?? 500;
}

/** What a client reads for any error: a stable code, a sentence, and what it is about. */
export function errorBody(e: unknown): { status: ContentfulStatusCode; body: ApiError } {
  if (isNexusError(e)) {
    const status = statusOf(e.name);
    // A store failure may carry SQL or paths: the client gets the code, the log gets the rest.
    const message = status === 500 ? 'the server could not complete the request' : e.message;
    return { status, body: { error: { code: e.name, message, ...(e.subject && status !== 500 ? { subject: e.subject } : {}) } } };
  }
  // Hono's own refusals (a body that is not JSON, say) are the client's fault, not the server's.
  if (e instanceof HTTPException && e.status < 500) {
    return { status: e.status as ContentfulStatusCode, body: { error: { code: e.status === 413 ? 'InputTooLarge' : 'BadParameter', message: e.message || 'bad request' } } };
  }
  return { status: 500, body: { error: { code: 'Internal', message: 'the server could not complete the request' } } };
}

/** The one error handler at the edge: every failure of every route becomes JSON here. */
export function errorHandler(logger: Logger) {
  return (e: unknown, c: Context) => {
    const { status, body } = errorBody(e);
    if (status === 500) logger.warn(`${c.req.method} ${c.req.path}: ${(e as Error)?.stack ?? String(e)}`);
    return c.json(body, status);
  };
}
