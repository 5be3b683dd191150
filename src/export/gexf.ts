import { network, type NetworkEdge, type NetworkNode, type Spell } from './network.js';
import type { ExportContext, Selection } from './types.js';
import { buildXml, xmlSafe } from './xml.js';

type Value = string | number | undefined;
interface Attr<T> { id: string; type: 'string' | 'integer' | 'double'; value: (x: T) => Value }

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
];

const declare = <T>(cls: string, attrs: Array<Attr<T>>) => ({ '@_class': cls, '@_mode': 'static', attribute: attrs.map((a) => ({ '@_id': a.id, '@_title': a.id, '@_type': a.type })) });
const values = <T>(attrs: Array<Attr<T>>, x: T) => ({
  attvalue: attrs.flatMap((a) => { const v = a.value(x); return v === undefined ? [] : [{ '@_for': a.id, '@_value': xmlSafe(String(v)) }]; }),
});
const spells = (s: Spell[]) => (s.length ? { spells: { spell: s.map(([start, end]) => ({ '@_start': start, '@_end': end })) } } : {});

/**
 * GEXF 1.3 for Gephi, in dynamic mode: each edge carries spells from its
 * claims' dates (event dates, or publication dates), each node the union of
 * its edges' spells, so that Gephi's timeline plays the network over time.
 */
export function toGexf(sel: Selection, ctx: ExportContext): string {
  const { nodes, edges } = network(sel);
  return buildXml({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3', '@_version': '1.3',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      meta: { '@_lastmodifieddate': ctx.clock().toISOString().slice(0, 10), creator: 'nexus', description: 'Actors and the claims between them, from news articles' },
      graph: {
        '@_defaultedgetype': 'directed', '@_mode': 'dynamic', '@_timeformat': 'date', '@_timerepresentation': 'interval',
        attributes: [declare('node', NODE_ATTRS), declare('edge', EDGE_ATTRS)],
        nodes: { node: nodes.map((n) => ({ '@_id': n.id, '@_label': xmlSafe(n.label), attvalues: values(NODE_ATTRS, n), ...spells(n.spells) })) },
        edges: {
          edge: edges.map((e) => ({
            '@_id': e.id, '@_source': e.source, '@_target': e.target, ...(e.directed ? {} : { '@_type': 'undirected' }),
            '@_weight': e.sources, '@_label': e.label, attvalues: values(EDGE_ATTRS, e), ...spells(e.spells),
          })),
        },
      },
    },
  });
}
