import { NexusError } from '../core/index.js';
import { formatBytes } from '../ingest/index.js';
import type { Fetched, Fetcher } from './types.js';

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Least time between two requests to one host. */
  delayMs: number;
}

export const DEFAULT_USER_AGENT = 'nexus/0.1 (evidence-graph research tool; one request at a time)';

/**
 * A polite HTTP client: one request at a time, a pause between requests to
 * the same host, a timeout, and a size cap checked while the body streams.
 */
export function httpFetcher(options: HttpOptions): Fetcher {
  const lastByHost = new Map<string, number>();
  return {
    async get(url: string): Promise<Fetched> {
      let host: string;
      try { host = new URL(url).host; } catch { throw new NexusError('FetchFailed', 'is not a valid URL', { subject: url }); }
      const wait = (lastByHost.get(host) ?? 0) + options.delayMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastByHost.set(host, Date.now());
      let response: Response;
      try {
        response = await fetch(url, { headers: { 'user-agent': options.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml, text/plain;q=0.9, */*;q=0.5' }, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (e) {
        const why = (e as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : `cannot be fetched (${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message})`;
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
      return { url: response.url || url, contentType, text, bytes: size };
    },
  };
}
