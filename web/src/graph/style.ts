import type cytoscape from 'cytoscape';

/** Label size on screen, whatever the zoom (labels.ts keeps it so). */
export const LABEL_PX = 13;
/** Longest label on screen before it is shortened with an ellipsis. */
export const LABEL_WIDTH = 170;

export function graphStyle(): cytoscape.StylesheetJson {
  return [
    { selector: 'node', style: {
      'background-color': 'data(color)', label: 'data(label)', width: 'mapData(weight, 1, 30, 16, 48)', height: 'mapData(weight, 1, 30, 16, 48)',
      'font-size': LABEL_PX, color: '#111827', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '150px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px', 'min-zoomed-font-size': 0,
      'border-width': 1, 'border-color': '#ffffff',
    } },
    { selector: 'node.community', style: {
      shape: 'round-rectangle', width: 'mapData(weight, 2, 60, 34, 90)', height: 'mapData(weight, 2, 60, 34, 90)', 'background-opacity': 0.35,
      'border-width': 2, 'border-color': 'data(color)', 'font-weight': 'bold',
    } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
    { selector: 'edge', style: {
      'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'none', 'curve-style': 'bezier',
      width: 'mapData(sources, 1, 8, 1.5, 8)', opacity: 0.8, label: 'data(label)', 'font-size': LABEL_PX - 2, color: '#374151', 'min-zoomed-font-size': 0,
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
    } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.negative', style: { 'line-style': 'dashed' } },
    { selector: 'edge.accepted', style: { 'line-style': 'solid', 'underlay-color': '#15803d', 'underlay-opacity': 0.15, 'underlay-padding': 3 } },
    { selector: '.nolabel', style: { label: '' } },
    { selector: 'edge:selected, edge.current', style: { 'overlay-color': '#111827', 'overlay-opacity': 0.18, 'overlay-padding': 5, opacity: 1 } },
    { selector: 'node:selected, node.current', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: '.path', style: { 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15 } },
  ];
}
