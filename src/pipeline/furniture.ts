import { NexusDocument, type Block, type Entity } from '../core/index.js';
import { matchBoilerplate } from '../clean/index.js';
import { nameKey, recognize } from '../entities/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { analyze, type NlpModel } from '../nlp/index.js';

/**
 * Lines the cleaner sets aside as furniture but that still name actors of the
 * document: the byline ("By A and B, Place"), links to related stories
 * ("Also read: Gunmen kill 11 in X"), the copyright holder. Their names are
 * entities of the document (who wrote it, where, what else it points to);
 * nothing they say is a claim, and no pronoun of the article refers to them.
 */
const NAMING_RULES = new Set(['boilerplate/byline', 'boilerplate/widget', 'boilerplate/copyright']);

/** The line's label, which is no name: "By", "Written by", "Also read:", "Related coverage:". */
const LABEL = /^\s*(?:\(?\s*(?:(?:written|reporting|posted|edited|editing|compiled)\s+)?by\s+|[^:|]{0,30}:\s+)/i;

/** The text of each furniture line after its label, as blocks over the document's own text. */
export function furnitureBlocks(doc: NexusDocument): Block[] {
  const blocks: Block[] = [];
  for (const d of doc.dropped) {
    if (d.reason !== 'boilerplate' || (!NAMING_RULES.has(d.rule) && d.rule !== 'boilerplate/caption')) continue;
    let at = d.start;
    for (const line of doc.text.slice(d.start, d.end).split('\n')) {
      const rule = matchBoilerplate(line.trim());
      // A caption names its credit at its end: "Photo: ... (Horn Dispatch)", "(Jenin Post/Staff)".
      const credit = rule === 'boilerplate/caption' ? /\([^()]{2,60}\)\s*\S*$/.exec(line.trimEnd()) : null;
      if (credit) blocks.push({ start: at + credit.index, end: at + credit.index + credit[0].indexOf(')') + 1, kind: 'paragraph' });
      else if (rule && NAMING_RULES.has(rule)) {
        const lead = LABEL.exec(line)?.[0].length ?? 0;
        const body = line.slice(lead);
        // A widget with nothing after its label ("Share this article") names nothing.
        if (/\p{Lu}/u.test(body) && !(rule === 'boilerplate/widget' && lead === 0)) blocks.push({ start: at + lead, end: at + line.trimEnd().length, kind: 'paragraph' });
      }
      at += line.length + 1;
    }
  }
  return blocks;
}

/**
 * Recognises the entities the furniture names and adds them to the document:
 * mentions of an entity the article already has join it; a new one is added.
 * Runs after claims, so that nothing here becomes a claim or an antecedent.
 */
export function recognizeFurniture(doc: NexusDocument, kb: KnowledgeBase, nlp: NlpModel): void {
  const blocks = furnitureBlocks(doc);
  if (!blocks.length) return;
  const sub = new NexusDocument(doc.text, doc.format, doc.encoding, doc.source);
  sub.blocks = blocks;
  analyze(sub, nlp);
  recognize(sub, kb);
  mergeEntities(doc, sub);
}

/** Keys an entity is known by: its knowledge-base id and every written form. */
function keys(e: Entity): string[] {
  return [...(e.kbId ? [`kb:${e.kbId}`] : []), ...[e.name, ...e.aliases].map(nameKey).filter(Boolean)];
}

export function mergeEntities(doc: NexusDocument, sub: NexusDocument): void {
  const known = new Map<string, Entity>();
  for (const e of doc.entities) for (const k of keys(e)) if (!known.has(k)) known.set(k, e);
  const ids = new Set(doc.entities.map((e) => e.id));
  let next = doc.entities.length + 1;
  const target = new Map<string, Entity>();
  for (const e of sub.entities) {
    let into = keys(e).map((k) => known.get(k)).find(Boolean);
    if (!into) {
      while (ids.has(`e${next}`)) next++;
      into = { ...e, id: `e${next}`, roles: [] };
      ids.add(into.id);
      doc.entities.push(into);
      for (const k of keys(into)) known.set(k, into);
    }
    target.set(e.id, into);
  }
  for (const m of sub.mentions) {
    const into = target.get(m.entity);
    // A pronoun or description in a headline-like teaser refers to nothing in the article.
    if (!into || m.how === 'pronoun' || m.how === 'description') continue;
    doc.mentions.push({ ...m, entity: into.id });
  }
  doc.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
