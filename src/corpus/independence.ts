import type { SourceGroup } from './types.js';
import { NEAR_DUPLICATE, similarity } from './fingerprint.js';
import { normalizeName } from './names.js';

export interface DocInfo {
  id: string;
  publisher: string;
  published?: string;
  ingestedAt: string;
  fingerprint: string;
}

/**
 * Independent sources behind a set of documents: documents of one publisher
 * are one source, and so are near-duplicate copies (a syndicated article
 * under several mastheads). Documents of unknown publisher count apart
 * unless they are copies.
 */
export function sourceGroups(docs: DocInfo[]): SourceGroup[] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => { const x = find(a); const y = find(b); if (x !== y) parent[Math.max(x, y)] = Math.min(x, y); };
  const byPublisher = new Map<string, number>();
  docs.forEach((d, i) => {
    const p = normalizeName(d.publisher);
    if (p && p !== 'unknown') {
      const first = byPublisher.get(p);
      if (first === undefined) byPublisher.set(p, i);
      else join(first, i);
    }
    for (let j = 0; j < i; j++) if (find(i) !== find(j) && similarity(d.fingerprint, docs[j].fingerprint) >= NEAR_DUPLICATE) join(i, j);
  });
  const groups = new Map<number, SourceGroup>();
  docs.forEach((d, i) => {
    const g = groups.get(find(i)) ?? { publishers: [], documents: [] };
    if (!g.publishers.includes(d.publisher)) g.publishers.push(d.publisher);
    g.documents.push(d.id);
    groups.set(find(i), g);
  });
  return [...groups.values()];
}
