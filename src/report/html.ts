import type { Assertion } from '../store/index.js';
import { network } from '../export/index.js';
import { escapeHtml as h } from './escape.js';
import type { Brief } from './model.js';
import { LEGEND, networkSvg } from './svg.js';
import { citation, evidenceLine, plural, sentence } from './words.js';

/** Print first: black text on white, no background colours needed to read it, sections kept whole on a page where they fit. */
const STYLE = `
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; background: #fff; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #999; margin-top: 1.6em; } h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
p.meta, p.evidence { color: #333; font-size: 0.92em; }
blockquote { margin: 0.3em 0 0.3em 1em; padding-left: 0.8em; border-left: 3px solid #777; }
blockquote cite { display: block; font-style: normal; font-size: 0.85em; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; } th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; border: 1px solid #ccc; }
svg .n { stroke: #111; stroke-width: 1.5; } svg .armed { fill: #c0392b; } svg .state { fill: #2c5aa0; } svg .person { fill: #fff; }
svg .place { fill: #999; } svg .other { fill: #e0b400; }
svg .e { stroke: #333; fill: none; } svg .hostile { stroke: #a61b1b; stroke-dasharray: 7 4; } svg .denied { stroke: #777; stroke-dasharray: 2 3; }
svg text { font: 12px Helvetica, Arial, sans-serif; text-anchor: middle; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg text.el { font-size: 9px; fill: #444; stroke-width: 2px; }
ul.legend { list-style: none; padding: 0; font-size: 0.85em; } ul.legend li { display: inline-block; margin-right: 1.2em; }
section, .assertion, figure, tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { break-after: avoid; page-break-after: avoid; } a { color: #111; text-decoration: none; } }
`;

const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((x) => `<th>${x}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

function assertionHtml(a: Assertion, n: number, quotes = 3): string {
  return `<div class="assertion"><h3>${n}. ${h(sentence(a))}</h3><p class="evidence">${h(evidenceLine(a))}</p>` +
    a.claims.slice(0, quotes).map((c) => `<blockquote>“${h(c.quote.text)}”<cite>${h(citation(c))}</cite></blockquote>`).join('') +
    (a.claims.length > quotes ? `<p class="meta">(${plural(a.claims.length - quotes, 'more claim')})</p>` : '') + '</div>';
}

const legend = () => `<ul class="legend">${LEGEND.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`;

/** The brief as one self-contained HTML page (inline CSS and SVG, no external asset) that prints well; all article text escaped. */
export function renderHtml(b: Brief): string {
  const s = b.stats;
  const span = s.from ? ` (${s.from}${s.to && s.to !== s.from ? ` to ${s.to}` : ''})` : '';
  const net = network(b.selection);
  const body = [
    `<h1>${h(b.title)}</h1>`,
    `<p class="meta">Scope: ${h(b.scope)}. Generated ${h(b.generated)} by nexus from ${plural(s.documents, 'document')} by ${plural(s.publishers, 'publisher')}${h(span)}: ` +
      `${plural(s.actors, 'actor')}, ${plural(s.assertions, 'assertion')}, ${plural(s.claims, 'claim')}.</p>`,
    `<section><h2>Network</h2><figure>${networkSvg(net.nodes, net.edges)}<figcaption>${legend()}</figcaption></figure></section>`,
    `<section><h2>Key actors</h2>${table(['Actor', 'Type', 'Also called', 'Claims', 'Linked actors'],
      b.keyActors.map((k) => [h(k.actor.name), h(k.actor.type), h([...k.actor.aliases.slice(0, 8), ...k.roles.map((r) => `(${r})`)].join(', ')) || '-', String(k.claims), String(k.partners)]))}</section>`,
    `<section><h2>Strongest assertions</h2>${b.strongest.length ? b.strongest.map((a, i) => assertionHtml(a, i + 1)).join('') : '<p>None in this selection.</p>'}</section>`,
    `<section><h2>Denials</h2>${b.denials.length ? b.denials.map((a, i) => assertionHtml(a, i + 1, 2)).join('') : '<p>No claim in this selection is denied.</p>'}</section>`,
    `<section><h2>Contradictions</h2>${b.contradictions.length ? `<ul>${b.contradictions.map((c) => `<li><strong>${h(c.reason)}</strong>: ${h(sentence(c.a))} ` +
      `(${plural(c.a.independentSources, 'source')}) against ${h(sentence(c.b))} (${plural(c.b.independentSources, 'source')})</li>`).join('')}</ul>` : '<p>No two assertions in this selection contradict each other.</p>'}</section>`,
    `<section><h2>Timeline</h2>${b.timeline.length ? table(['Date', 'What', 'Reported by'],
      b.timeline.map((t) => [h(t.date) + (t.reported ? ' <small>(reported)</small>' : ''), h(sentence(t.assertion)), h(t.publishers.join(', '))])) : '<p>No dated claim.</p>'}</section>`,
    `<section><h2>Sources</h2>${table(['Publisher', 'Grade', 'Documents', 'Claims'], b.sources.map((x) => [h(x.name), h(x.grade ?? 'ungraded'), String(x.documents), String(x.claims)]))}</section>`,
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${h(b.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
