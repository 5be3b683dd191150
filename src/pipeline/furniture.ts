import { NexusDocument, type Block, type Entity } from '../core/index.js';
import { bylineParts, matchBoilerplate } from '../clean/index.js';
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

/** "ANALYSIS by", "Opinion by": a kind of piece before its author. */
const KIND_LABEL = /^\s*(?:news\s+)?(?:analysis|opinion|commentary|comment|explainer|perspective|feature)\s+by\s+/i;

/**
 * The parts of a furniture line that each name someone, as [start, end) offsets into the line:
 * a credit line's parts ("(Reporting by A; Editing by B)": "Reporting by A", "Editing by B"), the
 * author's field of a line of fields ("News brief | Place | date | By A": "By A"), else the whole line.
 */
export function namingSegments(line: string): [number, number][] {
  const end = line.trimEnd().length;
  const credit = /^(\s*\()(.*)\)\s*$/.exec(line);
  if (credit && /\bby\s/i.test(credit[2])) {
    const out: [number, number][] = [];
    let from = credit[1].length;
    for (const part of credit[2].split(';')) {
      const lead = part.length - part.trimStart().length;
      out.push([from + lead, from + part.trimEnd().length]);
      from += part.length + 1;
    }
    return out;
  }
  const kind = KIND_LABEL.exec(line);
  if (kind) return [[kind[0].length - kind[0].trimStart().length + kind[0].trimStart().search(/by\s/i), end]];
  const field = /\|\s*(by\s+\p{Lu})/iu.exec(line);
  if (field && !/^\s*(?:by|written by|posted by)\s/i.test(line)) return [[field.index + field[0].length - field[1].length, end]];
  return [[0, end]];
}

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
        for (const [from, to] of namingSegments(line)) {
          const lead = LABEL.exec(line.slice(from, to))?.[0].length ?? 0;
          const body = line.slice(from + lead, to);
          // A widget with nothing after its label ("Share this article") names nothing.
          if (/\p{Lu}/u.test(body) && !(rule === 'boilerplate/widget' && lead === 0)) blocks.push({ start: at + from + lead, end: at + to, kind: 'paragraph' });
        }
      } else if (d.rule === 'boilerplate/byline' && bylineParts(line.trim())) {
        // "Harbour Times — 12 March 2024", "ANALYSIS by A, Place — 2 July 2025": the name before the date.
        const name = bylineParts(line.trim())!.name;
        const from = line.indexOf(name);
        const lead = LABEL.exec(name)?.[0].length ?? (KIND_LABEL.exec(name)?.[0].length ?? 0);
        if (from >= 0 && /\p{Lu}/u.test(name.slice(lead))) blocks.push({ start: at + from + lead, end: at + from + name.length, kind: 'paragraph' });
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
