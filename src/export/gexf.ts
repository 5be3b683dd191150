import { network, type NetworkEdge, type NetworkNode, type Spell } from './network.js';
import type { ExportContext, Selection } from './types.js';
import { buildXml, xmlSafe } from './xml.js';

type Value = string | number | undefined;
interface Attr<T> { id: string; type: 'string' | 'integer' | 'double' | 'boolean'; value: (x: T) => Value }

const NODE_ATTRS: Array<Attr<NetworkNode>> = [
  { id: 'type', type: 'string', value: (n) => n.type },
  { id: 'kb_id', type: 'string', value: (n) => n.kbId },
  { id: 'aliases', type: 'string', value: (n) => n.aliases.join('; ') || undefined },
  { id: 'documents', type: 'integer', value: (n) => n.documents },
  { id: 'claims', type: 'integer', value: (n) => n.claims },
];
const EDGE_ATTRS: Array<Attr<NetworkEdge>> = [
  { id: 'predicate', type: 'string', value: (e) => e.predicate },
  { id: 'polarity', type: 'string', value: (e) => e.polarity },
  { id: 'claims', type: 'integer', value: (e) => e.claims },
  { id: 'documents', type: 'integer', value: (e) => e.documents },
  { id: 'sources', type: 'integer', value: (e) => e.sources },
  { id: 'credibility', type: 'double', value: (e) => e.credibility },
  { id: 'admiralty', type: 'integer', value: (e) => e.admiralty },
  { id: 'first_seen', type: 'string', value: (e) => e.firstSeen },
  { id: 'last_seen', type: 'string', value: (e) => e.lastSeen },
  { id: 'modalities', type: 'string', value: (e) => e.modalities },
  { id: 'symmetric', type: 'boolean', value: (e) => String(!e.directed) },
];

const declare = <T>(cls: string, attrs: Array<Attr<T>>) => ({ '@_class': cls, '@_mode': 'static', attribute: attrs.map((a) => ({ '@_id': a.id, '@_title': a.id, '@_type': a.type })) });
const values = <T>(attrs: Array<Attr<T>>, x: T) => ({
  attvalue: attrs.flatMap((a) => { const v = a.value(x); return v === undefined ? [] : [{ '@_for': a.id, '@_value': xmlSafe(String(v)) }]; }),
});
const spells = (s: Spell[]) => (s.length ? { spells: { spell: s.map(([start, end]) => ({ '@_start': start, '@_end': end })) } } : {});

/**
 * GEXF 1.2draft (what Gephi, graphology and NetworkX all read; NetworkX
 * reads no 1.3) in dynamic mode: each edge carries spells from its claims'
 * dates (event dates, or publication dates), each node the union of its
 * edges' spells, so that Gephi's timeline plays the network over time.
 * Every edge is directed, as in the GraphML: a symmetric predicate carries
 * the attribute `symmetric` (an edge type "mutual" made graphology's reader
 * fail when it came first, and NetworkX doubles such edges).
 */
export function toGexf(sel: Selection, ctx: ExportContext): string {
  const { nodes, edges } = network(sel);
  return buildXml({
    gexf: {
      '@_xmlns': 'http://www.gexf.net/1.2draft', '@_version': '1.2',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', '@_xsi:schemaLocation': 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
      meta: { '@_lastmodifieddate': ctx.clock().toISOString().slice(0, 10), creator: 'nexus', description: 'Actors and the claims between them, from news articles' },
      graph: {
        '@_defaultedgetype': 'directed', '@_mode': 'dynamic', '@_timeformat': 'date',
        attributes: [declare('node', NODE_ATTRS), declare('edge', EDGE_ATTRS)],
        nodes: { node: nodes.map((n) => ({ '@_id': n.id, '@_label': xmlSafe(n.label), attvalues: values(NODE_ATTRS, n), ...spells(n.spells) })) },
        edges: {
          edge: edges.map((e) => ({
            '@_id': e.id, '@_source': e.source, '@_target': e.target,
            '@_weight': e.sources, '@_label': e.label, attvalues: values(EDGE_ATTRS, e), ...spells(e.spells),
          })),
        },
      },
    },
  });
}
