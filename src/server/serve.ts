import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServerDeps } from './deps.js';

/** The built app: dist/web beside dist/server, and the same folder when run from src/ (tsx). */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface ServeOptions extends Omit<ServerDeps, 'token' | 'allowedHosts'> {
  host: string;
  port: number;
  /** Token for writes; made up when the host is not loopback and none is given. */
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open: carries the token in its #fragment (never sent to the server in a request line). */
  openUrl: string;
  token?: string;
  close(): Promise<void>;
  idle(): Promise<void>;
}

/**
 * Starts the API and app. On loopback the server answers only to loopback
 * host names; on any other host every request that changes data needs the
 * token.
 */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const { host, port, ...deps } = options;
  const local = isLoopback(host);
  const token = options.token ?? (local ? undefined : randomBytes(24).toString('base64url'));
  const { app, jobs, warm } = createApp({ ...deps, ...(token ? { token } : {}), allowedHosts: local ? [...LOOPBACK, host] : [] });
  return new Promise((resolve, reject) => {
    let warming: Promise<void> = Promise.resolve();
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      // The first view is the whole corpus: read it now, while the user opens the page.
      warming = warm();
      const name = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${name}:${info.port}/`;
      resolve({
        url, openUrl: token ? `${url}#token=${token}` : url, ...(token ? { token } : {}),
        idle: () => jobs.idle(),
        close: () => warming.then(() => new Promise<void>((res) => {
          server.close(() => res());
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        })),
      });
    });
    server.once('error', reject);
  });
}
