export { recognize, nameKey } from './stage.js';
export { ENTITY_PASSES } from './pipeline.js';
export type { EntityPass, EntityState } from './state.js';
