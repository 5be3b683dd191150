/**
 * Where nodes go. A focus and its neighbourhood: concentric rings by hops
 * from the focus. The whole corpus (communities, or actors when few):
 * fcose from a fixed start, so the same data gives the same picture. A
 * path search: one column per hop. New nodes (an actor expanded, a
 * community opened, a filter loosened) are placed beside what brought them
 * and nothing already on screen moves.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export interface Point { x: number; y: number }

/** Hops from the focus over the drawn edges. */
export function hopsFrom(cy: Core, focus: string): Map<string, number> {
  const hops = new Map<string, number>([[focus, 0]]);
  let frontier = [focus];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of cy.getElementById(id).neighborhood('node').toArray()) {
        if (!hops.has(n.id())) { hops.set(n.id(), hops.get(id)! + 1); next.push(n.id()); }
      }
    }
    frontier = next;
  }
  return hops;
}

export function focusLayout(cy: Core, focus: string): Promise<void> {
  const hops = hopsFrom(cy, focus);
  const far = Math.max(0, ...hops.values()) + 1;
  return run(cy, {
    name: 'concentric', animate: false, fit: true, padding: 40, avoidOverlap: true, minNodeSpacing: 46, spacingFactor: 1.15,
    startAngle: (3 / 2) * Math.PI, clockwise: true, equidistant: false,
    concentric: (n: NodeSingular) => (far - (hops.get(n.id()) ?? far)) * 1000 + Math.min(999, Number(n.data('weight')) || 0),
    levelWidth: () => 1000,
  } as LayoutOptions);
}

export function wholeLayout(cy: Core): Promise<void> {
  // A fixed start (a circle in id order) and no randomising: the same data gives the same picture.
  const nodes = cy.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
  const r = 40 * Math.sqrt(nodes.length) + 60;
  nodes.forEach((n, i) => { n.position({ x: r * Math.cos((2 * Math.PI * i) / nodes.length), y: r * Math.sin((2 * Math.PI * i) / nodes.length) }); });
  if (nodes.length < 3) return run(cy, { name: 'grid', animate: false, fit: true, padding: 60 } as LayoutOptions);
  return run(cy, {
    name: 'fcose', animate: false, randomize: false, quality: 'default', fit: true, padding: 40, nodeRepulsion: () => 9000, idealEdgeLength: () => 120,
    edgeElasticity: () => 0.3, gravity: 0.3, nodeSeparation: 90, numIter: 1500, tile: true, tilingPaddingVertical: 40, tilingPaddingHorizontal: 90, packComponents: true,
  } as LayoutOptions);
}

/** Paths from A (left) to B (right): an actor's column is its hop in the first path that has it. */
export function pathLayout(cy: Core, paths: string[][]): Promise<void> {
  const column = new Map<string, number>();
  const row = new Map<string, number>();
  paths.forEach((p, r) => p.forEach((id, i) => { if (!column.has(id)) { column.set(id, i); row.set(id, r); } }));
  const last = Math.max(...paths.map((p) => p.length - 1));
  for (const p of paths) column.set(p[p.length - 1], last);
  return run(cy, {
    name: 'preset', fit: true, padding: 50, animate: false,
    positions: (n: NodeSingular) => ({ x: (column.get(n.id()) ?? 0) * 230, y: (column.get(n.id()) === 0 || column.get(n.id()) === last ? (paths.length - 1) / 2 : row.get(n.id()) ?? 0) * 110 }),
  } as LayoutOptions);
}

function run(cy: Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/**
 * Puts each new node beside its anchor (the actor expanded, the community
 * opened, else its placed neighbours), on the first free spot of rings
 * around it, so that nothing on screen moves.
 */
export function placeNew(cy: Core, added: string[], anchorOf: (id: string) => Point | undefined): void {
  const pending = new Set(added);
  const taken: Point[] = cy.nodes().filter((n) => !pending.has(n.id())).map((n) => ({ ...(n as NodeSingular).position() }));
  const free = (p: Point) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 56);
  const centre = taken.length ? { x: taken.reduce((s, p) => s + p.x, 0) / taken.length, y: taken.reduce((s, p) => s + p.y, 0) / taken.length } : { x: 0, y: 0 };
  for (const id of added) {
    const node = cy.getElementById(id);
    const placed = node.neighborhood('node').filter((n) => !pending.has(n.id())).map((n) => (n as NodeSingular).position());
    const anchor = anchorOf(id) ?? (placed.length ? { x: placed.reduce((s, p) => s + p.x, 0) / placed.length, y: placed.reduce((s, p) => s + p.y, 0) / placed.length } : centre);
    // Away from the middle of the drawing first, so the new nodes open outwards.
    const out = Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
    let spot: Point | undefined;
    for (let ring = 1; !spot && ring < 40; ring++) {
      const radius = 70 * ring;
      const steps = 6 * ring;
      for (let k = 0; k < steps && !spot; k++) {
        const angle = out + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * ((2 * Math.PI) / steps);
        const p = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
        if (free(p)) spot = p;
      }
    }
    node.position(spot ?? anchor);
    taken.push({ ...node.position() });
    pending.delete(id);
  }
}
