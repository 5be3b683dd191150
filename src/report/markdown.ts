import type { Assertion } from '../store/index.js';
import { escapeMarkdown as md } from './escape.js';
import type { Brief } from './model.js';
import { citation, evidenceLine, plural, sentence } from './words.js';

const row = (cells: Array<string | number>) => `| ${cells.map((c) => String(c)).join(' | ')} |`;

function table(head: string[], rows: Array<Array<string | number>>): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

function assertionBlock(a: Assertion, n: number, quotes = 3): string[] {
  return [
    `### ${n}. ${md(sentence(a))}`, '',
    md(evidenceLine(a)), '',
    ...a.claims.slice(0, quotes).map((c) => `> "${md(c.quote.text)}" (${md(citation(c))})\n`),
    ...(a.claims.length > quotes ? [`(${plural(a.claims.length - quotes, 'more claim')})`, ''] : []),
  ];
}

/** The brief as Markdown: headings, tables and quotes; every piece of article text escaped. */
export function renderMarkdown(b: Brief): string {
  const s = b.stats;
  const span = s.from ? ` (${s.from}${s.to && s.to !== s.from ? ` to ${s.to}` : ''})` : '';
  const lines = [
    `# ${md(b.title)}`, '',
    `Scope: ${md(b.scope)}. Generated ${b.generated} by nexus from ${plural(s.documents, 'document')} by ${plural(s.publishers, 'publisher')}${span}: ` +
      `${plural(s.actors, 'actor')}, ${plural(s.assertions, 'assertion')}, ${plural(s.claims, 'claim')}.`, '',
    '## Key actors', '',
    ...table(['Actor', 'Type', 'Also called', 'Claims', 'Linked actors'],
      b.keyActors.map((k) => [md(k.actor.name), k.actor.type, md([...k.actor.aliases.slice(0, 8), ...k.roles.map((r) => `(${r})`)].join(', ')) || '-', k.claims, k.partners])), '',
    '## Strongest assertions', '',
    ...(b.strongest.length ? b.strongest.flatMap((a, i) => assertionBlock(a, i + 1)) : ['None in this selection.', '']),
    '## Denials', '',
    ...(b.denials.length ? b.denials.flatMap((a, i) => assertionBlock(a, i + 1, 2)) : ['No claim in this selection is denied.', '']),
    '## Contradictions', '',
    ...(b.contradictions.length
      ? b.contradictions.flatMap((c) => [`- **${md(c.reason)}**: ${md(sentence(c.a))} (${plural(c.a.independentSources, 'source')}: ${md(c.a.sources.map((x) => x.publishers.join(' = ')).join('; '))}) ` +
        `against ${md(sentence(c.b))} (${plural(c.b.independentSources, 'source')}: ${md(c.b.sources.map((x) => x.publishers.join(' = ')).join('; '))})`])
      : ['No two assertions in this selection contradict each other.']), '',
    '## Timeline', '',
    ...(b.timeline.length
      ? table(['Date', 'What', 'Reported by'], b.timeline.map((t) => [`${t.date}${t.reported ? ' (reported)' : ''}`, md(sentence(t.assertion)), md(t.publishers.join(', '))]))
      : ['No dated claim.']), '',
    '## Sources', '',
    ...table(['Publisher', 'Grade', 'Documents', 'Claims'], b.sources.map((x) => [md(x.name), x.grade ?? 'ungraded', x.documents, x.claims])), '',
  ];
  return `${lines.join('\n')}\n`;
}
