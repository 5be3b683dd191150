/** Puts the drawn nodes and bundles into Cytoscape, changing only what changed, and says which nodes are new. */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Drawn } from './model.js';

export function apply(cy: Core, d: Drawn, focus?: string): string[] {
  const want = new Map<string, ElementDefinition>();
  for (const n of d.nodes) {
    want.set(n.id, {
      group: 'nodes',
      data: { id: n.id, label: n.label, color: n.color, weight: n.weight, priority: n.priority, kind: n.kind },
      classes: [n.kind === 'community' ? 'community' : 'actor', n.id === focus ? 'focus' : ''].join(' ').trim(),
    });
  }
  for (const b of d.bundles) {
    want.set(b.id, {
      group: 'edges',
      data: { id: b.id, source: b.source, target: b.target, label: b.label, color: b.color, sources: b.sources, count: b.edges.length, priority: -1000 + b.sources },
      classes: [b.negative ? 'negative' : '', b.directed ? 'directed' : '', b.edges.every((e) => e.review === 'accepted') ? 'accepted' : ''].join(' ').trim(),
    });
  }
  const added: string[] = [];
  cy.batch(() => {
    // An edge whose ends changed (a community opened) is a new edge.
    cy.elements().forEach((el) => {
      const w = want.get(el.id());
      if (!w || (el.isEdge() && (el.data('source') !== w.data.source || el.data('target') !== w.data.target))) cy.remove(el);
    });
    for (const [id, def] of want) {
      const el = cy.getElementById(id);
      if (el.nonempty()) {
        el.data(def.data);
        // The view's own marks (selection, fading, hidden label, a path) stay.
        el.classes([def.classes ?? '', ...['nolabel', 'current', 'faded', 'path'].filter((c) => el.hasClass(c))].join(' ').trim());
      } else {
        cy.add(def);
        if (def.group === 'nodes') added.push(id);
      }
    }
  });
  return added;
}
