import { Agent, fetch as undiciFetch } from 'undici';
import { NexusError } from '../core/index.js';
import { formatBytes } from '../ingest/index.js';
import { anyAddress, checkUrl, guardedLookup, type AddressPolicy, type LookupFunction } from './address.js';
import type { Fetched, Fetcher } from './types.js';

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Least time between two requests to one host. */
  delayMs: number;
  /** Which addresses may be reached (default any: the CLI fetches what its user names; the server passes `publicOnly`). */
  addresses?: AddressPolicy;
  /** Resolves host names (dns.lookup; a fake in tests). */
  resolve?: LookupFunction;
}

const MAX_REDIRECTS = 5;

export { DEFAULT_USER_AGENT } from './agent.js';

/**
 * A polite HTTP client: one request at a time, a pause between requests to
 * the same host, a timeout, and a size cap checked while the body streams.
 * Redirects are followed by hand so that every hop's address is checked
 * against the policy; names are checked again when the socket connects.
 */
export function httpFetcher(options: HttpOptions): Fetcher {
  const lastByHost = new Map<string, number>();
  const policy = options.addresses ?? anyAddress;
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(policy, options.resolve) } });
  const request = async (url: string, signal: AbortSignal): Promise<{ response: Response; at: string }> => {
    let at = url;
    for (let hop = 0; ; hop++) {
      await checkUrl(at, policy, options.resolve);
      const host = new URL(at).host;
      const wait = (lastByHost.get(host) ?? 0) + options.delayMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastByHost.set(host, Date.now());
      const response = await undiciFetch(at, {
        headers: { 'user-agent': options.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml, text/plain;q=0.9, */*;q=0.5' },
        redirect: 'manual', signal, dispatcher,
      }) as unknown as Response;
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, at };
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new NexusError('FetchFailed', `more than ${MAX_REDIRECTS} redirects`, { subject: url });
      at = new URL(location, at).href;
      if (!/^https?:$/.test(new URL(at).protocol)) throw new NexusError('FetchFailed', `redirects to ${at}, which is not http(s)`, { subject: url });
    }
  };
  return {
    check: (url: string) => checkUrl(url, policy, options.resolve),
    async get(url: string): Promise<Fetched> {
      try { new URL(url); } catch { throw new NexusError('FetchFailed', 'is not a valid URL', { subject: url }); }
      let response: Response;
      let finalUrl: string;
      try {
        ({ response, at: finalUrl } = await request(url, AbortSignal.timeout(options.timeoutMs)));
      } catch (e) {
        if (e instanceof NexusError) throw e;
        // A refusal from the guarded lookup reaches here wrapped by fetch.
        const cause = (e as Error & { cause?: Error }).cause;
        if (cause instanceof NexusError) throw new NexusError(cause.name, cause.message, { subject: url });
        const why = (e as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : `cannot be fetched (${cause?.message ?? (e as Error).message})`;
        throw new NexusError('FetchFailed', why, { subject: url, cause: e });
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new NexusError('FetchFailed', `HTTP ${response.status} ${response.statusText}`.trim(), { subject: url });
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      const tooLarge = (n: number) => new NexusError('InputTooLarge', `is ${formatBytes(n)}, above the ${formatBytes(options.maxBytes)} limit (raise it with --max-bytes)`, { subject: url });
      if (declared > options.maxBytes) { await response.body?.cancel().catch(() => undefined); throw tooLarge(declared); }
      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          if (size > options.maxBytes) throw tooLarge(size);
          chunks.push(chunk);
        }
      } catch (e) {
        if (e instanceof NexusError) throw e;
        throw new NexusError('FetchFailed', `broke off while reading (${(e as Error).message})`, { subject: url, cause: e });
      }
      const contentType = response.headers.get('content-type') ?? '';
      const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
      let text: string;
      try { text = new TextDecoder(charset).decode(Buffer.concat(chunks)); } catch { text = new TextDecoder('utf-8').decode(Buffer.concat(chunks)); }
      return { url: finalUrl, contentType, text, bytes: size };
    },
  };
}
