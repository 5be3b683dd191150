export { toContract } from './contract.js';
export { toHuman } from './human.js';
