import type { NexusDocument } from '../core/index.js';

/** A reader's summary of one document: its entities with aliases and its claims with their quotes. */
export function toHuman(doc: NexusDocument, explain = false): string {
  const lines: string[] = [];
  const name = (id: string) => (id === 'author' ? 'the author' : doc.entities.find((e) => e.id === id)?.name ?? id);
  const src = doc.source;
  lines.push(`${src.path ?? src.url ?? 'document'}${src.title ? ` — ${src.title}` : ''}`);
  const meta = [src.publisher, src.published, src.authorEmail].filter(Boolean).join(', ');
  if (meta) lines.push(`  ${meta}`);
  for (const d of doc.dropped.filter((d) => d.reason !== 'metadata')) lines.push(`  dropped ${d.start}-${d.end} (${d.rule})`);
  lines.push('', `Entities (${doc.entities.length})`);
  for (const e of doc.entities) {
    const extra = [e.aliases.length ? `aka ${e.aliases.join(', ')}` : '', e.roles.length ? `roles: ${e.roles.join('; ')}` : ''].filter(Boolean).join(' · ');
    lines.push(`  ${e.name} [${e.type}]${extra ? `  ${extra}` : ''}`);
  }
  lines.push('', `Claims (${doc.claims.length})`);
  for (const c of doc.claims) {
    const neg = c.polarity === 'negative' ? 'NOT ' : '';
    const q = c.qualifiers;
    const quals = [q.date ? `date ${q.date.value}` : '', q.amount ? `${q.amount.value} ${q.amount.currency}` : '', q.place ? `in ${name(q.place)}` : '', q.recipient ? `to ${name(q.recipient)}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${name(c.subject)} ${neg}${c.predicate} ${name(c.object)}${quals ? ` (${quals})` : ''}`);
    lines.push(`    according to ${c.chain.map(name).join(' > ')} · ${c.modality}`);
    lines.push(`    “${c.evidence[0].text}” [${c.evidence[0].start}-${c.evidence[0].end}]${c.evidence.length > 1 ? ` +${c.evidence.length - 1} more` : ''}`);
    if (explain) lines.push(`    rule ${c.rule}: matched “${c.trigger.text}” [${c.trigger.start}-${c.trigger.end}], confidence ${c.confidence.toFixed(2)}`);
  }
  if (explain) {
    lines.push('', 'Mentions');
    for (const m of doc.mentions) lines.push(`  ${m.start}-${m.end} “${m.text}” -> ${name(m.entity)} (${m.how}, ${m.rule})`);
  }
  const warnings = doc.messages.filter((m) => m.level !== 'info');
  if (warnings.length) {
    lines.push('', 'Messages');
    for (const m of warnings) lines.push(`  ${m.level}: ${m.text}${m.span ? ` [${m.span.start}-${m.span.end}]` : ''} (${m.code})`);
  }
  return lines.join('\n');
}
