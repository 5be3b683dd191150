import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { network, selectCorpus, type Selection } from '../export/index.js';
import type { Store } from '../store/index.js';
import { exportCorpus, handSelection } from '../testing/export-corpus.js';
import { runCli } from '../testing/cli.js';
import { buildBrief, networkSvg, renderHtml, renderMarkdown } from './index.js';

let store: Store;
let db: string;
let sel: Selection;
before(async () => {
  ({ store, db } = await exportCorpus());
  sel = await selectCorpus(store, { actors: [], depth: 1 }, { details: true });
});
after(() => store.close());

const brief = (s: Selection) => buildBrief(s, { generated: '2026-01-15' });
const section = (md: string, title: string) => md.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';

describe('nexus report (Markdown)', () => {
  test('lists the key actors with their aliases, most claims first', () => {
    const actors = section(renderMarkdown(brief(sel)), 'Key actors').split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Actor') && !l.startsWith('| ---'));
    assert.match(actors[0], /^\| Jama'at Nusrat al-Islam wal-Muslimin \| ArmedGroup \| JNIM \|/);
    assert.ok(actors.some((l) => l.startsWith('| Katiba Serma |')));
  });

  test('puts the best-corroborated assertion first, with its sources, credibility and quotes', () => {
    const strongest = section(renderMarkdown(brief(sel)), 'Strongest assertions');
    const first = strongest.split('### 2.')[0];
    assert.match(first, /^### 1\. Jama'at Nusrat al-Islam wal-Muslimin funds Katiba Serma/m);
    assert.match(first, /3 independent sources: Bamako Ledger; Sahel Desk; Mopti Courier/);
    assert.match(first, /credibility 2 \(probably true/);
    assert.match(first, /> "JNIM has funded the Katiba Serma" \(Bamako Ledger, 2024-03-02; reported\)/);
  });

  test('shows denials and contradictions with who says what', () => {
    const md = renderMarkdown(brief(sel));
    assert.match(section(md, 'Denials'), /does not fund Katiba Serma[\s\S]*according to Katiba Serma/);
    assert.match(section(md, 'Contradictions'), /\*\*FUNDS against ATTACKED, .*\*\*: Jama'at Nusrat al-Islam wal-Muslimin funds Katiba Serma \(3 sources: .*\) against Katiba Serma attacked/);
  });

  test('has a timeline in date order, event dates apart from publication dates', () => {
    const rows = section(renderMarkdown(brief(sel)), 'Timeline').split('\n').filter((l) => /^\| \d{4}/.test(l));
    const dates = rows.map((l) => l.split(' | ')[0].slice(2, 12).trim());
    assert.deepEqual(dates, [...dates].sort());
    assert.match(rows[0], /^\| 2022 \| Jama'at Nusrat al-Islam wal-Muslimin funds Katiba Serma \| Bamako Ledger, Sahel Desk, Mopti Courier \|$/);
    assert.ok(rows.some((l) => /^\| 2024-03-15 \(reported\) \|/.test(l)));
  });

  test('escapes article text, so a quote cannot inject markup or break a table', () => {
    const md = renderMarkdown(brief(handSelection()));
    assert.ok(!md.includes('<script>'));
    assert.ok(md.includes('\\<script\\>'));
    const row = md.split('\n').find((l) => l.startsWith('| Front'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 7, row);
  });

  test('an actor\u2019s brief covers its neighbourhood only', async () => {
    const [sangare] = await store.findActors('Hamadou Sangare');
    const md = renderMarkdown(brief(await selectCorpus(store, { actors: [sangare], depth: 1 }, { details: true })));
    assert.match(md, /^# Brief: Hamadou Sangare$/m);
    assert.doesNotMatch(md, /Malian Armed Forces/);
  });
});

describe('nexus report (HTML)', () => {
  test('is one self-contained page: inline style and SVG, no script, no external asset', () => {
    const html = renderHtml(brief(sel));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link|src=|url\((?!#)|@import/i);
    assert.deepEqual([...html.matchAll(/https?:\/\/[^"'\s]+/g)].map((m) => m[0]), ['http://www.w3.org/2000/svg']);
    assert.match(html, /@media print/);
    for (const h of ['Network', 'Key actors', 'Strongest assertions', 'Denials', 'Contradictions', 'Timeline', 'Sources']) assert.ok(html.includes(`<h2>${h}</h2>`), h);
  });

  test('escapes every piece of article text', () => {
    const html = renderHtml(brief(handSelection()));
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;'));
    assert.ok(html.includes('Front &lt;Uni&gt; &amp; &quot;Sons&quot;'));
    assert.ok(html.includes('Paper &lt;Two&gt;'));
  });

  test('draws the network as well-formed SVG: a shape and a label per actor, a line per assertion, the same picture every time', () => {
    const { nodes, edges } = network(sel);
    const svg = networkSvg(nodes, edges);
    assert.equal(XMLValidator.validate(svg), true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: () => true }).parse(svg);
    const root = doc.svg[0];
    const [edgeGroup, nodeGroup, labelGroup] = root.g;
    assert.equal(nodeGroup.g.length, nodes.length);
    assert.equal(edgeGroup.path.length, edges.length);
    assert.deepEqual(labelGroup.text.map((t: { '#text': string }) => t['#text']).sort(), nodes.map((n) => n.label.replace(/'/g, '&#39;')).sort());
    assert.equal(networkSvg(nodes, edges), svg);
    for (const [x, y] of [...svg.matchAll(/cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])])) assert.ok(x >= 0 && x <= 960 && y >= 0 && y <= 640);
  });

  test('the CLI writes the brief, and refuses an unknown format in one line', async () => {
    let r = await runCli(['report', '--db', db, '--format', 'html', '--actor', 'JNIM']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /<h1>Brief: Jama&#39;at Nusrat al-Islam wal-Muslimin<\/h1>/);
    r = await runCli(['report', '--db', db, '--format', 'pdf']);
    assert.deepEqual([r.code, r.err], [2, 'nexus: unknown format "pdf" (use md or html)\n']);
  });
});
