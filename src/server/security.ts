import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NexusError } from '../core/index.js';
import { formatBytes } from '../ingest/index.js';
import type { Logger } from '../core/index.js';

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

export function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().startsWith('multipart/form-data');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function sameHost(origin: string, host: string | undefined): boolean {
  try { return !!host && new URL(origin).host.toLowerCase() === host.toLowerCase(); } catch { return false; }
}

/**
 * Why a write must be refused as coming from another site, or undefined.
 * Browsers send Origin with every POST, PUT and DELETE: "null" comes from a
 * sandboxed frame, a file or a redirect and is never the app; another
 * origin is another site. Sec-Fetch-Site says the same from the browser's
 * side (and "same-site" is another port of this host: another app). A
 * client that is no browser (curl, a script) sends neither and passes.
 */
export function foreignWrite(url: string, headers: { origin?: string; host?: string; fetchSite?: string }): string | undefined {
  const site = headers.fetchSite?.toLowerCase();
  if (site === 'cross-site' || site === 'same-site') return `Sec-Fetch-Site: ${site}`;
  const { origin } = headers;
  if (origin === undefined) return undefined;
  if (origin === 'null') return 'Origin: null';
  if (new URL(url).origin !== origin && !sameHost(origin, headers.host)) return `Origin: ${origin}`;
  return undefined;
}

/**
 * Who may ask: the Host header must name this server (a page on another
 * site cannot reach it by rebinding a name to 127.0.0.1); a write must come
 * from this origin (no form posts or fetches from other sites, sandboxed
 * frames included); and when a token is set (any host but loopback), every
 * API request, reads included, must carry it. The app itself (index.html
 * and its assets) is served without it: it is the token's fragment that
 * the page reads.
 */
export function guard(options: { token?: string; allowedHosts?: string[]; logger?: Logger }): MiddlewareHandler {
  const hosts = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (hosts.size) {
      const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!hosts.has(host)) throw new NexusError('Forbidden', 'this server does not answer to that host name', { subject: host });
    }
    if (WRITES.has(c.req.method)) {
      const why = foreignWrite(c.req.url, { origin: c.req.header('origin'), host: c.req.header('host'), fetchSite: c.req.header('sec-fetch-site') });
      if (why) {
        options.logger?.warn(`refused ${c.req.method} ${c.req.path} from another site (${why})`);
        throw new NexusError('Forbidden', 'a request that changes data must come from the app itself, not from another site', { subject: why });
      }
    }
    if (options.token && c.req.path.startsWith('/api/')) {
      const given = c.req.header('x-nexus-token') ?? c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
      if (!sameSecret(given, options.token)) {
        throw new NexusError('Unauthorized', 'this server needs its token: open the URL `nexus serve` printed (with #token=...), or send the token as the X-Nexus-Token header');
      }
    }
    await next();
  };
}

/** Refuses bodies above `max` bytes before they are read whole. */
export function limitBody(max: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: max,
    onError: () => { throw new NexusError('InputTooLarge', `the request is above the ${formatBytes(max)} limit`); },
  });
}
