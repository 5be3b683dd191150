import { network, type NetworkEdge, type NetworkNode } from './network.js';
import type { Selection } from './types.js';
import { buildXml, xmlSafe } from './xml.js';

type Value = string | number | undefined;
interface Key<T> { id: string; name: string; type: 'string' | 'int' | 'double' | 'boolean'; value: (x: T) => Value }

/** Node and edge attributes, declared once as GraphML keys; Gephi and yEd read "label" and "weight" by name. */
const NODE_KEYS: Array<Key<NetworkNode>> = [
  { id: 'label', name: 'label', type: 'string', value: (n) => n.label },
  { id: 'type', name: 'type', type: 'string', value: (n) => n.type },
  { id: 'kb_id', name: 'kb_id', type: 'string', value: (n) => n.kbId },
  { id: 'aliases', name: 'aliases', type: 'string', value: (n) => n.aliases.join('; ') || undefined },
  { id: 'documents', name: 'documents', type: 'int', value: (n) => n.documents },
  { id: 'claims', name: 'claims', type: 'int', value: (n) => n.claims },
];
const EDGE_KEYS: Array<Key<NetworkEdge>> = [
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.label },
  { id: 'predicate', name: 'predicate', type: 'string', value: (e) => e.predicate },
  { id: 'polarity', name: 'polarity', type: 'string', value: (e) => e.polarity },
  { id: 'weight', name: 'weight', type: 'double', value: (e) => e.sources },
  { id: 'e_claims', name: 'claims', type: 'int', value: (e) => e.claims },
  { id: 'e_documents', name: 'documents', type: 'int', value: (e) => e.documents },
  { id: 'sources', name: 'sources', type: 'int', value: (e) => e.sources },
  { id: 'credibility', name: 'credibility', type: 'double', value: (e) => e.credibility },
  { id: 'admiralty', name: 'admiralty', type: 'int', value: (e) => e.admiralty },
  { id: 'first_seen', name: 'first_seen', type: 'string', value: (e) => e.firstSeen },
  { id: 'last_seen', name: 'last_seen', type: 'string', value: (e) => e.lastSeen },
  { id: 'modalities', name: 'modalities', type: 'string', value: (e) => e.modalities },
  { id: 'symmetric', name: 'symmetric', type: 'boolean', value: (e) => String(!e.directed) },
];

function data<T>(keys: Array<Key<T>>, x: T): Array<Record<string, unknown>> {
  return keys.flatMap((k) => { const v = k.value(x); return v === undefined ? [] : [{ '@_key': k.id, '#text': xmlSafe(String(v)) }]; });
}

/**
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd, Cytoscape, NetworkX,
 * igraph and graphology: one node per actor and one edge per assertion, with
 * typed attributes. Every edge is directed (NetworkX refuses a graph that
 * mixes directions); a symmetric predicate (ALLY_OF, NEGOTIATED_WITH) is
 * marked by the edge attribute `symmetric`.
 */
export function toGraphml(sel: Selection): string {
  const { nodes, edges } = network(sel);
  const keys = [
    ...NODE_KEYS.map((k) => ({ '@_id': k.id, '@_for': 'node', '@_attr.name': k.name, '@_attr.type': k.type })),
    ...EDGE_KEYS.map((k) => ({ '@_id': k.id, '@_for': 'edge', '@_attr.name': k.name, '@_attr.type': k.type })),
  ];
  return buildXml({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: keys,
      graph: {
        '@_id': 'nexus', '@_edgedefault': 'directed',
        node: nodes.map((n) => ({ '@_id': n.id, data: data(NODE_KEYS, n) })),
        edge: edges.map((e) => ({ '@_id': e.id, '@_source': e.source, '@_target': e.target, data: data(EDGE_KEYS, e) })),
      },
    },
  });
}
