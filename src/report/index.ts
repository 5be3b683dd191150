export { buildBrief, byStrength, type Brief, type BriefOptions, type KeyActor, type TimelineEntry } from './model.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { networkSvg } from './svg.js';
export { layout, type Point } from './layout.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
