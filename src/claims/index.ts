export { extractClaims } from './stage.js';
