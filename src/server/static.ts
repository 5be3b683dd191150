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
 * Serves the built app (one page, routed by the URL's #fragment). The
 * files are listed from the folder, never looked up by the request's path: a
 * request names one of the listed files or gets nothing, so no path from a
 * request is joined to a folder and read ("..", encoded slashes and the
 * like cannot reach outside).
 */
export function serveApp(app: Hono, root: string): void {
  const list = () => {
    try { return new Map(listFiles(root).map((p) => [`/${relative(root, p).split(sep).join('/')}`, p])); } catch { return new Map<string, string>(); }
  };
  let files = list();
  app.get('*', (c) => {
    // A rebuild (npm run build) renames the assets: list again rather than serve a page whose assets are gone.
    if (c.req.path === '/' || (c.req.path.startsWith('/assets/') && !files.has(c.req.path))) files = list();
    const file = files.get(c.req.path);
    const index = files.get('/index.html');
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
