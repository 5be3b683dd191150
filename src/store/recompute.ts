import { keyId, rootKey } from '../corpus/index.js';
import { ensureActors, refreshDisplay } from './actors.js';
import type { Db } from './dialect.js';
import { recountActors, retire } from './resolve.js';
import type { EntityRow } from './tally.js';
import { chunks, insertChunks, splitNorms } from './batch.js';

const notPending = (table: 'de' | 'dk') => (eb: any) => eb.not(eb.exists(eb.selectFrom('pending as p').select('p.doc').whereRef('p.doc', '=', `${table}.doc`))); // eslint-disable-line @typescript-eslint/no-explicit-any

/** Whether a key is a name an analyst split off: it joins nothing, whatever links an analyst made to it before. */
function isSplit(key: string, split: ReadonlySet<string>): boolean {
  return key.startsWith('name:') && split.has(key.slice(5));
}

/**
 * Works out afresh the actors of some keys and of everything connected to
 * them (through the documents' entities and the analysts' merges), after a
 * decision changed how they join: a merge, a split, or undoing one. Returns
 * the actor of each key it placed.
 */
export async function recompute(trx: Db, seed: string[]): Promise<Map<string, string>> {
  const split = await splitNorms(trx);
  const keys = new Set(seed);
  const sets = new Map<string, string[]>();
  const links: Array<[string, string]> = [];
  const linkSeen = new Set<string>();
  let frontier = [...keys];
  while (frontier.length) {
    const grow = new Set<string>();
    const add = (k: string) => { if (!keys.has(k)) { keys.add(k); grow.add(k); } };
    for (const chunk of chunks(frontier)) {
      const actors = (await trx.selectFrom('keys').select('actor').distinct().where('key', 'in', chunk).execute()).map((r) => r.actor);
      if (actors.length) for (const r of await trx.selectFrom('keys').select('key').where('actor', 'in', actors).execute()) add(r.key);
      const roots = await trx.selectFrom('doc_entities as de').select(['de.doc', 'de.local', 'de.key']).where('de.key', 'in', chunk).where(notPending('de')).execute();
      const others = await trx.selectFrom('doc_keys as dk').innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'dk.doc').onRef('de.local', '=', 'dk.local'))
        .select(['de.doc', 'de.local', 'de.key']).where('dk.key', 'in', chunk).where(notPending('dk')).execute();
      const entities = [...roots, ...others].filter((e) => !sets.has(`${e.doc}:${e.local}`));
      for (const e of entities) sets.set(`${e.doc}:${e.local}`, [e.key]);
      for (const docs of chunks([...new Set(entities.map((e) => Number(e.doc)))])) {
        for (const r of await trx.selectFrom('doc_keys').select(['doc', 'local', 'key']).where('doc', 'in', docs).execute()) sets.get(`${r.doc}:${r.local}`)?.push(r.key);
      }
      for (const e of entities) for (const k of sets.get(`${e.doc}:${e.local}`)!) add(k);
      const ids = chunk.map(keyId);
      const found = await trx.selectFrom('merge_links').select(['a', 'b']).where((eb) => eb.or([eb('a', 'in', ids), eb('b', 'in', ids)])).execute();
      const fresh = found.filter((l) => !linkSeen.has(`${l.a}|${l.b}`));
      for (const l of fresh) linkSeen.add(`${l.a}|${l.b}`);
      const linked = [...new Set(fresh.flatMap((l) => [l.a, l.b]))];
      const byId = new Map<string, string>();
      for (const part of chunks(linked)) for (const r of await trx.selectFrom('keys').select(['id', 'key']).where('id', 'in', part).execute()) byId.set(r.id, r.key);
      for (const l of fresh) {
        const [a, b] = [byId.get(l.a), byId.get(l.b)];
        if (a && b) { links.push([a, b]); add(a); add(b); }
      }
    }
    frontier = [...grow];
  }

  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) { parent.set(x, x); return x; } const r = find(p); parent.set(x, r); return r; };
  const union = (a: string, b: string) => { const [x, y] = [find(a), find(b)]; if (x !== y) parent.set(x, y); };
  const held = new Set<string>();
  for (const set of sets.values()) for (const k of set) { held.add(k); union(set[0], k); }
  for (const [a, b] of links) if (held.has(a) && held.has(b) && !isSplit(a, split) && !isSplit(b, split)) union(a, b);
  const groups = new Map<string, string[]>();
  for (const k of held) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);

  const before = new Set<string>();
  for (const chunk of chunks([...keys])) for (const r of await trx.selectFrom('keys').select('actor').distinct().where('key', 'in', chunk).execute()) before.add(r.actor);
  for (const chunk of chunks([...keys])) await trx.deleteFrom('keys').where('key', 'in', chunk).execute();
  await retire(trx, [...before]);
  const placed = new Map<string, string>();
  const actors: Array<{ id: string; root: string }> = [];
  for (const members of groups.values()) {
    const root = rootKey(members);
    const id = keyId(root);
    actors.push({ id, root });
    for (const k of members) placed.set(k, id);
  }
  await ensureActors(trx, actors);
  await insertChunks([...placed].map(([key, actor]) => ({ key, id: keyId(key), actor })), (chunk) => trx.insertInto('keys').values(chunk).execute());
  await recountActors(trx, actors.map((a) => a.id));
  await refreshDisplay(trx, actors.map((a) => a.id));
  return placed;
}

export type { EntityRow };
