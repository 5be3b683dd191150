/**
 * The graph exports as the tools analysts use read them: NetworkX and igraph
 * (Python, Debian's python3-networkx and python3-igraph), skipped, saying so,
 * where Python or a module is missing; and graphology with its GEXF and
 * GraphML parsers (graphology-gexf, graphology-graphml: the readers of
 * Sigma.js and other JavaScript tools), always. Each is checked against the
 * store's own selection. Gephi itself is not installable here: its GEXF is
 * the 1.2draft that these readers take.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Store } from '../store/index.js';
import { exportCorpus, FIXED_CLOCK, handSelection } from '../testing/export-corpus.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { selectCorpus } from './select.js';
import type { Selection } from './types.js';

// Debian's interpreter first: its dist-packages hold python3-networkx and python3-igraph.
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['--version']).status === 0);
const has = (module: string) => !!PYTHON && spawnSync(PYTHON, ['-c', `import ${module}`]).status === 0;
const skipWithout = (module: string) => (!PYTHON ? 'python3 is not installed' : has(module) ? undefined : `the Python module ${module} is not installed (apt-get install python3-${module})`);

const dir = mkdtempSync(join(tmpdir(), 'nexus-consumers-'));
const graphml = join(dir, 'corpus.graphml');
const gexf = join(dir, 'corpus.gexf');
let store: Store;
let sel: Selection;
before(async () => {
  store = (await exportCorpus()).store;
  sel = await selectCorpus(store, { actors: [], depth: 1 });
  writeFileSync(graphml, toGraphml(sel));
  writeFileSync(gexf, toGexf(sel, { clock: FIXED_CLOCK }));
});
after(() => store.close());

function python(script: string): any {
  const r = spawnSync(PYTHON!, ['-c', script, graphml, gexf], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** What the export should hold: every assertion as an edge between two actors. */
function expected() {
  const ends = new Set(sel.assertions.flatMap((a) => [a.subject.id, a.object.id]));
  const funds = sel.assertions.find((a) => a.predicate === 'FUNDS' && a.polarity === 'positive')!;
  return { nodes: ends.size, edges: sel.assertions.length, funds, symmetric: sel.assertions.filter((a) => a.predicate === 'ALLY_OF' || a.predicate === 'NEGOTIATED_WITH').length };
}

test('NetworkX reads the GraphML and the GEXF: every actor and assertion, attributes and time spells', { skip: skipWithout('networkx') }, () => {
  const want = expected();
  const got = python(`
import sys, json, networkx as nx
out = {}
for kind, g in (('graphml', nx.read_graphml(sys.argv[1])), ('gexf', nx.read_gexf(sys.argv[2]))):
    edges = [d for _, _, d in g.edges(data=True)]
    out[kind] = {'directed': g.is_directed(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
                 'funds': [dict(d, spells=[list(s) for s in d.get('spells', [])]) for d in edges if d.get('predicate') == 'FUNDS' and d.get('polarity') == 'positive'],
                 'symmetric': sum(1 for d in edges if d.get('symmetric') in (True, 'true'))}
print(json.dumps(out))`);
  for (const kind of ['graphml', 'gexf']) {
    const g = got[kind];
    assert.deepEqual([g.directed, g.nodes, g.edges, g.symmetric], [true, want.nodes, want.edges, want.symmetric], kind);
    assert.equal(g.funds.length, 1, kind);
    assert.equal(Number(g.funds[0].sources), want.funds.independentSources, kind);
    assert.equal(Number(g.funds[0].credibility), want.funds.credibility.score, kind);
  }
  assert.ok(got.gexf.funds[0].spells.some(([start, end]: string[]) => start === '2022-01-01' && end === '2022-12-31'), JSON.stringify(got.gexf.funds[0].spells));
});

test('igraph reads the GraphML: every actor and assertion, directed, with the predicate on each edge', { skip: skipWithout('igraph') }, () => {
  const want = expected();
  const got = python(`
import sys, json, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({'directed': g.is_directed(), 'nodes': g.vcount(), 'edges': g.ecount(), 'predicates': sorted(g.es['predicate'])}))`);
  assert.deepEqual([got.directed, got.nodes, got.edges], [true, want.nodes, want.edges]);
  assert.deepEqual(got.predicates, sel.assertions.map((a) => a.predicate).sort());
});

test('graphology reads the GEXF and the GraphML: every actor and assertion, directed, with their attributes', () => {
  const want = expected();
  for (const [kind, graph] of [['gexf', parseGexf(MultiDirectedGraph, toGexf(sel, { clock: FIXED_CLOCK }))], ['graphml', parseGraphml(MultiDirectedGraph, toGraphml(sel))]] as const) {
    assert.deepEqual([graph.type, graph.order, graph.size], ['directed', want.nodes, want.edges], kind);
    assert.equal(graph.filterEdges((_e, a) => a.symmetric === true).length, want.symmetric, kind);
    const funds = graph.filterEdges((_e, a) => a.predicate === 'FUNDS' && a.polarity === 'positive');
    assert.equal(funds.length, 1, kind);
    const a = graph.getEdgeAttributes(funds[0]);
    // Typed values, not strings: the exports declare each attribute's type.
    assert.deepEqual([a.sources, a.credibility], [want.funds.independentSources, want.funds.credibility.score], kind);
    assert.deepEqual([graph.source(funds[0]), graph.target(funds[0])], [want.funds.subject.id, want.funds.object.id], kind);
    const jnim = graph.findNode((_n, n) => n.label === "Jama'at Nusrat al-Islam wal-Muslimin");
    assert.ok(jnim, kind);
    assert.deepEqual([graph.getNodeAttribute(jnim, 'type'), graph.getNodeAttribute(jnim, 'aliases')], ['ArmedGroup', 'JNIM'], kind);
  }
});

test('graphology reads names with markup and quotes back as written', () => {
  const hand = handSelection();
  for (const [kind, graph] of [['gexf', parseGexf(MultiDirectedGraph, toGexf(hand, { clock: FIXED_CLOCK }))], ['graphml', parseGraphml(MultiDirectedGraph, toGraphml(hand))]] as const) {
    assert.equal(graph.getNodeAttribute('a1', 'label'), `Front <Uni> & "Sons"`, kind);
    assert.equal(graph.getNodeAttribute('a2', 'label'), "Republic of O'Land", kind);
    assert.equal(graph.size, hand.assertions.length, kind);
  }
});
