import { NexusError } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { extract } from '../pipeline/index.js';
import type { ActorRef } from '../store/index.js';
import type { DocumentView, MentionView } from './api.js';
import type { ServerDeps } from './deps.js';

/**
 * A stored document with its mentions and what the cleaner dropped.
 *
 * The store keeps the text and the claims' quotes, not the mention or
 * dropped spans, so they are found again by running the (deterministic)
 * pipeline over the stored text; each mention's entity is joined to the
 * corpus actor of the same name and type. Claims and their quotes are the
 * stored ones, so reviews and the graph agree with what is shown.
 */
export async function documentView(deps: Pick<ServerDeps, 'store' | 'kb' | 'nlp' | 'clock' | 'logger'>, id: string): Promise<DocumentView> {
  const { store } = deps;
  const stored = await store.document(id);
  if (!stored) throw new NexusError('NotFound', 'no such document', { subject: id });
  const claims = await store.claims({ documentId: id, includeRejected: true });
  const { text, ...document } = stored;
  const format = /\.(md|markdown)$/i.test(stored.path ?? '') ? 'markdown' : 'text';
  const doc = extract(documentFromText(text, { title: stored.title }, { format, ...(stored.published ? { published: stored.published } : {}) }), deps);
  const actors = new Map<string, ActorRef | undefined>();
  for (const e of doc.entities) {
    const found = await store.findActors(e.name);
    const pick = found.find((a) => a.type === e.type) ?? found[0];
    actors.set(e.id, pick ? { id: pick.id, name: pick.name, type: pick.type } : undefined);
  }
  const entity = new Map(doc.entities.map((e) => [e.id, e]));
  const mentions: MentionView[] = doc.mentions.map((m) => {
    const e = entity.get(m.entity);
    const actor = actors.get(m.entity);
    return { start: m.start, end: m.end, text: m.text, how: m.how, name: e?.name ?? m.text, type: e?.type ?? 'Organization', ...(actor ? { actor } : {}) };
  }).sort((a, b) => a.start - b.start);
  return {
    document, text,
    blocks: doc.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
    dropped: doc.dropped.map((d) => ({ start: d.start, end: d.end, reason: d.reason, rule: d.rule, ...(d.of ? { of: { start: d.of.start, end: d.of.end } } : {}) })),
    mentions, claims, spansFrom: 'reanalysis',
  };
}
