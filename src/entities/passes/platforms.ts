import type { Entity, Mention, NexusDocument } from '../../core/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { scanKb } from '../kb-scan.js';
import type { EntityPass } from '../state.js';

/** The knowledge-base kind of a network or messaging service ("Telegram", "X"). */
export const PLATFORM_KIND = 'platform';

/**
 * "said on Telegram", "a post on X": a platform is where something was said,
 * not who said or did it. Its names are set aside here, so that no claim and
 * no reference ("its", "the group") is built on them; `platformEntities` adds
 * them back as entities after the claims stage.
 */
export const platforms: EntityPass = {
  id: 'platforms',
  run(s) {
    for (const c of s.cands) if (!c.dropped && c.kbEntry && s.kb.get(c.kbEntry)?.kind === PLATFORM_KIND) c.dropped = true;
  },
};

/** Adds the platforms the text names as entities (one per platform) with their mentions. */
export function platformEntities(doc: NexusDocument, kb: KnowledgeBase): void {
  const found = new Map<string, { forms: Set<string>; spans: [number, number][] }>();
  for (const hit of scanKb(kb, doc.tokens, doc.sentences)) {
    const entry = hit.names.map((n) => kb.get(n.entry)).find((e) => e?.kind === PLATFORM_KIND);
    if (!entry) continue;
    const start = doc.tokens[hit.first].start, end = doc.tokens[hit.end - 1].end;
    const f = found.get(entry.id) ?? { forms: new Set<string>(), spans: [] };
    f.forms.add(doc.text.slice(start, end));
    f.spans.push([start, end]);
    found.set(entry.id, f);
  }
  if (!found.size) return;
  const ids = new Set(doc.entities.map((e) => e.id));
  let next = doc.entities.length + 1;
  const mentions: Mention[] = [];
  for (const [id, f] of found) {
    const entry = kb.get(id)!;
    let into: Entity | undefined = doc.entities.find((e) => e.kbId === id);
    if (!into) {
      while (ids.has(`e${next}`)) next++;
      into = { id: `e${next}`, name: entry.name, type: entry.type, aliases: [], kbId: id, roles: [] };
      ids.add(into.id);
      doc.entities.push(into);
    }
    const have = new Set([into.name, ...into.aliases].map((a) => a.toLowerCase()));
    for (const form of f.forms) if (!have.has(form.toLowerCase())) { into.aliases.push(form); have.add(form.toLowerCase()); }
    for (const [start, end] of f.spans) mentions.push({ start, end, text: doc.text.slice(start, end), entity: into.id, how: 'name', rule: 'entity/platform' });
  }
  doc.mentions.push(...mentions);
  doc.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
