import type { Claim, NexusDocument } from '../core/index.js';

/**
 * The extraction contract of ../shared/eval/FORMAT.md, plus extra fields:
 * entity kb ids, roles and mentions; claim modality, qualifiers, rule, all
 * quotes and the attribution chain; the document's source and what the
 * cleaner dropped.
 */
export function toContract(doc: NexusDocument): Record<string, unknown> {
  return {
    document: {
      id: doc.id,
      source: doc.source,
      format: doc.format,
      encoding: doc.encoding,
      // For HTML the offsets index the reader-mode text, not the file: ship it
      // so every span stays checkable.
      ...(doc.format === 'html' ? { text: doc.text } : {}),
      dropped: doc.dropped.map((d) => ({ start: d.start, end: d.end, reason: d.reason, rule: d.rule, ...(d.of ? { of: d.of } : {}) })),
      messages: doc.messages.filter((m) => m.level !== 'info'),
    },
    entities: doc.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.kbId ? { kb: e.kbId } : {}),
      ...(e.roles.length ? { roles: e.roles } : {}),
      mentions: doc.mentions.filter((m) => m.entity === e.id).map((m) => ({ start: m.start, end: m.end, text: m.text, how: m.how })),
    })),
    claims: doc.claims.map(claimJson),
  };
}

function claimJson(c: Claim): Record<string, unknown> {
  const [main, ...more] = c.evidence;
  return {
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    polarity: c.polarity,
    modality: c.modality,
    attributed_to: c.attributedTo,
    chain: c.chain,
    evidence: { text: main.text, start: main.start, end: main.end },
    ...(more.length ? { more_evidence: more.map((e) => ({ text: e.text, start: e.start, end: e.end })) } : {}),
    qualifiers: c.qualifiers,
    rule: c.rule,
    confidence: c.confidence,
  };
}
