import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.map': 'application/json',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.isFile() ? [p] : [];
  });
}

/**
 * Serves the built app (one page, routed by the URL's #fragment). The files are listed once at start: a request names
 * one of them or gets the app's page, so no request path is ever joined to a
 * folder and read (no "..", no symlink, no encoded slash can reach outside).
 */
export function serveApp(app: Hono, root: string): void {
  let files: Map<string, string>;
  try {
    files = new Map(listFiles(root).map((p) => [`/${relative(root, p).split(sep).join('/')}`, p]));
  } catch {
    files = new Map();
  }
  const index = files.get('/index.html');
  app.get('*', (c) => {
    const file = files.get(c.req.path);
    if (file) {
      // Vite names assets by content hash: they never change under one name.
      const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(readFileSync(file), 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    }
    if (c.req.path !== '/') return c.text('Not found', 404);
    if (!index) return c.text('The web app is not built: run `npm run build`.', 404);
    return c.body(readFileSync(index), 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  });
}
