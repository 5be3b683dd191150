import type {
  ActorPage, ActorSummary, AssertionView, ClaimRows, ClaimView, Contradiction, DocumentView, GraphResponse, IngestJob, Meta, PathsResponse, ReviewItem,
  SearchHit, SourceInfo, StoredDocument,
} from '../../src/server/api.js';

export type * from '../../src/server/api.js';

export class ApiFailure extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

const TOKEN_KEY = 'nexus-token';

/** `nexus serve` off loopback prints a URL with #token=...: keep it for this tab and take it out of the address bar. */
export function takeToken(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
  history.replaceState(null, '', `${location.pathname}#/graph`);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  // Off loopback every API request, reads included, needs the token.
  if (token) headers['x-nexus-token'] = token;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) { headers['content-type'] = 'application/json'; payload = JSON.stringify(body); }
  const res = await fetch(`./api${path}`, { method, headers, body: payload });
  if (res.ok && !(res.headers.get('content-type') ?? '').includes('json')) return (await res.blob()) as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = (data as { error?: { code: string; message: string } }).error;
    throw new ApiFailure(err?.code ?? 'Internal', err?.message ?? `HTTP ${res.status}`, res.status);
  }
  return data as T;
}

const q = (params: Record<string, string | number | boolean | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const t = s.toString();
  return t ? `?${t}` : '';
};
const enc = encodeURIComponent;

export const api = {
  meta: () => call<Meta>('GET', '/meta'),
  graph: (p: Record<string, string | number | boolean | undefined>) => call<GraphResponse>('GET', `/graph${q(p)}`),
  assertion: (id: string, includeRejected = false) => call<AssertionView>('GET', `/assertions/${enc(id)}${q({ includeRejected: includeRejected || undefined })}`),
  reviewClaim: (id: string, decision: 'accepted' | 'rejected' | 'clear') => call('POST', `/claims/${enc(id)}/review`, { decision }),
  reviewAssertion: (id: string, decision: 'accepted' | 'rejected' | 'clear') => call('POST', `/assertions/${enc(id)}/review`, { decision }),
  actors: (p: { name?: string; type?: string; limit?: number }) => call<ActorSummary[]>('GET', `/actors${q(p)}`),
  actor: (id: string) => call<ActorPage>('GET', `/actors/${enc(id)}`),
  merge: (into: string, from: string) => call('POST', `/actors/${enc(into)}/merge`, { from }),
  split: (id: string, alias: string) => call<{ id: string; created: string }>('POST', `/actors/${enc(id)}/split`, { alias }),
  documents: () => call<StoredDocument[]>('GET', '/documents'),
  document: (id: string) => call<DocumentView>('GET', `/documents/${enc(id)}`),
  claims: (p: Record<string, string | undefined>) => call<ClaimView[]>('GET', `/claims${q(p)}`),
  contradictions: () => call<Contradiction[]>('GET', '/contradictions'),
  sources: () => call<SourceInfo[]>('GET', '/sources'),
  grade: (name: string, grade: string) => call('PUT', '/sources/grade', { name, grade }),
  search: (text: string) => call<SearchHit[]>('GET', `/search${q({ q: text })}`),
  ingestText: (body: { text?: string; url?: string; title?: string; publisher?: string; published?: string }) => call<IngestJob>('POST', '/ingest', body),
  ingestFiles: (files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return call<IngestJob>('POST', '/ingest', form);
  },
  job: (id: string) => call<IngestJob>('GET', `/ingest/${enc(id)}`),
  graphClaims: (p: Record<string, string | number | boolean | undefined>) => call<ClaimRows>('GET', `/graph/claims${q(p)}`),
  paths: (p: Record<string, string | number | boolean | undefined>) => call<PathsResponse>('GET', `/paths${q(p)}`),
  reviewMany: (items: ReviewItem[]) => call<{ reviewed: number; decisions: string[] }>('POST', '/review', { items }),
  undo: (decisions: string[]) => call<{ undone: unknown[] }>('POST', '/undo', { decisions }),
  exportClaims: (format: 'csv' | 'stix' | 'gexf', claims: string[]) => call<Blob>('POST', '/export', { format, claims }),
};
