export { clean, type CleanOptions } from './clean.js';
export { splitBlocks } from './blocks.js';
export { looksLikeHeading } from './headings.js';
export { bylineParts } from './metadata.js';
export { BOILERPLATE_RULES, matchBoilerplate } from './boilerplate.js';
export { findDuplicates } from './duplicates.js';
export { normalizeForCompare } from './normalize.js';
