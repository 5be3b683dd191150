/** Routes live in the URL's #fragment ("#/actor/<id>?x=y"), so the server serves one page and every view can be linked. */
export interface Route {
  name: string;
  arg?: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name = 'graph', ...rest] = path.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return { name: name || 'graph', ...(arg ? { arg } : {}), params: new URLSearchParams(query) };
}

export function href(name: string, arg?: string, params?: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${name}${arg ? `/${encodeURIComponent(arg)}` : ''}${s ? `?${s}` : ''}`;
}

export function go(name: string, arg?: string, params?: Record<string, string | number | undefined>): void {
  location.hash = href(name, arg, params);
}
