import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NexusError } from '../core/index.js';
import { formatBytes } from '../ingest/index.js';

/**
 * Article text is rendered as text by the app; the policy is the second
 * line: no inline script, no script from elsewhere, no plugin, no framing,
 * so markup that slipped into the page could still not run.
 */
export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Who may ask: the Host header must name this server (a page on another
 * site cannot reach it by rebinding a name to 127.0.0.1), a write must come
 * from this origin (no cross-site form posts), and carry the token when one
 * is set (any host but loopback).
 */
export function guard(options: { token?: string; allowedHosts?: string[] }): MiddlewareHandler {
  const hosts = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (hosts.size) {
      const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!hosts.has(host)) throw new NexusError('Forbidden', 'this server does not answer to that host name', { subject: host });
    }
    if (WRITES.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && new URL(c.req.url).origin !== origin && !sameHost(origin, c.req.header('host'))) {
        throw new NexusError('Forbidden', 'a request that changes data must come from the app itself', { subject: origin });
      }
      if (options.token) {
        const given = c.req.header('x-nexus-token') ?? c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
        if (!sameSecret(given, options.token)) throw new NexusError('Unauthorized', 'this request changes data: send the token given by `nexus serve` (header X-Nexus-Token)');
      }
    }
    await next();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try { return !!host && new URL(origin).host.toLowerCase() === host.toLowerCase(); } catch { return false; }
}

/** Refuses bodies above `max` bytes before they are read whole. */
export function limitBody(max: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: max,
    onError: () => { throw new NexusError('InputTooLarge', `the request is above the ${formatBytes(max)} limit`); },
  });
}
