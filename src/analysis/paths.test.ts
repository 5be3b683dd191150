import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { Assertion, AdmiraltyCredibility } from '../store/index.js';
import { communities } from './communities.js';
import { hopLength, linkGraph, pathSupport, shortestPaths } from './paths.js';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
const noNetworkx = hasNetworkx ? false : 'networkx is absent (apt-get install -y python3-networkx): the comparison with it is skipped';
if (noNetworkx) console.log(`# ${noNetworkx}`);

function networkx(script: string, input: unknown): unknown {
  const r = spawnSync('python3', ['-c', `import json, sys, networkx as nx\ndata = json.load(sys.stdin)\n${script}`], { input: JSON.stringify(input), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function assertion(s: string, o: string, score: number, docs: string[] = [`d-${s}-${o}`], publishers: string[][] = docs.map((d) => [`P ${d}`])): Assertion {
  const ref = (id: string) => ({ id, name: id.toUpperCase(), type: 'ArmedGroup' as const });
  return {
    id: `${s}.ALLY_OF.${o}.pos`, subject: ref(s), predicate: 'ALLY_OF', object: ref(o), polarity: 'positive', claims: [], documents: docs,
    sources: publishers.map((p, i) => ({ publishers: p, documents: [docs[i] ?? docs[0]] })), independentSources: publishers.length,
    eventDates: [], modalities: { asserted: 1 }, credibility: { score, rating: 3 as AdmiraltyCredibility, steps: [] },
  };
}

/** A deterministic graph of 30 actors and about 70 assertions of varied credibility. */
function randomAssertions(): Assertion[] {
  let seed = 3;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = new Map<string, Assertion>();
  for (let i = 1; i < 30; i++) out.set(`${i}`, assertion(`a${i}`, `a${Math.floor(rand() * i)}`, Math.round(rand() * 100) / 100));
  while (out.size < 70) {
    const [x, y] = [Math.floor(rand() * 30), Math.floor(rand() * 30)];
    if (x !== y && !out.has(`${Math.min(x, y)}-${Math.max(x, y)}`)) out.set(`${Math.min(x, y)}-${Math.max(x, y)}`, assertion(`a${x}`, `a${y}`, Math.round(rand() * 100) / 100));
  }
  return [...out.values()];
}

test('a hop weighs from 1 (score 1) to 3 (score 0)', () => {
  assert.equal(hopLength(assertion('a', 'b', 1)), 1);
  assert.equal(hopLength(assertion('a', 'b', 0)), 3);
});

test('a strong two-hop path comes before a weak direct link; k paths are distinct, simple and in order', () => {
  const g = linkGraph([assertion('a', 'b', 0.05), assertion('a', 'c', 0.95), assertion('c', 'b', 0.95), assertion('a', 'd', 0.5), assertion('d', 'b', 0.5)]);
  const paths = shortestPaths(g, 'a', 'b', { k: 5 });
  assert.deepEqual(paths.map((p) => p.actors.join('')), ['acb', 'ab', 'adb']);
  assert.ok(paths.every((p, i) => i === 0 || paths[i - 1].length <= p.length));
  assert.deepEqual(paths[0].hops.map((h) => h.id), ['a.ALLY_OF.c.pos', 'c.ALLY_OF.b.pos']);
  assert.deepEqual(shortestPaths(g, 'a', 'zz'), []);
  assert.deepEqual(shortestPaths(g, 'a', 'b', { k: 5, maxHops: 1 }).map((p) => p.actors.join('')), ['ab']);
});

test('the k shortest paths have the lengths networkx finds', { skip: noNetworkx }, () => {
  const list = randomAssertions();
  const g = linkGraph(list);
  const pairs = [['a0', 'a29'], ['a3', 'a17'], ['a12', 'a25'], ['a7', 'a8']];
  const theirs = networkx(`
G = nx.Graph()
for s, t, w in data['edges']: G.add_edge(s, t, weight=w)
out = []
for a, b in data['pairs']:
    lengths = []
    for p in nx.shortest_simple_paths(G, a, b, weight='weight'):
        lengths.append(round(nx.path_weight(G, p, 'weight'), 6))
        if len(lengths) == 6: break
    out.append(lengths)
print(json.dumps(out))`, { edges: g.mapEdges((_e, attr, s, t) => [s, t, attr.length]), pairs }) as number[][];
  for (const [i, [a, b]] of pairs.entries()) {
    const ours = shortestPaths(g, a, b, { k: 6, maxHops: 30 }).map((p) => Math.round(p.length * 1e6) / 1e6);
    assert.deepEqual(ours, theirs[i], `${a} to ${b}`);
  }
});

test('a path is marked when every hop rests on one source, or the whole chain on one document', () => {
  const thin = pathSupport([assertion('a', 'b', 0.5, ['d1']), assertion('b', 'c', 0.5, ['d1'], [['P d1']])]);
  assert.equal(thin.singleSource, true);
  assert.equal(thin.oneDocument, 'd1');
  assert.deepEqual(thin.oneSource, ['P d1']);
  const mixed = pathSupport([assertion('a', 'b', 0.5, ['d1']), assertion('b', 'c', 0.5, ['d2'])]);
  assert.equal(mixed.singleSource, true);
  assert.equal(mixed.oneDocument, undefined);
  const strong = pathSupport([assertion('a', 'b', 0.9, ['d1', 'd2']), assertion('b', 'c', 0.5, ['d3'])]);
  assert.equal(strong.singleSource, false);
});

test('Louvain finds planted groups, deterministically, with the modularity networkx computes', { skip: noNetworkx }, () => {
  const groups = [['g1', 'g2', 'g3', 'g4', 'g5'], ['h1', 'h2', 'h3', 'h4'], ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']];
  const edges: Array<{ source: string; target: string; weight: number }> = [];
  for (const grp of groups) for (let i = 0; i < grp.length; i++) for (let j = i + 1; j < grp.length; j++) edges.push({ source: grp[i], target: grp[j], weight: 2 });
  edges.push({ source: 'g1', target: 'h1', weight: 1 }, { source: 'h2', target: 'k1', weight: 1 });
  const nodes = [...groups.flat(), 'lonely'];
  const found = communities(nodes, edges);
  assert.deepEqual(found, communities([...nodes].reverse(), [...edges].reverse()), 'same input, same communities');
  assert.deepEqual(found.map((c) => [...c.members].sort()), [[...groups[2]].sort(), [...groups[0]].sort(), [...groups[1]].sort(), ['lonely']]);
  const q = networkx(`
G = nx.Graph()
G.add_nodes_from(data['nodes'])
for e in data['edges']: G.add_edge(e['source'], e['target'], weight=e['weight'])
print(json.dumps(nx.community.modularity(G, [set(c) for c in data['parts']], weight='weight')))`, { nodes, edges, parts: found.map((c) => c.members) }) as number;
  assert.ok(q > 0.5, `modularity ${q}`);
});
