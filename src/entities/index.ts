export { recognize, nameKey } from './stage.js';
