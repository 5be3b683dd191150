import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportCorpus, FIXED_CLOCK, handSelection } from '../testing/export-corpus.js';
import type { Store } from '../store/index.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { mergeSpells } from './network.js';
import { selectCorpus } from './select.js';
import type { Selection } from './types.js';

// Parsed back as a consumer would: attributes kept, lists always arrays, values left as strings.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data', 'attvalue', 'attribute', 'attributes', 'spell'].includes(name) });
type X = Record<string, any>;

let store: Store;
let sel: Selection;
before(async () => {
  store = (await exportCorpus()).store;
  sel = await selectCorpus(store, { actors: [], depth: 1 });
});
after(() => store.close());

function graphmlData(xml: string) {
  const doc = parser.parse(xml) as X;
  const keys = new Map<string, string>((doc.graphml.key as X[]).map((k) => [k.id, k['attr.name']]));
  const values = (el: X) => Object.fromEntries(((el.data ?? []) as X[]).map((d) => [keys.get(d.key)!, d['#text']]));
  const graph = doc.graphml.graph[0] ?? doc.graphml.graph;
  return { graph, keys, nodes: (graph.node as X[]).map((n): X => ({ id: n.id, ...values(n) })), edges: (graph.edge as X[]).map((e): X => ({ ...e, ...values(e) })) };
}

describe('GraphML', () => {
  test('parses back to the actors and assertions of the corpus, with type, predicate, claims, sources and credibility', () => {
    const { nodes, edges, keys } = graphmlData(toGraphml(sel));
    assert.ok([...keys.values()].includes('credibility'));
    const ids = new Set(nodes.map((n) => n.id));
    assert.equal(edges.length, sel.assertions.length);
    for (const e of edges) assert.ok(ids.has(e.source) && ids.has(e.target), `edge ${e.id} has an end that is not a node`);
    const jnim = nodes.find((n) => n.label === "Jama'at Nusrat al-Islam wal-Muslimin")!;
    assert.equal(jnim.type, 'ArmedGroup');
    assert.equal(jnim.aliases, 'JNIM');
    const funds = sel.assertions.find((a) => a.predicate === 'FUNDS' && a.polarity === 'positive')!;
    const edge = edges.find((e) => e.id === funds.id)!;
    assert.deepEqual([edge.predicate, edge.polarity, edge.claims, edge.sources, edge.credibility],
      ['FUNDS', 'positive', String(funds.claims.length), String(funds.independentSources), String(funds.credibility.score)]);
    assert.equal(edges.find((e) => e.polarity === 'negative')!.label, 'NOT FUNDS');
  });

  test('keeps names with markup and quotes intact, drops characters XML cannot hold, and marks symmetric predicates', () => {
    const hand = handSelection();
    const xml = toGraphml(hand);
    assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
    const { nodes, edges } = graphmlData(xml);
    assert.equal(nodes.find((n) => n.id === 'a1')!.label, `Front <Uni> & "Sons"`);
    assert.ok(!nodes.find((n) => n.id === 'a1')!.aliases.includes('\u0007'));
    const ally = edges.find((e) => e.predicate === 'ALLY_OF')!;
    assert.deepEqual([ally.directed, ally.symmetric], [undefined, 'true'], 'one edge direction for the whole graph; symmetry is an attribute');
    assert.equal(edges.find((e) => e.predicate === 'FUNDS')!.symmetric, 'false');
  });
});

describe('GEXF', () => {
  test('is a dynamic graph whose edges carry spells from claim dates (event dates, else publication dates)', () => {
    const doc = parser.parse(toGexf(sel, { clock: FIXED_CLOCK })) as X;
    assert.equal(doc.gexf.version, '1.2');
    assert.equal(doc.gexf.xmlns, 'http://www.gexf.net/1.2draft');
    const graph = doc.gexf.graph;
    assert.deepEqual([graph.mode, graph.timeformat], ['dynamic', 'date']);
    const funds = sel.assertions.find((a) => a.predicate === 'FUNDS' && a.polarity === 'positive')!;
    const edges = graph.edges.edge as X[];
    const edge = edges.find((e) => e.id === funds.id)!;
    const expected = mergeSpells(funds.claims.map((c) => c.eventDate === '2022' ? ['2022-01-01', '2022-12-31'] : [c.published!, c.published!]));
    assert.deepEqual(edge.spells.spell.map((s: X) => [s.start, s.end]), expected);
    assert.ok(expected.some(([s]) => s === '2022-01-01'));
    const attrs = Object.fromEntries((edge.attvalues.attvalue as X[]).map((a) => [a.for, a.value]));
    assert.deepEqual([attrs.predicate, attrs.sources, attrs.credibility], ['FUNDS', String(funds.independentSources), String(funds.credibility.score)]);
    assert.equal(edge.weight, String(funds.independentSources));
    const node = (graph.nodes.node as X[]).find((n) => n.id === funds.subject.id)!;
    assert.ok(node.spells.spell.length >= 1, 'a node carries the union of its edges\u2019 spells');
    assert.equal(Object.fromEntries((node.attvalues.attvalue as X[]).map((a) => [a.for, a.value])).type, 'ArmedGroup');
  });

  test('declares every attribute it uses, and marks symmetric edges by an attribute, all edges directed', () => {
    const xml = toGexf(handSelection(), { clock: FIXED_CLOCK });
    assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
    const doc = parser.parse(xml) as X;
    const declared = new Set((doc.gexf.graph.attributes as X[]).flatMap((a) => (a.attribute as X[]).map((x) => `${a.class}:${x.id}`)));
    for (const cls of ['node', 'edge']) {
      for (const el of doc.gexf.graph[`${cls}s`][cls] as X[]) for (const v of el.attvalues.attvalue as X[]) assert.ok(declared.has(`${cls}:${v.for}`), `${cls}:${v.for}`);
    }
    const ally = (doc.gexf.graph.edges.edge as X[]).find((e) => e.label === 'ALLY_OF')!;
    assert.equal(ally.type, undefined, 'the graph\u2019s default type, directed');
    assert.equal(doc.gexf.graph.defaultedgetype, 'directed');
    assert.equal(Object.fromEntries((ally.attvalues.attvalue as X[]).map((a) => [a.for, a.value])).symmetric, 'true');
    assert.deepEqual(ally.spells.spell.map((s: X) => [s.start, s.end]), [['2023-04-01', '2023-04-30'], ['2023-06-09', '2023-06-09']]);
    assert.equal((doc.gexf.graph.nodes.node as X[]).find((n) => n.id === 'a1')!.label, `Front <Uni> & "Sons"`);
  });

  test('spells that overlap or touch are joined', () => {
    assert.deepEqual(mergeSpells([['2024-01-05', '2024-01-09'], ['2024-01-01', '2024-01-04'], ['2024-03-01', '2024-03-01']]),
      [['2024-01-01', '2024-01-09'], ['2024-03-01', '2024-03-01']]);
  });
});
