/**
 * Labels that never overlap, at any zoom: each keeps the same size on
 * screen, and they are placed by priority (the focus first, then
 * communities and hubs, then edge labels), each shown only where it
 * overlaps no label already placed. The rest are hidden until a zoom or a
 * pan gives them room.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { LABEL_PX, LABEL_WIDTH } from './style.js';

interface Box { x1: number; y1: number; x2: number; y2: number }

const BOX = { useCache: false, includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false, includeUnderlays: false } as const;
const PAD = 2;

const meets = (a: Box, b: Box) => a.x1 < b.x2 + PAD && b.x1 < a.x2 + PAD && a.y1 < b.y2 + PAD && b.y1 < a.y2 + PAD;

/** The rendered box of an element's label (the same call the browser tests make). */
export function labelBox(el: SingularElementArgument): Box | undefined {
  const b = el.renderedBoundingBox(BOX as never);
  return b.w > 0 && b.h > 0 ? b : undefined;
}

/** Text scales with the zoom: sets its size so that it stays LABEL_PX on screen (cheap: run on every zoom step). */
export function sizeLabels(cy: Core): void {
  const zoom = cy.zoom();
  cy.style()
    .selector('node').style({ 'font-size': LABEL_PX / zoom, 'text-max-width': `${LABEL_WIDTH / zoom}px`, 'text-margin-y': 3 / zoom, 'text-background-padding': `${1 / zoom}px` })
    .selector('edge').style({ 'font-size': (LABEL_PX - 2) / zoom, 'text-background-padding': `${1 / zoom}px` })
    .selector('node.community').style({ 'font-size': (LABEL_PX + 1) / zoom })
    .update();
}

export function placeLabels(cy: Core, priority: (el: SingularElementArgument) => number): number {
  sizeLabels(cy);
  const all = cy.elements().filter((el) => el.visible() && !!el.data('label'));
  all.removeClass('nolabel');
  const view: Box = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const placed: Box[] = [];
  const hide: SingularElementArgument[] = [];
  const ranked = all.toArray().sort((a, b) => priority(b) - priority(a) || (a.id() < b.id() ? -1 : 1));
  for (const el of ranked) {
    const box = labelBox(el);
    if (!box || !meets(box, view) || placed.some((p) => meets(p, box))) { hide.push(el); continue; }
    placed.push(box);
  }
  cy.batch(() => { for (const el of hide) el.addClass('nolabel'); });
  return placed.length;
}
